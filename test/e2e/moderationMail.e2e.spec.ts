import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

const artifacts = 'test-results'

async function adminLogin(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK' })
  const page = await context.newPage()
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', 'demo1234')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}

/** The NGO editor changes the offer's title in the admin and saves the draft. */
async function editTitle(editor: Page, id: number, title: string) {
  await editor.goto(`${baseURL()}/admin/collections/offers/${id}`)
  const field = editor.locator('#field-title')
  await field.waitFor()
  await field.fill(title)
  await editor.getByRole('button', { name: 'Gem kladde' }).click()
  await editor
    .locator('.toast-success, [data-sonner-toast][data-type="success"]')
    .first()
    .waitFor({ timeout: 30_000 })
}

const toEditor = (message: { to?: unknown }) =>
  JSON.stringify(message.to ?? '')
    .toLowerCase()
    .includes('ngo@videnportal.local')

describe.skipIf(browserUnavailable())('moderation that talks: decisions reach the editor', () => {
  let browser: Browser
  let payload: Payload
  let offerId: number
  let title: string

  beforeAll(async () => {
    browser = await launchBrowser()
    payload = await getTestPayload()
    title = `Mailforløb ${uniqueKey('e')}`
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, { title })) as never,
    })
    offerId = offer.id
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('a publish and a send-back each reach the NGO editor’s mailbox', async () => {
    const editor = await adminLogin(browser, 'ngo@videnportal.local')
    const published = `${title} (opdateret)`
    await editTitle(editor, offerId, published)

    const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
    await consultant.goto(`${baseURL()}/admin/review`)
    // The navigation says how many changes wait.
    const count = consultant.locator('[data-waiting-changes]').first()
    await count.waitFor({ timeout: 30_000 })
    expect(Number(await count.getAttribute('data-waiting-changes'))).toBeGreaterThanOrEqual(1)
    const item = consultant.locator(`[data-review-item="offers:${offerId}"]`)
    await item.waitFor({ timeout: 30_000 })
    await item.getByRole('button', { name: 'Offentliggør ændringen' }).click()
    await item.waitFor({ state: 'detached', timeout: 30_000 })
    const publishMail = await mailbox.waitFor(
      (message) =>
        toEditor(message) && message.subject === `Din ændring er offentliggjort: ${published}`,
      { timeoutMs: 30_000 },
    )
    expect(publishMail.text).toContain('Du får denne e-mail, fordi')

    const returned = `${title} (anden ændring)`
    await editTitle(editor, offerId, returned)
    await consultant.goto(`${baseURL()}/admin/review`)
    const again = consultant.locator(`[data-review-item="offers:${offerId}"]`)
    await again.waitFor({ timeout: 30_000 })
    const comment = 'Titlen skal sige, hvem forløbet er for.'
    await again.locator('textarea').fill(comment)
    await again.getByRole('button', { name: 'Send tilbage med kommentar' }).click()
    await consultant
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 30_000 })
    await consultant.screenshot({ path: `${artifacts}/moderation-mail-sent-back.png` })
    const returnMail = await mailbox.waitFor(
      (message) =>
        toEditor(message) && message.subject === `Din ændring er sendt tilbage: ${returned}`,
      { timeoutMs: 30_000 },
    )
    expect(returnMail.text).toContain(comment)
    expect(returnMail.text).toContain(`/admin/collections/offers/${offerId}`)

    // The secretariat's overview: a table per organization, each count a link to its listings.
    await consultant.goto(`${baseURL()}/admin/overblik`)
    const table = consultant.locator('[data-overview-table="organisationer"]')
    await table.waitFor({ timeout: 30_000 })
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
    await table.locator('tbody tr').first().locator('td a').first().click()
    await consultant.locator('[data-overview-table="opslag"]').waitFor({ timeout: 30_000 })
    await consultant.screenshot({ path: `${artifacts}/overview.png`, fullPage: true })
  }, 240_000)
})

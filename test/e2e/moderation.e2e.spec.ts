import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { paths } from '@/domain/urls'

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

/** The heading of the public listing page, as an anonymous visitor gets it. */
async function publicPageTitle(browser: Browser, slug: string) {
  const context = await browser.newContext({ locale: 'da-DK' })
  const page = await context.newPage()
  const response = await page.goto(`${baseURL()}${paths.document('offer', slug)}`)
  expect(response?.status()).toBe(200)
  const title = (await page.locator('h1').innerText()).trim()
  await context.close()
  return title
}

async function anonymousTitle(id: number) {
  const response = await fetch(`${baseURL()}/api/offers/${id}?depth=0`)
  return ((await response.json()) as { title: string }).title
}

describe.skipIf(browserUnavailable())('moderation in the admin', () => {
  let browser: Browser
  let offerId: number
  let originalTitle: string
  let slug: string

  beforeAll(async () => {
    browser = await launchBrowser()
    const payload = await getTestPayload()
    const { docs: orgs } = await payload.find({
      collection: 'organizations',
      where: { externalId: { equals: 'org-pusterummet' } },
      limit: 1,
    })
    const { docs } = await payload.find({
      collection: 'offers',
      where: {
        and: [
          { provider: { equals: orgs[0]!.id } },
          { _status: { equals: 'published' } },
          { visibility: { equals: 'public' } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    offerId = docs[0]!.id
    originalTitle = docs[0]!.title
    slug = docs[0]!.slug!
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('an NGO edit waits for a consultant, who sees the change and publishes it', async () => {
    const newTitle = `${originalTitle} (opdateret af foreningen)`

    const editor = await adminLogin(browser, 'ngo@videnportal.local')
    await editor.goto(`${baseURL()}/admin/collections/offers/${offerId}`)
    const title = editor.locator('#field-title')
    await title.waitFor()
    await title.fill(newTitle)
    expect(await editor.getByRole('button', { name: 'Offentliggør ændringer' }).count()).toBe(0)
    await editor.getByRole('button', { name: 'Gem kladde' }).click()
    await editor
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 30_000 })
    await editor.screenshot({ path: `${artifacts}/moderation-editor.png` })

    // Nothing an NGO writes is public before a consultant publishes it: not over the API, not
    // on the portal's listing page.
    expect(await anonymousTitle(offerId)).toBe(originalTitle)
    expect(await publicPageTitle(browser, slug)).toBe(originalTitle)

    const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
    await consultant.goto(`${baseURL()}/admin/review`)
    const item = consultant.locator(`[data-review-item="offers:${offerId}"]`)
    await item.waitFor({ timeout: 30_000 })
    const titleRow = item.locator('tr', { hasText: 'Titel' })
    expect(await titleRow.innerText()).toContain(originalTitle)
    expect(await titleRow.innerText()).toContain(newTitle)
    await consultant.screenshot({ path: `${artifacts}/moderation-review-list.png`, fullPage: true })
    await item.getByRole('button', { name: 'Offentliggør ændringen' }).click()
    await item.waitFor({ state: 'detached', timeout: 30_000 })

    expect(await anonymousTitle(offerId)).toBe(newTitle)
    // The portal's public page shows the published change at once.
    expect(await publicPageTitle(browser, slug)).toBe(newTitle)
  })
})

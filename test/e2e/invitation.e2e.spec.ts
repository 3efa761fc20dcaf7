import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'

const artifacts = 'test-results'

/**
 * An NGO editor is invited in the admin by a consultant, receives the mail over SMTP, chooses a
 * password from its link on the portal (no JavaScript needed), signs in; the link then refuses a
 * second use.
 */
describe.skipIf(browserUnavailable())('an invitation, from the admin to a signed-in editor', () => {
  let browser: Browser
  let payload: Payload
  const email = `${uniqueKey('inviteret-e2e')}@videnportal.test`
  const password = 'min egen lange adgangskode'

  beforeAll(async () => {
    browser = await launchBrowser()
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await browser?.close()
    await payload
      ?.delete({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
      .catch(() => undefined)
  })

  it('invites an NGO editor who sets a password from the e-mail and signs in', async () => {
    // The consultant invites in the admin.
    const consultant = await (await browser.newContext({ locale: 'da-DK' })).newPage()
    await consultant.goto(`${baseURL()}/admin/login`)
    await consultant.fill('input[name="email"]', 'konsulent@videnportal.local')
    await consultant.fill('input[name="password"]', 'demo1234')
    await consultant.click('button[type="submit"]')
    await consultant.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await consultant.goto(`${baseURL()}/admin/collections/invitations/create`)
    await consultant.locator('#field-email').waitFor({ timeout: 30_000 })
    await consultant.fill('#field-email', email)
    await consultant.fill('#field-name', 'Nina Nyredaktør')
    await consultant.locator('#field-organization .rs__control').click()
    await consultant
      .locator('.rs__option', { hasText: 'Foreningen Pusterummet' })
      .first()
      .click({ timeout: 30_000 })
    await consultant.getByRole('button', { name: 'Gem', exact: true }).click()
    await consultant
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 30_000 })
    await consultant
      .screenshot({ path: `${artifacts}/invitation-admin.png` })
      .catch(() => undefined)

    // The mail arrives over SMTP, with the link and without any password.
    const mail = await mailbox.waitFor(
      (message) =>
        message.to.includes(email) && message.subject === 'Du er inviteret til Videnportalen',
      { timeoutMs: 60_000 },
    )
    expect(mail.text).toContain('Vi sender aldrig adgangskoder')
    const link = mail.links.find((href) => href.includes('/invitation?t='))
    expect(link).toBeTruthy()
    const target = new URL(link!)
    const invitationPath = `${target.pathname}${target.search}`

    // The invitee, in a browser without JavaScript: the form works as plain HTML.
    const context = await browser.newContext({ locale: 'da-DK', javaScriptEnabled: false })
    const invitee = await context.newPage()
    await invitee.goto(`${baseURL()}${invitationPath}`)
    await invitee.getByRole('heading', { name: 'Opret din konto' }).waitFor()
    expect(await invitee.inputValue('#invitation-email')).toBe(email)
    await invitee.fill('#invitation-password', password)
    await invitee.fill('#invitation-again', password)
    await invitee.getByRole('button', { name: 'Opret konto' }).click()
    await invitee.getByText('Din konto er oprettet').waitFor({ timeout: 30_000 })

    // Signs in on the portal with the new password.
    await invitee.getByRole('link', { name: 'Log ind' }).last().click()
    await invitee.fill('#login-email', email)
    await invitee.fill('#login-password', password)
    await invitee.getByRole('button', { name: 'Log ind' }).last().click()
    await invitee.waitForURL((url) => !url.pathname.includes('/log-ind'), { timeout: 30_000 })
    await invitee.goto(`${baseURL()}/log-ind`)
    await invitee.getByText('Du er logget ind som Nina Nyredaktør.').waitFor({ timeout: 30_000 })
    await invitee
      .screenshot({ path: `${artifacts}/invitation-signed-in.png` })
      .catch(() => undefined)

    // The link cannot be used a second time.
    const again = await (await browser.newContext({ locale: 'da-DK' })).newPage()
    await again.goto(`${baseURL()}${invitationPath}`)
    await again.getByText('Linket er allerede brugt').waitFor()
    expect(await again.locator('#invitation-password').count()).toBe(0)

    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ role: 'ngo-editor', name: 'Nina Nyredaktør' })
  }, 240_000)
})

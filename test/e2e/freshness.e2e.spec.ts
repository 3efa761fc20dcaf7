import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatDanishDate } from '@/domain/danishDate'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { runRemindersAt } from '../helpers/jobClock'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext } from '../helpers/portal'

const artifacts = 'test-results'
const DAY = 86_400_000

/**
 * Issue 13's »Done when« for verification: an NGO editor receives the reminder digest for a due
 * listing, follows its link, logs in, confirms, and the public page shows the new date. Against
 * the built app, with the test run's real SMTP server.
 */
describe.skipIf(browserUnavailable())('review reminder → link → login → confirm', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('brings the editor from the digest to a confirmed listing with the new date', async () => {
    const payload = await getTestPayload()
    const title = `Påmindelsestest ${uniqueKey('p')}`
    // The daily task runs on a day of its own (nobody else's digest of that day stands in the way)
    // at a time only this test's clock reaches, so the server's own runner leaves it alone.
    const at = new Date(Date.now() + 20 * DAY + 60 * 60_000)
    // Verified so that it is due within 14 days then: six months less a week before.
    const verified = new Date(at.getTime() - 7 * DAY)
    verified.setUTCMonth(verified.getUTCMonth() - 6)
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        title,
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
        lastVerifiedAt: verified.toISOString(),
      })) as never,
      depth: 0,
    })
    const before = new Date()

    await runRemindersAt(payload, at)

    const digest = await mailbox.waitFor(
      (mail) =>
        JSON.stringify(mail.to).includes('ngo@videnportal.local') && mail.text.includes(title),
      { timeoutMs: 60_000 },
    )
    expect(digest.subject).toContain('skal bekræftes')
    expect(digest.text).toContain('Du får denne e-mail, fordi')
    const link = digest.text.match(new RegExp(`https?://[^\\s>]+/bekraeft/tilbud/${offer.id}`))?.[0]
    expect(link, digest.text).toBeTruthy()

    const context = await newDanishContext(browser)
    const page = await context.newPage()
    // The link goes through this test's server, whatever host the mail names.
    const path = new URL(link!).pathname
    await page.goto(`${baseURL()}${path}`)
    // Not logged in: the login form, which returns to the confirmation page.
    await page.waitForURL((url) => url.pathname.startsWith('/log-ind'))
    await page.fill('#login-email', 'ngo@videnportal.local')
    await page.fill('#login-password', 'demo1234')
    await Promise.all([
      page.waitForURL((url) => url.pathname === path, { timeout: 30_000 }),
      page.click('form.login-form button[type="submit"]'),
    ])
    // Showing the page changed nothing.
    const unchanged = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
    expect(unchanged.lastVerifiedHow).toBe('imported')
    await page.screenshot({ path: `${artifacts}/freshness-confirm.png` })
    await Promise.all([
      page.waitForURL((url) => url.pathname === `/tilbud/${offer.slug}`, { timeout: 30_000 }),
      page.click('[data-verify-form] button[type="submit"]'),
    ])
    const shown = await page.locator('[data-verification]').first().innerText()
    expect(shown).toBe(`Bekræftet af udbyderen ${formatDanishDate(new Date())}`)
    // The owner can confirm from the public page as well; an anonymous reader sees no button.
    expect(await page.locator('[data-verify-form] button').count()).toBe(1)
    await context.close()

    // As any reader sees it.
    const anonymous = await (await fetch(`${baseURL()}/tilbud/${offer.slug}`)).text()
    expect(anonymous).toContain(`Bekræftet af udbyderen ${formatDanishDate(new Date())}`)
    expect(anonymous).not.toContain('data-verify-form')
    const stored = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
    expect(stored.lastVerifiedHow).toBe('owner')
    expect(Date.parse(stored.lastVerifiedAt!)).toBeGreaterThanOrEqual(before.getTime() - 1000)
  })

  it('lets a consultant confirm with one click in the admin', async () => {
    const payload = await getTestPayload()
    const offer = await payload.create({
      collection: 'offers',
      data: (await offerData(payload, {
        contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      })) as never,
      depth: 0,
    })
    const context = await newDanishContext(browser)
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    await page.fill('input[name="email"]', 'konsulent@videnportal.local')
    await page.fill('input[name="password"]', 'demo1234')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await page.goto(`${baseURL()}/admin/collections/offers/${offer.id}`)
    const button = page.locator('[data-verify-listing] button')
    await button.waitFor({ timeout: 30_000 })
    expect((await button.innerText()).trim()).toBe('Opslaget er stadig korrekt')
    await button.click()
    const deadline = Date.now() + 20_000
    let stored = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
    while (stored.lastVerifiedHow !== 'consultant' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      stored = await payload.findByID({ collection: 'offers', id: offer.id, depth: 0 })
    }
    expect(stored.lastVerifiedHow).toBe('consultant')
    // An artifact for people, not a check: Chromium sometimes cannot capture the admin page.
    await page
      .screenshot({ path: `${artifacts}/freshness-admin-confirmed.png` })
      .catch(() => undefined)
    await context.close()
  })
})

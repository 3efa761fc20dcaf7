import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '@/utilities/richText'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { sampleIds, uniqueKey } from '../helpers/fixtures'
import { runFollowDigestAt } from '../helpers/followJobs'
import { baseURL } from '../helpers/http'
import { mailbox } from '../helpers/mailbox'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext, portalLogin } from '../helpers/portal'

const artifacts = 'test-results'

/**
 * Issue 15's »Done when« for following a topic: a caseworker follows a topic on /foelg, the weekly
 * digest with a new note in it arrives over the test run's real SMTP server, and its stop link
 * ends that subscription in a browser that is not logged in.
 */
describe.skipIf(browserUnavailable())('follow a topic → weekly digest → stop link', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('delivers the digest of a subscription whose stop link works without a login', async () => {
    const payload = await getTestPayload()
    const { koege, angst } = await sampleIds(payload)
    const email = `${uniqueKey('foelger')}@test.local`.toLowerCase()
    const password = 'foelg-kodeord-2'
    const user = await payload.create({
      collection: 'users',
      data: {
        email,
        password,
        name: 'Fie Følger',
        role: 'caseworker',
        municipality: koege,
      } as never,
      depth: 0,
    })

    const context = await newDanishContext(browser)
    // A first page of a cold server on a busy machine may take longer than Playwright's 30 s.
    context.setDefaultTimeout(120_000)
    const page = await context.newPage()
    await portalLogin(page, email, password)
    await page.goto(`${baseURL()}/foelg`)
    expect(await page.locator('[data-subscriptions="0"]').count()).toBe(1)
    await page.selectOption('#follow-topic', String(angst))
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('fulgt') === '1', { timeout: 30_000 }),
      page.click('form[data-follow="topic"] button[type="submit"]'),
    ])
    expect(await page.locator('[data-subscription]').count()).toBe(1)
    expect(await page.locator('[data-subscription] .card__title').innerText()).toBe('Angst')
    await page.screenshot({ path: `${artifacts}/follow-page.png` }).catch(() => undefined)
    await context.close()

    const title = `Ny note om angst ${uniqueKey('n')}`
    const note = await payload.create({
      collection: 'legislation-notes',
      data: {
        title,
        summary: 'Hvad den nye regel betyder for angstforløb.',
        body: textToLexical('Tekst.'),
        effectiveDate: '2027-01-01',
        topics: [angst],
        visibility: 'public',
        _status: 'published',
      } as never,
      depth: 0,
    })

    await runFollowDigestAt(payload, new Date(Date.now() + 60 * 60_000), [user.id])
    const digest = await mailbox.waitFor(
      (mail) => mail.to.includes(email) && mail.text.includes(title),
      { timeoutMs: 60_000 },
    )
    expect(digest.subject).toMatch(/^Videnportal uge \d+: .* i det, du følger$/)
    expect(digest.text).toContain(`/lovgivning/${note.slug}`)
    expect(digest.text).toContain(
      'Du får denne e-mail hver uge, hvor der er nyt, fordi du følger Angst',
    )
    const stop = digest.links.find((link) => new URL(link).pathname === '/foelg/stop')
    expect(stop, digest.text).toBeTruthy()

    // Not logged in: the link's page, one button, and the subscription is gone.
    const anonymous = await newDanishContext(browser)
    anonymous.setDefaultTimeout(120_000)
    const stopPage = await anonymous.newPage()
    const url = new URL(stop!)
    await stopPage.goto(`${baseURL()}${url.pathname}${url.search}`)
    expect(await stopPage.locator('h1').innerText()).toBe('Stop abonnement')
    expect(
      (await payload.count({ collection: 'subscriptions', where: { user: { equals: user.id } } }))
        .totalDocs,
    ).toBe(1)
    await Promise.all([
      stopPage.waitForURL((next) => next.searchParams.get('stoppet') === '1', { timeout: 30_000 }),
      stopPage.click('form button[type="submit"]'),
    ])
    expect(await stopPage.locator('[data-stopped]').innerText()).toContain('emnet »Angst«')
    expect(
      (await payload.count({ collection: 'subscriptions', where: { user: { equals: user.id } } }))
        .totalDocs,
    ).toBe(0)
    await anonymous.close()

    await payload.delete({ collection: 'legislation-notes', id: note.id, overrideAccess: true })
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
  }, 420_000)
})

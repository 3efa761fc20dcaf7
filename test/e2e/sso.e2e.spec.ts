import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { OidcServer, ProviderAccount } from '@/sso/provider/oidcServer'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { newDanishContext } from '../helpers/portal'
import { TEST_DOMAIN, TEST_GROUPS, startTestProvider } from '../helpers/sso'

/**
 * Issue 22's »Done when« for single sign-on, in a browser against the built app and a real
 * OpenID Connect provider (npm oidc-provider) started here on the port the test server trusts
 * (test/helpers/sso.ts): a caseworker signs in and is created with the right municipality and
 * role and sees internal listings; a user from a domain the provider does not vouch for is
 * refused; a tampered state is refused; a removed group deactivates at the next attempt.
 */
const run = Date.now().toString(36)
const person = (key: string, overrides: Partial<ProviderAccount> = {}): ProviderAccount => ({
  sub: `sub-${key}-${run}`,
  email: `${key}-${run}@${TEST_DOMAIN}`,
  password: 'idp-password-1',
  name: `Test ${key}`,
  title: 'Socialrådgiver',
  groups: [TEST_GROUPS.caseworker],
  ...overrides,
})

const accounts = new Map<string, ProviderAccount>()
const add = (account: ProviderAccount) => {
  accounts.set(account.sub, account)
  return account
}

async function signInAtProvider(page: Page, account: ProviderAccount, start = '/log-ind') {
  if (!page.url().startsWith(`${baseURL()}${start}`)) {
    await page.goto(`${baseURL()}${start}`, { timeout: 120_000 })
  }
  await page.click('a[data-sso-provider="test-koege"]')
  await page.waitForURL((url) => url.pathname.startsWith('/interaction/'), { timeout: 30_000 })
  await page.fill('#email', account.email)
  await page.fill('#password', account.password)
  await page.click('button[type="submit"]')
}

/** Back on the portal, signed in: the sign-in ended anywhere but the login page's error. */
async function onPortal(page: Page) {
  await page.waitForURL((url) => url.origin === baseURL() && !url.pathname.startsWith('/api/'), {
    timeout: 30_000,
  })
  expect(new URL(page.url()).searchParams.get('sso')).toBeNull()
}

async function me(context: BrowserContext) {
  const response = await context.request.get(`${baseURL()}/api/users/me`)
  return ((await response.json()) as { user: { id: number; email: string } | null }).user
}

async function userByEmail(email: string) {
  const payload = await getTestPayload()
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 1,
    limit: 1,
    showHiddenFields: true,
  })
  return found.docs[0]
}

describe.skipIf(browserUnavailable())(
  'single sign-on with a municipality',
  { timeout: 240_000 },
  () => {
    let browser: Browser
    let provider: OidcServer

    beforeAll(async () => {
      provider = await startTestProvider(inject('ssoPort'), baseURL(), accounts)
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
      await provider?.close()
    })

    it('creates a caseworker of the municipality at first sign-in, who then sees internal listings', async () => {
      const payload = await getTestPayload()
      const internal = await payload.find({
        collection: 'offers',
        where: {
          and: [{ visibility: { equals: 'internal' } }, { _status: { equals: 'published' } }],
        },
        limit: 1,
        depth: 0,
      })
      const listing = internal.docs[0]
      expect(listing, 'the sample content has an internal offer').toBeDefined()
      const listingUrl = `${baseURL()}/tilbud/${encodeURIComponent(listing!.slug!)}`

      const anonymous = await newDanishContext(browser)
      const closed = await anonymous.request.get(listingUrl)
      expect(closed.status()).toBe(404)
      await anonymous.close()

      const anne = add(person('anne', { name: 'Anne Andersen', title: 'Socialrådgiver' }))
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      await page.goto(`${baseURL()}/log-ind`, { timeout: 120_000 })
      expect(await page.textContent('a[data-sso-provider="test-koege"]')).toBe(
        'Log ind med Køge Kommune (test)',
      )
      await signInAtProvider(page, anne)
      await onPortal(page)

      const user = await userByEmail(anne.email)
      expect(user).toMatchObject({
        email: anne.email,
        name: 'Anne Andersen',
        title: 'Socialrådgiver',
        role: 'caseworker',
        ssoProvider: 'test-koege',
        ssoSubject: anne.sub,
      })
      expect((user!.municipality as { code: string }).code).toBe('259')
      expect((await me(context))?.email).toBe(anne.email)

      await page.goto(listingUrl)
      expect(await page.textContent('h1')).toContain(listing!.title)

      // A later sign-in brings name, title and role up to date from the claims.
      anne.name = 'Anne Andersen Holm'
      anne.title = 'Afdelingsleder'
      anne.groups = [TEST_GROUPS.consultant]
      const again = await newDanishContext(browser)
      const second = await again.newPage()
      await signInAtProvider(second, anne)
      await onPortal(second)
      expect(await userByEmail(anne.email)).toMatchObject({
        id: user!.id,
        name: 'Anne Andersen Holm',
        title: 'Afdelingsleder',
        role: 'consultant',
      })
      await again.close()
      await context.close()
    })

    it('brings a consultant who starts on the admin login page back to the admin', async () => {
      const kim = add(person('kim', { groups: [TEST_GROUPS.consultant] }))
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      // The admin is the heaviest page to render the first time on a busy machine.
      await page.goto(`${baseURL()}/admin/login`, { timeout: 120_000 })
      await page.waitForSelector('a[data-sso-provider="test-koege"]', { timeout: 60_000 })
      await signInAtProvider(page, kim, '/admin/login')
      await page.waitForURL(
        (url) => url.pathname.startsWith('/admin') && !url.pathname.includes('login'),
        {
          timeout: 30_000,
        },
      )
      expect((await userByEmail(kim.email))?.role).toBe('consultant')
      await context.close()
    })

    it('refuses a user from a domain the provider does not vouch for, and creates nobody', async () => {
      const stranger = add(person('ole', { email: `ole-${run}@roskilde.test` }))
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      await signInAtProvider(page, stranger)
      await page.waitForURL(
        (url) => url.pathname === '/log-ind' && url.searchParams.get('sso') === 'domain',
        {
          timeout: 30_000,
        },
      )
      const alert = await page.textContent('#sso-error')
      expect(alert).toContain(
        'Din e-mailadresse hører ikke til de domæner, Køge Kommune (test) kan logge ind for',
      )
      expect(await me(context)).toBeNull()
      expect(await userByEmail(stranger.email)).toBeUndefined()
      await context.close()
    })

    it('refuses an answer whose state is not the one this browser sent', async () => {
      const bo = add(person('bo'))
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      // The provider is sent a state other than the one sealed in this browser's cookie, as an
      // attacker's or a replayed answer would carry: it comes back with that state.
      let tampered = false
      await page.route('**/api/sso/test-koege/start**', async (route) => {
        const response = await route.fetch({ maxRedirects: 0 })
        const location = new URL(response.headers().location!)
        location.searchParams.set('state', `${location.searchParams.get('state')}x`)
        tampered = true
        await route.fulfill({
          response,
          headers: { ...response.headers(), location: String(location) },
        })
      })
      await signInAtProvider(page, bo)
      await page.waitForURL((url) => url.searchParams.get('sso') === 'state', { timeout: 30_000 })
      expect(tampered).toBe(true)
      expect(await page.textContent('#sso-error')).toContain(
        'Af sikkerhedshensyn er du ikke logget ind',
      )
      expect(await me(context)).toBeNull()
      expect(await userByEmail(bo.email)).toBeUndefined()
      await context.close()
    })

    it('deactivates, at the next attempt, a user whose group was removed, and ends their sessions', async () => {
      const carl = add(person('carl'))
      const first = await newDanishContext(browser)
      const page = await first.newPage()
      await signInAtProvider(page, carl)
      await onPortal(page)
      expect((await me(first))?.email).toBe(carl.email)

      carl.groups = ['alle-medarbejdere']
      const next = await newDanishContext(browser)
      const attempt = await next.newPage()
      await signInAtProvider(attempt, carl)
      await attempt.waitForURL((url) => url.searchParams.get('sso') === 'removed', {
        timeout: 30_000,
      })
      expect(await attempt.textContent('#sso-error')).toContain('din konto er lukket')
      expect(await me(next)).toBeNull()

      const user = await userByEmail(carl.email)
      expect(user?.deactivatedAt).toBeTruthy()
      expect(user?.deactivationReason).toBe('sso-removed')
      // The session of the earlier sign-in ended with the account.
      expect(await me(first)).toBeNull()

      // Back in the group: the provider vouches anew and the account opens again.
      carl.groups = [TEST_GROUPS.caseworker]
      const third = await newDanishContext(browser)
      const back = await third.newPage()
      await signInAtProvider(back, carl)
      await onPortal(back)
      expect((await me(third))?.email).toBe(carl.email)
      expect((await userByEmail(carl.email))?.deactivatedAt ?? null).toBeNull()
      await Promise.all([first.close(), next.close(), third.close()])
    })

    it('says so in Danish when a provider answers as another issuer, or a sign-in was never started', async () => {
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      await page.goto(`${baseURL()}/log-ind`)
      await page.click('a[data-sso-provider="test-wrong-issuer"]')
      await page.waitForURL((url) => url.searchParams.get('sso') === 'wrong-issuer', {
        timeout: 30_000,
      })
      expect(await page.textContent('#sso-error')).toContain('en anden udsteder')

      await page.goto(`${baseURL()}/api/sso/test-koege/callback?code=x&state=y`)
      await page.waitForURL((url) => url.searchParams.get('sso') === 'expired', { timeout: 30_000 })
      expect(await page.textContent('#sso-error')).toContain('Dit login er udløbet')

      const unknown = await context.request.get(`${baseURL()}/api/sso/nowhere/start`, {
        maxRedirects: 0,
      })
      expect(unknown.status()).toBe(303)
      expect(unknown.headers().location).toContain('sso=unknown-provider')
      await context.close()
    })

    it('refuses a password login for a domain whose municipality signs in by itself', async () => {
      const response = await fetch(`${baseURL()}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'da' },
        body: JSON.stringify({ email: `nogen@${TEST_DOMAIN}`, password: 'whatever1' }),
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(await response.json())).toContain('Log ind med Køge Kommune (test)')

      // The portal's own form says the same, and where to go instead.
      const context = await newDanishContext(browser)
      const page = await context.newPage()
      await page.goto(`${baseURL()}/log-ind`)
      await page.fill('#login-email', `nogen@${TEST_DOMAIN}`)
      await page.fill('#login-password', 'whatever1')
      await page.click('form.login-form button[type="submit"]')
      await page.waitForSelector('#login-error', { timeout: 30_000 })
      expect(await page.textContent('#login-error')).toContain(
        'Medarbejdere i Køge Kommune (test) logger ind med kommunens eget login',
      )
      expect(await me(context)).toBeNull()
      await context.close()
    })
  },
)

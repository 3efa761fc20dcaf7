import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * The Content-Security-Policy (issue 11, class 7): scripts run only with the response's nonce, so
 * an injected inline script does not, and the portal and the admin still work with no violation.
 */
type Violation = { directive: string; blocked: string; sample: string }

/** Collects CSP violations and CSP console errors of a page from its first script on. */
async function watch(page: Page) {
  const console: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      console.push(message.text())
    }
  })
  await page.addInitScript(() => {
    const seen: unknown[] = []
    ;(window as unknown as { __cspViolations: unknown[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      })
    })
  })
  return async () => ({
    events: await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    ),
    console,
  })
}

const scriptSrc = (csp: string) =>
  csp
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('script-src')) ?? ''

describe.skipIf(browserUnavailable())('Content-Security-Policy', () => {
  let browser: Browser
  let listingPath: string
  let offerId: number

  beforeAll(async () => {
    browser = await launchBrowser()
    const payload = await getTestPayload()
    const { docs } = await payload.find({
      collection: 'offers',
      where: {
        and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
      },
      limit: 1,
      depth: 0,
    })
    offerId = docs[0]!.id
    listingPath = paths.document('offer', docs[0]!.slug!)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('allows scripts by a per-response nonce, never unsafe-inline', async () => {
    const nonces = new Set<string>()
    for (const path of ['/', '/soeg?q=angst', '/admin/login', '/admin/login']) {
      const response = await fetch(`${baseURL()}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      // One policy: the proxy's replaces the static one of next.config.ts.
      expect(csp.match(/script-src/g), path).toHaveLength(1)
      const scripts = scriptSrc(csp)
      expect(scripts, path).not.toContain('unsafe-inline')
      expect(scripts, path).not.toContain('unsafe-eval')
      expect(scripts, path).toContain("'strict-dynamic'")
      const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1]
      expect(nonce, path).toBeTruthy()
      nonces.add(nonce!)
      // Every script element of the page carries it.
      const html = await response.text()
      const tags = html.match(/<script\b[^>]*>/g) ?? []
      expect(tags.length, path).toBeGreaterThan(0)
      const executable = tags.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
      expect(
        executable.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
        path,
      ).toEqual([])
    }
    expect(nonces.size).toBe(4)
  })

  it('gives what the proxy does not see a policy without any inline script', async () => {
    for (const path of ['/api/health', '/robots.txt', '/findes-ikke.txt']) {
      const csp = (await fetch(`${baseURL()}${path}`)).headers.get('content-security-policy') ?? ''
      expect(csp.match(/script-src/g), path).toHaveLength(1)
      expect(scriptSrc(csp), path).toBe("script-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'none'")
    }
  })

  it('blocks an inline script injected into a page served with the real policy', async () => {
    const real = await fetch(`${baseURL()}/`)
    const csp = real.headers.get('content-security-policy')!
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations = await watch(page)
    // A page as if an attacker got markup into one of ours: the same policy, no nonce.
    await page.route(`${baseURL()}/csp-probe`, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
        body: `<!doctype html><html><body><p>probe</p>
<script>window.__injected = 'inline'</script>
<script nonce="guessed-nonce">window.__guessed = 'guessed'</script>
<img src="x" onerror="window.__handler = 'handler'">
</body></html>`,
      }),
    )
    await page.goto(`${baseURL()}/csp-probe`)
    await page.waitForTimeout(200)
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      return [w.__injected, w.__guessed, w.__handler].filter(Boolean)
    })
    expect(ran).toEqual([])
    const { events } = await violations()
    expect(events.filter((event) => event.directive.startsWith('script-src')).length).toBe(3)
    await context.close()
  })

  it('lets the portal, the admin and the error pages run with no violation', async () => {
    const context = await browser.newContext({ locale: 'da-DK' })
    const page = await context.newPage()
    const violations = await watch(page)
    const visited: Record<string, Awaited<ReturnType<typeof violations>>> = {}
    const visit = async (path: string, ready: string) => {
      const response = await page.goto(`${baseURL()}${path}`)
      // Under the nonce policy: with unsafe-inline there would be nothing to violate.
      const scripts = scriptSrc((await response!.allHeaders())['content-security-policy'] ?? '')
      expect(scripts, path).toMatch(/'nonce-[^']+' 'strict-dynamic'/)
      expect(scripts, path).not.toContain('unsafe-inline')
      await page.locator(ready).first().waitFor({ timeout: 60_000 })
      // Next's inline bootstrap ran (it needs the nonce) and the page hydrated.
      await page.waitForFunction(() => Array.isArray((window as { __next_f?: unknown }).__next_f))
      await page.waitForLoadState('networkidle')
      visited[path] = await violations()
    }
    await visit('/', 'main')
    await visit('/soeg?q=angst', 'main')
    await visit(listingPath, 'h1')
    await visit('/tilbud/findes-ikke-csp', 'main')
    await visit('/admin/login', 'input[name="email"]')

    await page.fill('input[name="email"]', 'admin@videnportal.local')
    await page.fill('input[name="password"]', 'demo1234')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await visit('/admin/collections/offers', 'table')
    await visit(`/admin/collections/offers/${offerId}`, '#field-title')
    // The Lexical editor is up and takes input.
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: 60_000 })
    visited['lexical'] = await violations()
    await visit('/admin/review', 'main, .review, h1')

    for (const [path, found] of Object.entries(visited)) {
      expect(found, path).toEqual({ events: [], console: [] })
    }
    await context.close()
  })
})

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paths } from '@/domain/urls'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { axeViolations, newDanishContext, portalLogin, waitForSearchIndex } from '../helpers/portal'

/**
 * The methods library in a browser (issue 18): a sample method is found by a word that only its
 * PDF contains, from the search box and from /metoder; an internal method's file only by
 * professionals; the pages have no axe violations.
 */

/** Only in content/methods/skolefravaer-handleguide.pdf (a public method), never in its text. */
const PUBLIC_FILE_WORD = 'fraværsbarometeret'
/** Only in content/methods/sagsaudit-skabelon.pdf (an internal method). */
const INTERNAL_FILE_WORD = 'sporbarhedsskema'

async function slugOf(externalId: string) {
  const payload = await getTestPayload()
  const { docs } = await payload.find({
    collection: 'methods',
    where: { externalId: { equals: externalId } },
    select: { slug: true },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]?.slug) throw new Error(`sample method ${externalId} is missing`)
  return docs[0].slug
}

describe.skipIf(browserUnavailable())('methods and templates in the browser', () => {
  let browser: Browser
  let publicSlug: string
  let internalSlug: string

  beforeAll(async () => {
    await waitForSearchIndex()
    publicSlug = await slugOf('method-skolefravaer')
    internalSlug = await slugOf('method-sagsaudit')
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each([1280, 390])(
    'finds a method by a word only its PDF contains, from the search box (%i px)',
    async (width) => {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      await page.goto(`${baseURL()}/soeg`)
      await page.fill('input[name="q"]', PUBLIC_FILE_WORD)
      await Promise.all([page.waitForURL(/q=/), page.press('input[name="q"]', 'Enter')])
      const hit = page.locator(`[data-hit="metoder/${publicSlug}"]`)
      await expect(hit.count()).resolves.toBe(1)
      await hit.locator('a').first().click()
      await page.waitForURL(new RegExp(`/metoder/${publicSlug}$`))
      const file = page.locator('[data-method-files] a').first()
      const href = await file.getAttribute('href')
      expect(href).toMatch(/skolefravaer-handleguide.*\.pdf$/)
      const response = await context.request.get(`${baseURL()}${href}`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('application/pdf')
      await context.close()
    },
  )

  it('finds it in the library too; the internal audit template only after login', async () => {
    const context = await newDanishContext(browser, 1280)
    const page = await context.newPage()
    await page.goto(`${baseURL()}${paths.methods()}?q=${encodeURIComponent(PUBLIC_FILE_WORD)}`)
    expect(await page.locator(`[data-method="${publicSlug}"]`).count()).toBe(1)
    await page.goto(`${baseURL()}${paths.methods()}?q=${INTERNAL_FILE_WORD}`)
    expect(await page.locator(`[data-method="${internalSlug}"]`).count()).toBe(0)
    const anonymousPage = await page.goto(`${baseURL()}${paths.document('method', internalSlug)}`)
    expect(anonymousPage?.status()).toBe(404)

    await portalLogin(page, 'sagsbehandler@videnportal.local')
    await page.goto(`${baseURL()}${paths.methods()}?q=${INTERNAL_FILE_WORD}`)
    expect(await page.locator(`[data-method="${internalSlug}"]`).count()).toBe(1)
    await page.goto(`${baseURL()}${paths.document('method', internalSlug)}`)
    const href = await page.locator('[data-method-files] a').first().getAttribute('href')
    expect((await context.request.get(`${baseURL()}${href}`)).status()).toBe(200)
    // The same file without the session: refused.
    const anonymous = await browser.newContext()
    expect([403, 404]).toContain((await anonymous.request.get(`${baseURL()}${href}`)).status())
    await anonymous.close()
    await context.close()
  })

  it.each([
    ['library', () => paths.methods()],
    ['library, searched', () => `${paths.methods()}?q=skabelon&type=template`],
    ['library, invalid filter', () => `${paths.methods()}?type=noget`],
    ['method', () => paths.document('method', publicSlug)],
    ['English library', () => paths.methods('en')],
    ['Norwegian method', () => paths.document('method', publicSlug, 'nb')],
  ])('%s: no axe violations at 1280 and 390 px', async (_name, path) => {
    for (const width of [1280, 390]) {
      const context = await newDanishContext(browser, width)
      const page = await context.newPage()
      const response = await page.goto(`${baseURL()}${path()}`)
      expect(response?.status()).toBe(200)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    }
  })
})

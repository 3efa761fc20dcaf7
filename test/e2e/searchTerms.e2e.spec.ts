import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'
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

/**
 * A consultant adds a synonym in the admin's own form, and a caseworker's search finds with it
 * within a minute, without a restart; on the results page the search box suggests as you type,
 * and opening a hit is counted by its position.
 */
describe.skipIf(browserUnavailable())(
  'search terms in the admin, suggestions on the portal',
  () => {
    let browser: Browser
    const word = `vpadmin${Math.random()
      .toString(36)
      .replace(/[^a-z]/g, '')
      .slice(0, 6)}`

    beforeAll(async () => {
      browser = await launchBrowser()
    })

    afterAll(async () => {
      const payload = await getTestPayload()
      await payload
        .delete({
          collection: 'search-terms',
          where: { label: { like: word } },
          overrideAccess: true,
        })
        .catch(() => undefined)
      await browser?.close()
    })

    it('a consultant adds a synonym in the admin, and the portal finds with it within a minute', async () => {
      const consultant = await adminLogin(browser, 'konsulent@videnportal.local')
      await consultant.goto(`${baseURL()}/admin/collections/search-terms/create`)
      const terms = consultant.locator('.field-terms input').first()
      await terms.waitFor({ timeout: 30_000 })
      for (const term of [word, 'skolevægring']) {
        await terms.fill(term)
        await terms.press('Enter')
      }
      await consultant.screenshot({ path: `${artifacts}/search-terms-admin.png`, fullPage: true })
      const saved = Date.now()
      await consultant.locator('#action-save').click()
      await consultant
        .locator('.toast-success, [data-sonner-toast][data-type="success"]')
        .first()
        .waitFor({ timeout: 30_000 })

      // The list shows the entry by its terms, as a link to it.
      await consultant.goto(`${baseURL()}/admin/collections/search-terms?search=${word}`)
      await consultant
        .getByRole('link', { name: `${word} · skolevægring` })
        .waitFor({ timeout: 30_000 })
      await consultant.screenshot({ path: `${artifacts}/search-terms-list.png`, fullPage: true })

      const portal = await (await browser.newContext({ locale: 'da-DK' })).newPage()
      let found = 0
      while (Date.now() - saved < 60_000) {
        await portal.goto(`${baseURL()}/soeg?q=${word}`)
        found = Number(await portal.locator('[data-total]').getAttribute('data-total'))
        if (found > 0) break
        await portal.waitForTimeout(500)
      }
      console.log(
        `[search terms e2e] found with the new synonym ${((Date.now() - saved) / 1000).toFixed(1)} s after saving`,
      )
      expect(found).toBeGreaterThan(0)
      await portal.screenshot({ path: `${artifacts}/search-terms-portal.png`, fullPage: true })
    }, 120_000)

    it('suggests as you type, and counts the opened hit by its position', async () => {
      const page = await (await browser.newContext({ locale: 'da-DK' })).newPage()
      await page.goto(`${baseURL()}/soeg?q=angst`)
      const box = page.locator('#q')
      await box.fill('')
      await box.pressSequentially('aut', { delay: 50 })
      const option = page.locator('datalist[data-suggestions-for="q"] option[value^="Autisme"]')
      await option.waitFor({ state: 'attached', timeout: 10_000 })
      expect(await box.getAttribute('list')).toBe(
        await page.locator('datalist[data-suggestions-for="q"]').getAttribute('id'),
      )

      const payload = await getTestPayload()
      const clicks = async () =>
        (
          (
            await (
              payload.db as unknown as {
                drizzle: { execute: (q: unknown) => Promise<{ rows: unknown[] }> }
              }
            ).drizzle.execute(
              (await import('@payloadcms/db-postgres'))
                .sql`SELECT coalesce(sum(clicks), 0)::int AS n FROM search_stats`,
            )
          ).rows[0] as { n: number }
        ).n
      const before = await clicks()
      await page.locator('ol[data-search-hits] > li').nth(1).locator('a').first().click()
      await page.waitForURL((url) => !url.pathname.startsWith('/soeg'))
      const deadline = Date.now() + 10_000
      while ((await clicks()) === before && Date.now() < deadline) await page.waitForTimeout(200)
      expect(await clicks()).toBe(before + 1)
    }, 60_000)
  },
)

import { mkdirSync } from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { browserUnavailable, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'

const artifacts = 'test-results'

describe.skipIf(browserUnavailable())('in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(artifacts, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens the Danish home page', async () => {
    const page = await browser.newPage()
    const response = await page.goto(baseURL())
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('da')
    expect(await page.locator('h1').innerText()).toContain('børn og unge med særlige behov')
    expect(await page.locator('.municipality-list').innerText()).toContain('Køge')
    await page.screenshot({ path: `${artifacts}/home.png`, fullPage: true })
    await page.close()
  })

  it('logs into the admin with a demo login and sees the collections in Danish', async () => {
    const context = await browser.newContext({ locale: 'da-DK' })
    const page = await context.newPage()
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    await page.goto(`${baseURL()}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.fill('input[name="email"]', 'admin@videnportal.local')
    await page.fill('input[name="password"]', 'demo1234')
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await page.getByRole('link', { name: 'Kommuner' }).first().waitFor({ timeout: 30_000 })
    const labels = [
      'Tilbud',
      'Mentorordninger',
      'Skoletilbud',
      'Organisationer',
      'Lovgivningsnoter',
      'Lovgrundlag',
      'Emner',
      'Billeder og PDF',
      'Brugere',
      'Kommuner',
    ]
    for (const label of labels) {
      expect(
        await page.getByRole('link', { name: label, exact: true }).count(),
        label,
      ).toBeGreaterThan(0)
    }
    await page.screenshot({ path: `${artifacts}/admin-dashboard.png` })

    // An offer's edit view groups its fields in Danish tabs.
    await page.goto(`${baseURL()}/admin/collections/offers`)
    await page.locator('.table a, .cell-title a').first().click()
    await page.getByRole('button', { name: 'Målgruppe' }).first().waitFor({ timeout: 30_000 })
    for (const tab of ['Indhold', 'Henvisning og pris', 'Kontakt og sted', 'Evidens']) {
      expect(await page.getByRole('button', { name: tab }).count(), tab).toBeGreaterThan(0)
    }
    await page.screenshot({ path: `${artifacts}/admin-offer.png`, fullPage: true })
    expect(cspViolations).toEqual([])
    await context.close()
  })

  it('refuses a wrong password with a message and stays on the login page', async () => {
    const context = await browser.newContext({ locale: 'da-DK' })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    await page.fill('input[name="email"]', 'konsulent@videnportal.local')
    await page.fill('input[name="password"]', 'forkert-kodeord')
    await page.click('button[type="submit"]')
    await page
      .locator('.toast-error, .Toastify__toast--error, [data-sonner-toast]')
      .first()
      .waitFor()
    expect(page.url()).toContain('/admin/login')
    await context.close()
  })
})

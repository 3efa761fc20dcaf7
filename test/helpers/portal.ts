import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { baseURL } from './http'

/**
 * The seed is indexed by the job runner inside the server after it starts: wait until the search
 * answers with documents (polling /api/search, not sleeping).
 */
export async function waitForSearchIndex({ minimum = 50, timeoutMs = 180_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseURL()}/api/search?perPage=1`)
      if (response.ok) {
        const body = (await response.json()) as { total: number; degraded: boolean }
        if (!body.degraded && body.total >= minimum) return body.total
        last = `total ${body.total}, degraded ${body.degraded}`
      } else {
        last = `HTTP ${response.status}`
      }
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the search index was not ready in time (${last})`)
}

/** Logs in through the portal's own login form and waits for the front page. */
export async function portalLogin(page: Page, email: string, password = 'demo1234') {
  await page.goto(`${baseURL()}/log-ind`)
  await page.fill('#login-email', email)
  await page.fill('#login-password', password)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/log-ind'), { timeout: 30_000 }),
    page.click('form.login-form button[type="submit"]'),
  ])
}

export async function newDanishContext(browser: Browser, width = 1280, height = 900) {
  return browser.newContext({ locale: 'da-DK', viewport: { width, height } })
}

let axeSource: string | undefined

/** Runs axe-core (its source injected into the page) for WCAG 2.1 A and AA, on the page or on
 * the elements a selector names. */
export async function axeViolations(page: Page, include?: string) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(include ? { include: [include] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as {
      violations: Array<{
        id: string
        impact: string
        help: string
        nodes: Array<{ target: string[] }>
      }>
    }
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
  }, include)
}

export type { BrowserContext }

import { type Browser, chromium } from 'playwright-core'
import { inject } from 'vitest'

import { e2eRequired } from './chromium'

/** Whether this run has a browser; without one the browser tests skip, unless E2E=required. */
export const browserUnavailable = () => !inject('chromiumPath') && !e2eRequired()

export async function launchBrowser(): Promise<Browser> {
  const executablePath = inject('chromiumPath')
  if (!executablePath) {
    throw new Error('E2E=required but no Chromium was found: apt-get install -y chromium')
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

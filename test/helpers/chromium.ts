import { existsSync } from 'node:fs'

/** The system Chromium (Debian's package), or CHROMIUM_PATH. Playwright's own download cannot work here. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  return candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  )
}

export const e2eRequired = () => process.env.E2E === 'required'

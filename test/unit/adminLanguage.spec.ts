import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '@/proxy'

const run = (path: string, acceptLanguage = 'en-US,en;q=0.9') =>
  proxy(
    new NextRequest(`http://portal.test${path}`, {
      headers: { 'accept-language': acceptLanguage },
    }),
  )

/** The Accept-Language Next hands on to the page: the proxy's override, or the browser's own. */
const forwardedLanguage = (response: Response, sent = 'en-US,en;q=0.9') =>
  (response.headers.get('x-middleware-override-headers') ?? '')
    .split(',')
    .includes('accept-language')
    ? response.headers.get('x-middleware-request-accept-language')
    : sent

const matches = (path: string) =>
  config.matcher.some((pattern) =>
    new RegExp(
      `^${pattern.replace('/:path*', '(?:/.*)?').replace('/((?!', '/(?!').replace(').*)', ').*')}$`,
    ).test(path),
  )

describe('the admin speaks Danish unless the user chose otherwise', () => {
  it('asks Payload for Danish on every admin page, whatever the browser prefers', () => {
    for (const path of [
      '/admin',
      '/admin/login',
      '/admin/collections/offers/1',
      '/admin/account',
    ]) {
      expect(matches(path), path).toBe(true)
      expect(forwardedLanguage(run(path)), path).toBe('da')
      expect(forwardedLanguage(run(path, 'nb-NO,nb;q=0.9')), path).toBe('da')
    }
  })

  it('leaves the API and the portal to their own language rules', () => {
    expect(matches('/api/users/login')).toBe(false)
    expect(forwardedLanguage(run('/en/soeg'))).toBe('en-US,en;q=0.9')
    expect(forwardedLanguage(run('/api/search?q=angst'))).toBe('en-US,en;q=0.9')
    // Not an admin path, only a portal page whose name starts alike.
    expect(forwardedLanguage(run('/administration'))).toBe('en-US,en;q=0.9')
  })
})

import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '@/proxy'

const run = (path: string) => proxy(new NextRequest(`http://portal.test${path}`))

describe('the proxy in front of the one route tree', () => {
  it('serves Danish at the root by rewriting into /da', () => {
    expect(run('/').headers.get('x-middleware-rewrite')).toBe('http://portal.test/da')
    expect(run('/soeg?q=angst').headers.get('x-middleware-rewrite')).toBe(
      'http://portal.test/da/soeg?q=angst',
    )
    // An unknown first segment is a Danish path (and then the portal's 404).
    expect(run('/xx/yy').headers.get('x-middleware-rewrite')).toBe('http://portal.test/da/xx/yy')
  })

  it('passes the other languages through as they are', () => {
    for (const path of ['/en', '/en/soeg', '/nb', '/nb/tilbud/x']) {
      const response = run(path)
      expect(response.headers.get('x-middleware-rewrite'), path).toBeNull()
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
    }
  })

  it('answers /da/… with a permanent redirect to the root form', () => {
    const response = run('/da/soeg?q=angst')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('http://portal.test/soeg?q=angst')
    expect(run('/da').headers.get('location')).toBe('http://portal.test/')
    // Not a language prefix: a Danish path like any other.
    expect(run('/dansk').headers.get('x-middleware-rewrite')).toBe('http://portal.test/da/dansk')
  })

  it('leaves the API, Next and public files alone, and passes the admin through as it is', () => {
    const pages = new RegExp(
      `^${config.matcher[2]!.replace('/((?!', '/(?!').replace(').*)', ').*')}$`,
    )
    for (const path of ['/api/users', '/_next/static/x.js', '/robots.txt', '/favicon.ico']) {
      expect(pages.test(path), path).toBe(false)
    }
    for (const path of [
      '/',
      '/soeg',
      '/nb/tilbud/x',
      '/tilgaengelighed',
      '/admin',
      '/admin/login',
    ]) {
      expect(pages.test(path), path).toBe(true)
    }
    for (const path of ['/admin', '/admin/collections/offers/1']) {
      const response = run(path)
      expect(response.headers.get('x-middleware-rewrite'), path).toBeNull()
      expect(response.headers.get('x-middleware-next'), path).toBe('1')
    }
  })

  it('gives every page and the admin a fresh nonce, without unsafe-inline scripts', () => {
    const nonces = new Set<string>()
    for (const path of ['/', '/soeg', '/en/soeg', '/admin', '/admin/login']) {
      const response = run(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1]
      expect(nonce, path).toBeTruthy()
      nonces.add(nonce!)
      const scripts = csp.split(';').find((part) => part.trim().startsWith('script-src'))!
      expect(scripts, path).toContain("'strict-dynamic'")
      expect(scripts, path).not.toContain('unsafe-inline')
      // Next reads the nonce from the request's CSP header, pages from x-nonce.
      expect(response.headers.get('x-middleware-request-x-nonce'), path).toBe(nonce)
      expect(response.headers.get('x-middleware-request-content-security-policy'), path).toBe(csp)
    }
    expect(nonces.size).toBe(5)
  })
})

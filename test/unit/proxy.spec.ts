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

  it('leaves the admin, the API, Next and public files alone', () => {
    const portal = new RegExp(
      `^${config.matcher[2]!.replace('/((?!', '/(?!').replace(').*)', ').*')}$`,
    )
    for (const path of [
      '/admin',
      '/admin/login',
      '/api/users',
      '/_next/static/x.js',
      '/robots.txt',
      '/favicon.ico',
    ]) {
      expect(portal.test(path), path).toBe(false)
    }
    for (const path of ['/', '/soeg', '/nb/tilbud/x', '/tilgaengelighed']) {
      expect(portal.test(path), path).toBe(true)
    }
  })
})

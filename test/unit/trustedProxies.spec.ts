import { describe, expect, it } from 'vitest'

import { clientAddress, normalizeAddress, parseTrustedProxies } from '@/security/trustedProxies'

describe('TRUSTED_PROXIES parsing', () => {
  it('trusts nobody by default', () => {
    for (const value of [undefined, '', ' , ']) {
      const trusted = parseTrustedProxies(value)
      expect(trusted.entries).toEqual([])
      expect(trusted.trusts('127.0.0.1')).toBe(false)
      expect(trusted.trusts('10.0.0.1')).toBe(false)
    }
  })

  it('reads addresses and CIDR ranges of both families', () => {
    const trusted = parseTrustedProxies(' 10.0.0.0/8, 192.168.1.7 ,fd00::/8, ::1 ')
    expect(trusted.entries).toEqual(['10.0.0.0/8', '192.168.1.7', 'fd00::/8', '::1'])
    expect(trusted.trusts('10.200.3.4')).toBe(true)
    expect(trusted.trusts('11.0.0.1')).toBe(false)
    expect(trusted.trusts('192.168.1.7')).toBe(true)
    expect(trusted.trusts('192.168.1.8')).toBe(false)
    expect(trusted.trusts('fd12:3456::1')).toBe(true)
    expect(trusted.trusts('fe80::1')).toBe(false)
    expect(trusted.trusts('::1')).toBe(true)
    // An IPv4 peer on a dual-stack socket.
    expect(trusted.trusts('::ffff:10.1.2.3')).toBe(true)
    expect(trusted.trusts('not an address')).toBe(false)
  })

  it('refuses what is not an address or range, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.example')).toThrow(/"proxy.example"/)
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33".*prefix/)
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow(/10.0.0.0\/8\/1/)
    expect(() => parseTrustedProxies('10.0.0.0/x')).toThrow(/prefix/)
    expect(() => parseTrustedProxies('::/129')).toThrow(/prefix/)
  })

  it('normalises mapped, bracketed and zoned addresses', () => {
    expect(normalizeAddress('::ffff:127.0.0.2')).toBe('127.0.0.2')
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1')
    expect(normalizeAddress(' 203.0.113.9:5555 ')).toBe('203.0.113.9')
  })
})

describe('the client address of a request', () => {
  const none = parseTrustedProxies('')
  const lb = parseTrustedProxies('10.0.0.0/8')

  it('is the socket peer when nobody is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('::ffff:198.51.100.4', '1.2.3.4', none)).toBe('198.51.100.4')
    expect(clientAddress('198.51.100.4', ['1.2.3.4', '5.6.7.8'], none)).toBe('198.51.100.4')
    expect(clientAddress('198.51.100.4', undefined, none)).toBe('198.51.100.4')
  })

  it('is the socket peer when the peer is not a trusted proxy', () => {
    expect(clientAddress('198.51.100.4', '1.2.3.4', lb)).toBe('198.51.100.4')
  })

  it('behind a trusted proxy, is the right-most untrusted address of the chain', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', lb)).toBe('203.0.113.7')
    // The client forged the left part; the proxies appended the real one and themselves.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.9', lb)).toBe('203.0.113.7')
    expect(clientAddress('10.0.0.2', ['6.6.6.6', '203.0.113.7, 10.1.1.1'], lb)).toBe('203.0.113.7')
    expect(clientAddress('::ffff:10.0.0.2', '::ffff:203.0.113.7', lb)).toBe('203.0.113.7')
  })

  it('stops at garbage and at an all-proxy chain with the last address it could check', () => {
    expect(clientAddress('10.0.0.2', 'unknown', lb)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', '203.0.113.7, garbage', lb)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', '10.0.0.3, 10.0.0.4', lb)).toBe('10.0.0.3')
    expect(clientAddress('10.0.0.2', '', lb)).toBe('10.0.0.2')
    expect(clientAddress('10.0.0.2', undefined, lb)).toBe('10.0.0.2')
  })
})

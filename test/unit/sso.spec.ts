import { describe, expect, it } from 'vitest'

import { readClaims } from '@/sso/claims'
import { type ProviderInput, readSsoConfig } from '@/sso/config'
import { ssoFailures, ssoTexts } from '@/sso/messages'
import { ssoReturnPath } from '@/sso/paths'
import { openTransaction, sealTransaction, type SsoTransaction } from '@/sso/transaction'

const base: ProviderInput = {
  id: 'koege',
  name: 'Køge Kommune',
  issuer: 'https://login.example.dk/koege',
  clientId: 'videnportal',
  clientSecret: 's3cret',
  domains: ['koege.dk'],
  municipality: '259',
  roles: { consultant: ['konsulenter'], caseworker: ['sagsbehandlere'] },
}

const configOf = (...providers: unknown[]) =>
  readSsoConfig({ OIDC_PROVIDERS: JSON.stringify(providers) })

const provider = configOf(base).providers[0]!

describe('OIDC_PROVIDERS', () => {
  it('reads a provider with its defaults', () => {
    expect(provider).toMatchObject({
      id: 'koege',
      secret: 's3cret',
      groupsClaim: 'groups',
      passwordLogin: 'on',
      scopes: ['openid', 'email', 'profile'],
    })
  })

  it('takes the secret from the variable it names', () => {
    const { providers, problems } = readSsoConfig({
      OIDC_PROVIDERS: JSON.stringify([
        { ...base, clientSecret: undefined, clientSecretEnv: 'KOEGE_SECRET' },
      ]),
      KOEGE_SECRET: 'from-env',
    })
    expect(problems).toEqual([])
    expect(providers[0]!.secret).toBe('from-env')
  })

  it('leaves out what it cannot read and says why, keeping the others', () => {
    const { providers, problems } = configOf(
      base,
      { ...base, id: 'admins', roles: { admin: ['it'] } },
      { ...base, id: 'plain', issuer: 'http://login.example.dk' },
      { ...base, id: 'koege' },
      { ...base, id: 'nogroups', roles: {} },
      { ...base, id: 'domain', domains: ['not a domain'] },
    )
    expect(providers.map((p) => p.id)).toEqual(['koege'])
    expect(problems).toHaveLength(5)
    expect(problems.join('\n')).toMatch(/"admins".*roles/)
    expect(problems.join('\n')).toMatch(/"plain".*issuer: must be https/)
    expect(problems.join('\n')).toMatch(/"koege".*used twice/)
  })

  it('allows plain http only for a provider on this machine', () => {
    expect(configOf({ ...base, issuer: 'http://localhost:4000' }).providers).toHaveLength(1)
    expect(configOf({ ...base, issuer: 'http://127.0.0.1:4000/x' }).providers).toHaveLength(1)
  })

  it('answers broken JSON with a problem, not an exception', () => {
    expect(readSsoConfig({ OIDC_PROVIDERS: '[{' }).problems[0]).toMatch(/not JSON/)
    expect(readSsoConfig({ OIDC_PROVIDERS: '{}' }).problems[0]).toMatch(/JSON list/)
    expect(readSsoConfig({}).providers).toEqual([])
  })
})

describe('claims → person', () => {
  const claims = {
    sub: 'abc',
    email: 'Anne.Hansen@Koege.dk',
    email_verified: true,
    name: 'Anne Hansen',
    title: 'Socialrådgiver',
    groups: ['sagsbehandlere'],
  }

  it('maps groups to a role, consultant before caseworker', () => {
    expect(readClaims(provider, claims)).toEqual({
      ok: true,
      person: {
        subject: 'abc',
        email: 'anne.hansen@koege.dk',
        name: 'Anne Hansen',
        title: 'Socialrådgiver',
        role: 'caseworker',
      },
    })
    const both = readClaims(provider, { ...claims, groups: ['sagsbehandlere', 'konsulenter'] })
    expect(both.ok && both.person.role).toBe('consultant')
    const single = readClaims(provider, { ...claims, groups: 'konsulenter' })
    expect(single.ok && single.person.role).toBe('consultant')
  })

  it('refuses an address outside the domains the provider vouches for', () => {
    expect(readClaims(provider, { ...claims, email: 'anne@roskilde.dk' })).toMatchObject({
      ok: false,
      failure: 'domain',
    })
    expect(readClaims(provider, { ...claims, email: 'anne@evil-koege.dk' })).toMatchObject({
      failure: 'domain',
    })
  })

  it('refuses without a verified e-mail or a subject', () => {
    expect(readClaims(provider, { ...claims, email_verified: false })).toMatchObject({
      failure: 'no-email',
    })
    expect(readClaims(provider, { ...claims, email: undefined })).toMatchObject({
      failure: 'no-email',
    })
    expect(readClaims(provider, { ...claims, sub: undefined })).toMatchObject({ failure: 'token' })
  })

  it('gives no role outside the mapped groups, unless the provider has a default', () => {
    expect(readClaims(provider, { ...claims, groups: ['alle'] })).toEqual({
      ok: false,
      failure: 'no-role',
      subject: 'abc',
      email: 'anne.hansen@koege.dk',
    })
    const withDefault = configOf({ ...base, defaultRole: 'caseworker' }).providers[0]!
    const reading = readClaims(withDefault, { ...claims, groups: [] })
    expect(reading.ok && reading.person.role).toBe('caseworker')
  })

  it('never makes an admin, whatever the claims say', () => {
    const reading = readClaims(provider, {
      ...claims,
      role: 'admin',
      groups: ['admin', 'konsulenter'],
    })
    expect(reading.ok && reading.person.role).toBe('consultant')
  })

  it('cleans the name and falls back to given and family name', () => {
    const reading = readClaims(provider, {
      ...claims,
      name: undefined,
      given_name: 'Anne\n',
      family_name: ' Hansen',
    })
    expect(reading.ok && reading.person.name).toBe('Anne Hansen')
  })
})

describe('the sign-in transaction cookie', () => {
  const secret = 'test-secret-0123456789abcdef'
  const now = new Date('2026-12-01T12:00:00Z')
  const transaction: SsoTransaction = {
    provider: 'koege',
    state: 'state-0123456789abcdef',
    nonce: 'nonce-0123456789abcdef',
    codeVerifier: 'v'.repeat(43),
    returnTo: '/soeg',
    expiresAt: now.getTime() + 600_000,
  }

  it('opens what it sealed, until it expires', () => {
    const sealed = sealTransaction(transaction, secret)
    expect(openTransaction(sealed, secret, now)).toEqual({ ok: true, transaction })
    expect(openTransaction(sealed, secret, new Date(transaction.expiresAt))).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('refuses a changed cookie, another secret and nothing', () => {
    const sealed = sealTransaction(transaction, secret)
    const [iv, body, tag] = sealed.split('.')
    const flipped = Buffer.from(body!, 'base64url')
    flipped[0] ^= 1
    expect(
      openTransaction([iv, flipped.toString('base64url'), tag].join('.'), secret, now).ok,
    ).toBe(false)
    expect(openTransaction(sealed, 'another-secret-0123456789', now)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(openTransaction(undefined, secret, now)).toEqual({ ok: false, reason: 'missing' })
    expect(openTransaction('a.b', secret, now)).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('where a sign-in returns to', () => {
  it('keeps portal paths and the admin, nothing outside', () => {
    expect(ssoReturnPath('/soeg?q=angst')).toBe('/soeg?q=angst')
    expect(ssoReturnPath('/admin')).toBe('/admin')
    expect(ssoReturnPath('/admin/collections/offers')).toBe('/admin/collections/offers')
    expect(ssoReturnPath('//evil.example')).toBe('/')
    expect(ssoReturnPath('/admin//evil.example')).toBe('/')
    expect(ssoReturnPath('/administrator')).toBe('/')
    expect(ssoReturnPath('https://evil.example')).toBe('/')
    expect(ssoReturnPath('/api/users/me')).toBe('/')
    expect(ssoReturnPath(null)).toBe('/')
  })
})

describe('messages', () => {
  it('has a sentence for every failure in every language', () => {
    for (const texts of Object.values(ssoTexts)) {
      for (const failure of ssoFailures)
        expect(texts.failures[failure]('Køge Kommune')).toMatch(/\S/)
    }
  })
})

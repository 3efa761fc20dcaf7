import { describe, expect, it } from 'vitest'

import {
  hasPublicContact,
  organizationContactMessage,
  publicContacts,
} from '@/domain/publicContact'

describe('hasPublicContact', () => {
  it('accepts a public contact with a phone or an e-mail', () => {
    expect(hasPublicContact([{ phone: '70 20 31 45', internal: false }], null)).toBe(true)
    expect(hasPublicContact([{ email: 'a@b.dk' }], null)).toBe(true)
  })

  it('does not count internal contacts, names alone or blank values', () => {
    expect(hasPublicContact([{ phone: '70 20 31 45', internal: true }], null)).toBe(false)
    expect(hasPublicContact([{ email: '  ', phone: '' }], null)).toBe(false)
    expect(hasPublicContact([], null)).toBe(false)
    expect(hasPublicContact(null, undefined)).toBe(false)
    expect(publicContacts([{ email: 'x@y.dk', internal: true }, { phone: '' }])).toEqual([])
  })

  it("falls back on the provider's phone or e-mail", () => {
    expect(hasPublicContact([{ phone: '70 20 31 45', internal: true }], { email: 'a@b.dk' })).toBe(
      true,
    )
    expect(hasPublicContact([], { phone: '56 67 67 67' })).toBe(true)
    expect(hasPublicContact([], { phone: null, email: '' })).toBe(false)
  })

  it('names the listings an organization may not strand, at most five', () => {
    expect(organizationContactMessage(['A'])).toContain('dette offentliggjorte opslag')
    const many = organizationContactMessage(['1', '2', '3', '4', '5', '6', '7'])
    expect(many).toContain('»5«')
    expect(many).not.toContain('»6«')
    expect(many).toContain('og 2 flere')
  })
})

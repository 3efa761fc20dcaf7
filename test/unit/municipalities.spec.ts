import { describe, expect, it } from 'vitest'

import { municipalitySchema } from '@/domain/municipality'
import { readMunicipalities } from '@/seed'

describe('content/municipalities.json', () => {
  const municipalities = readMunicipalities()

  it('holds the 98 municipalities with unique three-digit codes', () => {
    expect(municipalities).toHaveLength(98)
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(98)
    expect(new Set(municipalities.map((m) => m.name)).size).toBe(98)
  })

  it('spreads them over the five regions as in reality', () => {
    const perRegion = Object.fromEntries(
      [
        'Region Hovedstaden',
        'Region Sjælland',
        'Region Syddanmark',
        'Region Midtjylland',
        'Region Nordjylland',
      ].map((region) => [region, municipalities.filter((m) => m.region === region).length]),
    )
    expect(perRegion).toEqual({
      'Region Hovedstaden': 29,
      'Region Sjælland': 17,
      'Region Syddanmark': 22,
      'Region Midtjylland': 19,
      'Region Nordjylland': 11,
    })
  })

  it('has the official codes of well-known municipalities', () => {
    const byCode = new Map(municipalities.map((m) => [m.code, m.name]))
    expect(byCode.get('101')).toBe('København')
    expect(byCode.get('259')).toBe('Køge')
    expect(byCode.get('492')).toBe('Ærø')
    expect(byCode.get('580')).toBe('Aabenraa')
    expect(byCode.get('751')).toBe('Aarhus')
    expect(byCode.get('860')).toBe('Hjørring')
    expect(byCode.has('411')).toBe(false) // Christiansø is not a municipality
  })

  it('marks a network of at least six members, Køge among them', () => {
    const members = municipalities.filter((m) => m.networkMember)
    expect(members.length).toBeGreaterThanOrEqual(6)
    expect(members.map((m) => m.name)).toContain('Køge')
  })
})

describe('municipalitySchema', () => {
  it('refuses a code that is not three digits, in Danish', () => {
    const result = municipalitySchema.safeParse({
      code: '25',
      name: 'Køge',
      region: 'Region Sjælland',
      networkMember: true,
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Kommunekoden skal være tre cifre, fx 259.')
  })
})

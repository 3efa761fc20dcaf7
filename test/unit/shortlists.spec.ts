import { describe, expect, it } from 'vitest'

import { compareParam, shortlistName, toggledEntries } from '@/domain/shortlist'
import { getDictionary } from '@/i18n'
import { shortlistLabels } from '@/shortlists/labels'
import { csvCell, shortlistCsv, shortlistRow, type ListingForShortlist } from '@/shortlists/rows'

const listing: ListingForShortlist = {
  id: 7,
  kind: 'offer',
  slug: 'familiestart',
  title: 'Familiestart; "trygt" forløb',
  summary: 'Et forløb for familier.',
  visibility: 'internal',
  ageMin: 0,
  ageMax: 6,
  provider: 3,
  cost: { type: 'paid', rateDkk: 1250, rateUnit: 'hour' },
  capacity: { status: 'waitlist', waitingWeeks: 6, asOf: '2026-11-02T12:00:00.000Z' },
  contacts: [{ name: 'Mette Holm', role: 'Koordinator', phone: '70 20 31 45', email: 'mh@x.dk' }],
  locations: [
    { name: 'Huset', address: 'Torvet 1', postalCode: '4600', city: 'Køge' },
    { address: 'Vestergade 2', postalCode: '4000', city: 'Roskilde' },
  ],
  referral: { howTo: 'Ring til koordinatoren.' },
  lastVerifiedAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
}
const provider = { id: 3, name: 'Familiehuset', phone: '33 33 33 33', email: 'post@fh.dk' }

async function context() {
  return {
    t: await getDictionary('da'),
    l: shortlistLabels.da,
    locale: 'da' as const,
    origin: 'https://portal.example',
  }
}

describe('the name of a saved shortlist', () => {
  it('refuses a CPR-like number, says so, and never repeats it', () => {
    for (const name of ['Anna 010190-1234', 'Sag 0101901234', '31.12: 311299 1234']) {
      const result = shortlistName.safeParse(name)
      expect(result.success, name).toBe(false)
      const message = result.error!.issues[0]!.message
      expect(message).toMatch(/CPR-nummer/)
      expect(message).not.toMatch(/1234/)
    }
  })

  it('takes a name about the work, tidied, and refuses an empty or overlong one', () => {
    expect(shortlistName.parse('  Skolefravær,   udskoling 2026 ')).toBe(
      'Skolefravær, udskoling 2026',
    )
    // Phone numbers and postcodes are not CPR numbers.
    expect(shortlistName.parse('Køge 4600, tlf. 70 20 31 45')).toBe('Køge 4600, tlf. 70 20 31 45')
    expect(shortlistName.safeParse('   ').success).toBe(false)
    expect(shortlistName.safeParse('x'.repeat(81)).success).toBe(false)
  })
})

describe('toggling and comparing', () => {
  it('adds at the end and takes away what is there', () => {
    expect(toggledEntries(['tilbud/a'], 'tilbud/b')).toEqual(['tilbud/a', 'tilbud/b'])
    expect(toggledEntries(['tilbud/a', 'tilbud/b'], 'tilbud/a')).toEqual(['tilbud/b'])
  })

  it('compares one to four listings', () => {
    expect(compareParam.parse('tilbud/a,tilbud/b,tilbud/a')).toEqual(['tilbud/a', 'tilbud/b'])
    expect(compareParam.safeParse('tilbud/a,tilbud/b,tilbud/c,tilbud/d,tilbud/e').success).toBe(
      false,
    )
    expect(compareParam.safeParse('').success).toBe(false)
  })
})

describe('a shortlist row: everything a referral needs', () => {
  it('holds contact, price and rate, waiting time with its date, addresses, link and dates', async () => {
    const row = shortlistRow(listing, provider, await context())
    expect(row.contacts).toEqual(['Mette Holm, Koordinator, 70 20 31 45, mh@x.dk'])
    expect(row.price).toBe('Betalt (takst)')
    expect(row.rate).toMatch(/1\.250/)
    expect(row.waiting).toBe('ca. 6 uger')
    expect(row.asOf).toBe('2. november 2026')
    expect(row.addresses).toEqual(['Huset, Torvet 1, 4600 Køge', 'Vestergade 2, 4000 Roskilde'])
    expect(row.link).toBe('https://portal.example/tilbud/familiestart')
    expect(row.verified).toBe('1. oktober 2026')
    expect(row.provider).toBe('Familiehuset')
  })

  it('falls back to the provider’s phone and e-mail, and leaves out a rate the reader may not see', async () => {
    const anonymous = {
      ...listing,
      contacts: [{ name: 'Uden nummer' }],
      cost: { type: 'paid' as const },
    }
    const row = shortlistRow(anonymous, provider, await context())
    expect(row.contacts).toEqual(['Uden nummer', 'Familiehuset, 33 33 33 33, post@fh.dk'])
    expect(row.rate).toBe('')
  })
})

describe('the CSV export', () => {
  it('is a Danish spreadsheet: BOM, semicolons, quoted cells, one row per listing', async () => {
    const row = shortlistRow(listing, provider, await context())
    const csv = shortlistCsv([row], shortlistLabels.da)
    expect(csv.startsWith('\ufeffType;Titel;Udbyder;Alder;Pris;Takst;Kapacitet;Ventetid;')).toBe(
      true,
    )
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"Familiestart; ""trygt"" forløb"')
    expect(lines[1]).toContain('Mette Holm, Koordinator, 70 20 31 45, mh@x.dk')
    expect(lines[1]).toContain('Huset, Torvet 1, 4600 Køge | Vestergade 2, 4000 Roskilde')
    expect(lines[1]).toContain('https://portal.example/tilbud/familiestart')
    expect(lines[1]).toContain('ca. 6 uger')
  })

  it('never hands a spreadsheet a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+45 70 20 31 45')).toBe(`'+45 70 20 31 45`)
    expect(csvCell('Almindelig tekst')).toBe('Almindelig tekst')
  })
})

import { describe, expect, it } from 'vitest'

import { Offers } from '@/collections/Offers'
import { CooperationSides } from '@/cooperations/collections/CooperationSides'
import { formatDanishDate } from '@/domain/danishDate'
import { diffDocuments, relationKey, relationsIn } from '@/moderation/diff'
import { ownDocumentsQuery } from '@/moderation/ownListings'
import { reviewStateMessage } from '@/moderation/reviewState'
import { textToLexical } from '@/utilities/richText'

const offer = (overrides: Record<string, unknown> = {}) => ({
  id: 7,
  title: 'Samtalegruppe for unge',
  summary: 'Gruppeforløb for unge med angst.',
  description: textToLexical('Første afsnit.\n\nVi mødes hver tirsdag.\n\nSidste afsnit.'),
  provider: 3,
  topics: [1, 2],
  languages: ['da'],
  capacity: { status: 'open', waitingWeeks: null, asOf: '2026-11-03T00:00:00.000Z' },
  contacts: [
    { id: 'a1', name: 'Anne Holm', role: 'Koordinator', email: 'anne@example.dk', internal: false },
  ],
  review: { status: 'awaiting-review', submittedAt: '2026-11-04T12:00:00.000Z' },
  updatedAt: '2026-11-04T12:00:00.000Z',
  ...overrides,
})

const titles = new Map([
  [relationKey('topics', 1), 'Angst'],
  [relationKey('topics', 2), 'ADHD'],
  [relationKey('topics', 5), 'Ufrivilligt skolefravær'],
  [relationKey('organizations', 3), 'Foreningen Pusterummet'],
])

const diff = (draft: Record<string, unknown>, published = offer()) =>
  diffDocuments({ fields: Offers.fields, published, draft, titles })

const byLabel = (changes: ReturnType<typeof diff>) =>
  Object.fromEntries(changes.map((change) => [change.label, [change.before, change.after]]))

describe('formatDanishDate', () => {
  it('writes Danish dates in Danish time, with and without the time', () => {
    expect(formatDanishDate('2027-08-01T12:05:00.000Z')).toBe('1. august 2027')
    expect(formatDanishDate('2027-08-01T12:05:00.000Z', { withTime: true })).toBe(
      '1. august 2027 kl. 14.05',
    )
    // Midnight UTC on 31 December is already the new year in Copenhagen.
    expect(formatDanishDate(new Date('2026-12-31T23:30:00.000Z'))).toBe('1. januar 2027')
  })
})

describe('the review diff', () => {
  it('finds nothing when nothing but bookkeeping changed', () => {
    expect(
      diff(
        offer({ updatedAt: '2026-12-01T00:00:00.000Z', review: { status: 'x' }, importHash: 'h' }),
      ),
    ).toEqual([])
  })

  it('shows select values by their Danish option labels, under the Danish label path', () => {
    const changes = diff(
      offer({
        capacity: { status: 'waitlist', waitingWeeks: 6, asOf: '2026-11-03T00:00:00.000Z' },
      }),
    )
    expect(byLabel(changes)).toEqual({
      'Kapacitet › Status': ['Åben for henvisning', 'Venteliste'],
      'Kapacitet › Ventetid (uger)': ['–', '6'],
    })
  })

  it('shows dates in Danish, in Danish time', () => {
    const changes = diff(
      offer({ capacity: { status: 'open', waitingWeeks: null, asOf: '2026-11-24T23:00:00.000Z' } }),
    )
    expect(byLabel(changes)).toEqual({
      'Kapacitet › Opgjort den': ['3. november 2026', '25. november 2026'],
    })
  })

  it('names related documents instead of their ids', () => {
    const changes = diff(offer({ topics: [1, 5] }))
    expect(byLabel(changes)).toEqual({ Emner: ['Angst, ADHD', 'Angst, Ufrivilligt skolefravær'] })
    expect(diff(offer({ topics: [{ id: 1 }, { id: 2 }] }))).toEqual([])
  })

  it('collects every related document for one batch load', () => {
    const found = relationsIn(Offers.fields, [offer(), offer({ topics: [5] })])
    expect([...found.get('topics')!]).toEqual([1, 2, 5])
    expect([...found.get('organizations')!]).toEqual([3])
  })

  it('shows rich text as the paragraph that changed', () => {
    const changes = diff(
      offer({
        description: textToLexical(
          'Første afsnit.\n\nVi mødes hver onsdag kl. 16.\n\nSidste afsnit.',
        ),
      }),
    )
    expect(byLabel(changes)).toEqual({
      Beskrivelse: ['…\n\nVi mødes hver tirsdag.\n\n…', '…\n\nVi mødes hver onsdag kl. 16.\n\n…'],
    })
  })

  it('shows array rows changed field by field, added and removed', () => {
    const changed = diff(
      offer({
        contacts: [
          {
            id: 'a1',
            name: 'Anne Holm',
            role: 'Koordinator',
            email: 'ah@example.dk',
            internal: false,
          },
          { id: 'b2', name: 'Bo Lund', role: 'Rådgiver', email: null, internal: true },
        ],
      }),
    )
    expect(byLabel(changed)).toEqual({
      'Kontakter › 1 › E-mail': ['anne@example.dk', 'ah@example.dk'],
      'Kontakter › 2 (ny)': [
        '–',
        'Navn: Bo Lund · Funktion: Rådgiver · Kun for fagpersoner (intern): Ja',
      ],
    })
    const removed = diff(offer({ contacts: [] }))
    expect(byLabel(removed)).toEqual({
      'Kontakter › 1 (fjernet)': [
        'Navn: Anne Holm · Funktion: Koordinator · E-mail: anne@example.dk · Kun for fagpersoner (intern): Nej',
        '–',
      ],
    })
  })

  it("shows a change of an organization's side of a cooperation, its contacts row by row", () => {
    const side = {
      id: 3,
      title: 'Samarbejde – organisationens del',
      cooperation: 9,
      provider: 4,
      roles: { economic: null, functional: 'Driver grupperne', professional: null },
      contacts: [{ id: 'x', name: 'Anne Holm', role: 'Koordinator', email: null, phone: null }],
      contribution: 'Før',
    }
    const changes = diffDocuments({
      fields: CooperationSides.fields,
      published: side,
      draft: {
        ...side,
        contribution: 'Efter',
        contacts: [{ ...side.contacts[0]!, role: 'Leder' }],
      },
      titles: new Map(),
    })
    expect(byLabel(changes)).toEqual({
      'Det bidrager organisationen med': ['Før', 'Efter'],
      'Organisationens kontaktpersoner › 1 › Funktion': ['Koordinator', 'Leder'],
    })
  })

  it('lists every filled field of a new document', () => {
    const changes = diffDocuments({
      fields: Offers.fields,
      published: undefined,
      draft: offer(),
      titles,
    })
    expect(byLabel(changes)).toMatchObject({
      Titel: ['–', 'Samtalegruppe for unge'],
      Udbyder: ['–', 'Foreningen Pusterummet'],
      Sprog: ['–', 'Dansk'],
    })
  })
})

describe('the review state as the admin says it', () => {
  it('tells the editor what waits, since when, in Danish time', () => {
    expect(
      reviewStateMessage({ status: 'awaiting-review', submittedAt: '2026-12-01T17:49:00.000Z' }),
    ).toBe(
      'Din ændring venter på godkendelse hos en konsulent (indsendt 1. december 2026 kl. 18.49). Indtil da er den offentliggjorte version uændret.',
    )
    expect(reviewStateMessage({ status: 'changes-requested', comment: 'Tilføj ventetiden.' })).toBe(
      'En konsulent har sendt ændringen tilbage: »Tilføj ventetiden.«. Ret den, og gem igen.',
    )
    expect(reviewStateMessage({ status: null })).toBeNull()
  })

  it("opens an NGO editor's lists on their own organization's documents, nobody else's", () => {
    const editor = { role: 'ngo-editor', organization: 4 }
    expect(ownDocumentsQuery('offers', editor)).toBe('where[or][0][and][0][provider][equals]=4')
    expect(ownDocumentsQuery('organizations', editor)).toBe('where[or][0][and][0][id][equals]=4')
    expect(ownDocumentsQuery('offers', { role: 'consultant', organization: 4 })).toBeUndefined()
  })
})

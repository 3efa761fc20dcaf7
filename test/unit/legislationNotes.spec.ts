import { describe, expect, it } from 'vitest'

import {
  filterNotes,
  noteIndexQuery,
  parseNoteIndexParams,
  type IndexNote,
  type NoteFilterContext,
} from '@/legislation/notes/noteIndex'
import { visibleTo, type PublishedNote } from '@/legislation/notes/publishedNotes'
import type { User } from '@/payload-types'
import {
  isNoticeWorthy,
  noteState,
  noteTaskKey,
  noticeCutoffDay,
  noticeCutoffInstant,
} from '@/legislation/notes/window'

const at = (iso: string) => new Date(iso)
const day = (iso: string) => `${iso}T12:00:00.000Z`

describe('the window of a note on the listings it affects', () => {
  const now = at('2026-12-01T10:00:00Z')

  it('opens 12 months back on the Copenhagen calendar and never closes for coming notes', () => {
    expect(noticeCutoffDay(now)).toBe('2025-12-01')
    expect(isNoticeWorthy(day('2025-12-01'), now)).toBe(true)
    expect(isNoticeWorthy(day('2025-11-30'), now)).toBe(false)
    expect(isNoticeWorthy(day('2027-07-01'), now)).toBe(true)
    expect(isNoticeWorthy(day('2024-01-01'), now)).toBe(false)
    expect(isNoticeWorthy(null, now)).toBe(false)
  })

  it('reads the day in Copenhagen: 23:30 UTC on 30 November is already 1 December there', () => {
    const lateEvening = at('2026-11-30T23:30:00Z')
    expect(noticeCutoffDay(lateEvening)).toBe('2025-12-01')
    expect(noticeCutoffInstant(lateEvening).toISOString()).toBe('2025-11-30T23:00:00.000Z')
    // Summer time: midnight is 22:00 UTC.
    expect(noticeCutoffInstant(at('2026-07-01T10:00:00Z')).toISOString()).toBe(
      '2025-06-30T22:00:00.000Z',
    )
  })

  it('starts on 28 February a year after a 29 February', () => {
    expect(noticeCutoffDay(at('2028-02-29T12:00:00Z'))).toBe('2027-02-28')
  })

  it('says »træder i kraft« until the day itself, then »i kraft«', () => {
    expect(noteState(day('2026-12-02'), now)).toBe('upcoming')
    expect(noteState(day('2026-12-01'), now)).toBe('in-force')
    expect(noteState(day('2026-07-01'), now)).toBe('in-force')
  })

  it('keys one task per listing and note', () => {
    expect(noteTaskKey('offers', 12, 7)).toBe('legislation-note:offers:12:note:7')
    expect(noteTaskKey('mentors', 12, 7)).not.toBe(noteTaskKey('offers', 12, 7))
  })
})

describe('/lovgivning parameters', () => {
  it('reads topics and laws repeated, a year, a state and a page; empty values are absent', () => {
    const { params, invalid } = parseNoteIndexParams({
      q: ' skolefravær ',
      emne: ['angst', 'angst', 'autisme'],
      lov: 'barnets-lov',
      aar: '2026',
      status: 'kommende',
      side: '2',
      utm_source: 'nyhedsbrev',
    })
    expect(invalid).toEqual([])
    expect(params).toEqual({
      q: 'skolefravær',
      emne: ['angst', 'autisme'],
      lov: ['barnets-lov'],
      aar: 2026,
      status: 'kommende',
      side: 2,
    })
    expect(parseNoteIndexParams({ emne: '', aar: '', status: '' })).toEqual({
      params: { q: '', emne: [], lov: [], side: 1 },
      invalid: [],
    })
  })

  it('leaves out what it cannot read, names it, and keeps the rest', () => {
    const { params, invalid } = parseNoteIndexParams({
      lov: 'grundloven',
      aar: 'sidste år',
      status: 'ophaevet',
      side: '-1',
      emne: '<script>',
      q: 'x'.repeat(201),
    })
    expect(invalid.sort()).toEqual(['aar', 'emne', 'lov', 'q', 'side', 'status'])
    expect(params).toEqual({ q: '', emne: [], lov: [], side: 1 })
  })

  it('writes the state back as a query string, defaults left out', () => {
    expect(noteIndexQuery({ q: 'ung', emne: ['angst'], lov: [], aar: 2027, side: 1 })).toBe(
      'q=ung&emne=angst&aar=2027',
    )
    expect(noteIndexQuery({ emne: ['a', 'b'], status: 'gaeldende', side: 3 })).toBe(
      'emne=a&emne=b&status=gaeldende&side=3',
    )
  })
})

describe('/lovgivning filters', () => {
  const notes: IndexNote[] = [
    {
      id: 1,
      title: 'Barnets lov',
      summary: '',
      effectiveDate: day('2024-01-01'),
      topics: [10],
      legalBases: [100],
    },
    {
      id: 2,
      title: 'Skolefravær',
      summary: '',
      effectiveDate: day('2026-08-01'),
      topics: [11],
      legalBases: [200],
    },
    {
      id: 3,
      title: 'Ungestøtte',
      summary: '',
      effectiveDate: day('2027-07-01'),
      topics: [12],
      legalBases: [100],
    },
    {
      id: 4,
      title: 'Angst',
      summary: '',
      effectiveDate: day('2026-08-01'),
      topics: [13],
      legalBases: [],
    },
  ]
  const context: NoteFilterContext = {
    now: at('2026-12-01T10:00:00Z'),
    // 13 (angst) lies under 10 (psykisk mistrivsel).
    topicParent: new Map<number, number | null>([
      [10, null],
      [11, null],
      [12, null],
      [13, 10],
    ]),
    topicIdBySlug: new Map([
      ['psykisk-mistrivsel', 10],
      ['skolefravaer', 11],
      ['anbragte', 12],
      ['angst', 13],
    ]),
    lawOfBasis: new Map([
      [100, 'barnets-lov'],
      [200, 'folkeskoleloven'],
    ]),
    matchingIds: null,
  }
  const ids = (query: Record<string, string | string[]>, extra: Partial<NoteFilterContext> = {}) =>
    filterNotes(notes, parseNoteIndexParams(query).params, { ...context, ...extra }).map(
      (note) => note.id,
    )

  it('lists every note newest effective date first, ties by title', () => {
    expect(ids({})).toEqual([3, 4, 2, 1])
  })

  it('narrows by topic (a broader topic takes in its narrower ones), law, year and state', () => {
    expect(ids({ emne: 'psykisk-mistrivsel' })).toEqual([4, 1])
    expect(ids({ emne: 'angst' })).toEqual([4])
    expect(ids({ emne: ['angst', 'anbragte'] })).toEqual([3, 4])
    expect(ids({ emne: 'findes-ikke' })).toEqual([])
    expect(ids({ lov: 'barnets-lov' })).toEqual([3, 1])
    expect(ids({ lov: ['barnets-lov', 'folkeskoleloven'] })).toEqual([3, 2, 1])
    expect(ids({ aar: '2026' })).toEqual([4, 2])
    expect(ids({ status: 'kommende' })).toEqual([3])
    expect(ids({ status: 'gaeldende', lov: 'barnets-lov' })).toEqual([1])
  })

  it('keeps only what the word search found', () => {
    expect(ids({ q: 'skole' }, { matchingIds: new Set([2, 99]) })).toEqual([2])
  })
})

describe('which recent notes a reader sees on listings', () => {
  const note = (visibility: 'public' | 'internal'): PublishedNote => ({
    id: 1,
    title: 'Note',
    summary: 'Summary',
    slug: 'note',
    effectiveDate: day('2026-08-01'),
    visibility,
    affects: new Set(['offers:1']),
  })
  const as = (role: string | null) =>
    visibleTo(role ? ({ id: 1, role, collection: 'users' } as unknown as User) : null)

  it('follows the notes’ own read access: internal ones for professionals only', () => {
    for (const role of [null, 'ngo-editor']) {
      expect(as(role)(note('public')), String(role)).toBe(true)
      expect(as(role)(note('internal')), String(role)).toBe(false)
    }
    for (const role of ['caseworker', 'consultant', 'admin']) {
      expect(as(role)(note('internal')), role).toBe(true)
    }
  })
})

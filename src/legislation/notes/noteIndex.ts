import { z } from 'zod'

import { copenhagenDay } from '@/domain/danishDate'
import { lawValues } from '@/domain/options'
import { localePrefix } from '@/domain/urls'
import { defaultLocale, type Locale } from '@/i18n/locales'

import { noteState, type NoteState } from './window'

/**
 * The notes index, `/lovgivning`: every published note the reader may read, newest effective date
 * first, narrowed by topic (`emne`, a topic slug; a broader topic takes in its narrower ones), law
 * (`lov`), year of entry into force (`aar`) and state (`status`: `kommende` for »træder i kraft«,
 * `gaeldende` for »i kraft«), with the portal's search for words (`q`). The URL is the whole state,
 * so the page is a plain GET form that works without JavaScript. `emne` and `lov` may repeat (OR),
 * as in the notes' feed.
 */
export const NOTES_PER_PAGE = 20

const stateParams = { kommende: 'upcoming', gaeldende: 'in-force' } as const satisfies Record<
  string,
  NoteState
>
export type StateParam = keyof typeof stateParams
export const stateParamValues = Object.keys(stateParams) as StateParam[]

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/)
const many = <T extends z.ZodType>(item: T) => z.array(item).max(20).default([])

export const noteIndexSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .refine((value) => !value.includes('\u0000'))
    .default(''),
  emne: many(slug),
  lov: many(z.enum(lawValues as [string, ...string[]])),
  aar: z.coerce.number().int().min(1900).max(2199).optional(),
  status: z.enum(stateParamValues as [StateParam, ...StateParam[]]).optional(),
  side: z.coerce.number().int().min(1).max(1000).default(1),
})
export type NoteIndexParams = z.infer<typeof noteIndexSchema>

const repeatable = new Set(['emne', 'lov'])
const known = new Set(Object.keys(noteIndexSchema.shape))

export type ParsedNoteIndex = {
  params: NoteIndexParams
  /** The parameters that could not be read (they are left out: the rest still applies). */
  invalid: string[]
}

/**
 * Reads the index's parameters from what Next hands the page. Empty values (a GET form's »Alle«)
 * count as absent; unknown parameters (tracking tails) are ignored; a value that cannot be read is
 * left out and named, so the page says so in Danish instead of failing.
 */
export function parseNoteIndexParams(
  input: Record<string, string | string[] | undefined>,
): ParsedNoteIndex {
  const raw: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(input)) {
    if (!known.has(key) || value === undefined) continue
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '')
    if (values.length === 0) continue
    raw[key] = repeatable.has(key) ? values : values[0]
  }
  const invalid: string[] = []
  // Each parameter on its own, so one bad value does not cost the others.
  for (const key of Object.keys(raw)) {
    const field = noteIndexSchema.shape[key as keyof typeof noteIndexSchema.shape]
    if (!field.safeParse(raw[key]).success) {
      invalid.push(key)
      delete raw[key]
    }
  }
  const params = noteIndexSchema.parse(raw)
  params.emne = [...new Set(params.emne)]
  params.lov = [...new Set(params.lov)]
  return { params, invalid }
}

/** The query string of an index state, defaults left out. */
export function noteIndexQuery(params: Partial<NoteIndexParams>): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  for (const value of params.emne ?? []) query.append('emne', value)
  for (const value of params.lov ?? []) query.append('lov', value)
  if (params.aar) query.set('aar', String(params.aar))
  if (params.status) query.set('status', params.status)
  if (params.side && params.side > 1) query.set('side', String(params.side))
  return query.toString()
}

export const notesIndexPath = (locale: Locale = defaultLocale, query = '') =>
  `${localePrefix(locale)}/lovgivning${query ? `?${query}` : ''}`

/** What the index needs of a note. */
export type IndexNote = {
  id: number
  title: string
  summary: string
  slug?: string | null
  effectiveDate?: string | null
  topics?: Array<number | { id: number }> | null
  legalBases?: Array<number | { id: number }> | null
  visibility?: 'public' | 'internal' | null
}

export type NoteFilterContext = {
  now: Date
  /** Topic id → parent topic id (null at the top). */
  topicParent: Map<number, number | null>
  topicIdBySlug: Map<string, number>
  /** Legal basis id → its law. */
  lawOfBasis: Map<number, string>
  /** The ids the word search found, or null without words. */
  matchingIds: Set<number> | null
}

const idOf = (value: number | { id: number }) => (typeof value === 'number' ? value : value.id)

export const yearOf = (effectiveDate: string | null | undefined): number | null =>
  effectiveDate ? Number(copenhagenDay(new Date(effectiveDate)).slice(0, 4)) : null

/** Whether a topic is `ancestor` or lies under it. */
function within(topicId: number, ancestor: number, parent: Map<number, number | null>): boolean {
  let current: number | null | undefined = topicId
  for (let depth = 0; current != null && depth < 20; depth++) {
    if (current === ancestor) return true
    current = parent.get(current)
  }
  return false
}

/** The notes that pass every filter, newest effective date first (ties: title). */
export function filterNotes<N extends IndexNote>(
  notes: N[],
  params: NoteIndexParams,
  context: NoteFilterContext,
): N[] {
  const topicIds = params.emne
    .map((slug) => context.topicIdBySlug.get(slug))
    .filter((id): id is number => id !== undefined)
  // An unknown topic slug finds nothing rather than everything.
  const topicFilter = params.emne.length > 0
  const wanted = stateParams[params.status as StateParam] as NoteState | undefined
  return notes
    .filter((note) => {
      if (context.matchingIds && !context.matchingIds.has(note.id)) return false
      if (topicFilter) {
        const own = (note.topics ?? []).map(idOf)
        if (!own.some((id) => topicIds.some((topic) => within(id, topic, context.topicParent))))
          return false
      }
      if (params.lov.length > 0) {
        const laws = (note.legalBases ?? []).map((b) => context.lawOfBasis.get(idOf(b)))
        if (!laws.some((law) => law !== undefined && params.lov.includes(law))) return false
      }
      if (params.aar && yearOf(note.effectiveDate) !== params.aar) return false
      if (wanted && noteState(note.effectiveDate, context.now) !== wanted) return false
      return true
    })
    .sort(
      (a, b) =>
        (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? '') ||
        a.title.localeCompare(b.title, 'da'),
    )
}

import { z } from 'zod'

import { publicationStatuses, visibilityValues } from '@/domain/options'
import { effectiveDate, externalId, slug, slugify } from '@/domain/rules'
import { lexicalToText, textToLexical } from '@/utilities/richText'

import { list, paragraphs, summary, text } from '../fields'
import { compact, day, defineSection } from '../section'

export const legislationNoteInput = z.object({
  externalId,
  status: z.enum(publicationStatuses).default('published'),
  title: text('Titlen mangler.'),
  slug: slug.optional(),
  summary,
  body: paragraphs('Noten mangler tekst.'),
  effectiveDate,
  legalBases: list(externalId),
  topics: list(slug),
  affects: list(externalId),
  visibility: z.enum(visibilityValues, {
    message: 'Synligheden skal være "public" eller "internal".',
  }),
})
export type LegislationNoteInput = z.infer<typeof legislationNoteInput>

/** Consultants' notes on new legislation, linked to the listings they affect. */
export const legislationNotes = defineSection({
  name: 'legislationNotes',
  labels: { one: 'lovgivningsnote', many: 'lovgivningsnoter', english: 'legislation notes' },
  schema: legislationNoteInput,
  keyField: 'externalId',
  collections: ['legislation-notes'],
  uniqueSlugs: true,
  references: [
    { field: 'legalBases', to: 'legalBases', what: 'lovbestemmelse', keys: (n) => n.legalBases },
    { field: 'topics', to: 'topics', what: 'emne', keys: (n) => n.topics },
    { field: 'affects', to: 'listings', what: 'opslag', keys: (n) => n.affects },
  ],
  statusOf: (note) => note.status,
  toData: (note, context) => ({
    externalId: note.externalId,
    title: note.title,
    slug: context.uniqueSlug(
      'legislation-notes',
      note.slug ?? slugify(note.title),
      note.externalId,
    ),
    summary: note.summary,
    body: textToLexical(note.body),
    effectiveDate: note.effectiveDate,
    legalBases: context.ids('legalBases', note.legalBases),
    topics: context.ids('topics', note.topics),
    affects: note.affects.map((key) => context.ref('listings', key)),
    visibility: note.visibility,
  }),
  exportItem: (n, context) =>
    compact({
      externalId: String(n.externalId),
      status: n._status as 'published',
      title: String(n.title),
      slug: String(n.slug) === slugify(String(n.title)) ? undefined : String(n.slug),
      summary: String(n.summary),
      body: lexicalToText(n.body),
      effectiveDate: day(n.effectiveDate)!,
      legalBases: context.keys('legal-bases', n.legalBases),
      topics: context.keys('topics', n.topics),
      affects: ((n.affects as Array<{ relationTo: string; value: number }> | null) ?? []).map(
        (ref) => context.key(ref.relationTo as 'offers', ref.value)!,
      ),
      visibility: n.visibility as 'public',
    }),
})

import { existsSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { evidenceLevelValues, publicationStatuses, visibilityValues } from '@/domain/options'
import { externalId, slug, slugify } from '@/domain/rules'
import { methodTypeValues } from '@/network/methods/options'
import { lexicalToText, textToLexical } from '@/utilities/richText'

import { contentDir } from '../content'
import { list, paragraphs, summary, text } from '../fields'
import { compact, day, defineSection } from '../section'

/** A method's file in the format: a PDF or .docx under content/, with its title. */
const methodFile = z.object({
  path: z
    .string()
    .trim()
    .regex(/^[\w\-/.]+\.(pdf|docx)$/i, 'Filen skal være en PDF eller .docx under content/.')
    .refine((value) => !value.split('/').includes('..'), 'Stien må ikke gå ud af content/.'),
  title: text('Filen mangler en titel.'),
})

export const methodInput = z.object({
  externalId,
  /** The network that owns the method (its externalId); none: the secretariat's own. */
  network: externalId.optional(),
  status: z.enum(publicationStatuses).default('published'),
  title: text('Titlen mangler.'),
  slug: slug.optional(),
  methodType: z.enum(methodTypeValues, {
    message: 'Typen skal være "method", "template" eller "procedure".',
  }),
  summary,
  description: paragraphs('Beskrivelsen mangler.'),
  whenToUse: text('Det mangler, hvornår metoden bruges.'),
  evidenceLevel: z.enum(evidenceLevelValues, {
    message: 'Evidensniveauet skal være "evidence-based", "promising" eller "experience-based".',
  }),
  topics: list(slug),
  owner: text('Ejeren mangler.'),
  version: text('Versionen mangler.'),
  versionDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Versionsdatoen skal skrives ÅÅÅÅ-MM-DD.')
    .optional(),
  files: list(methodFile),
  visibility: z.enum(visibilityValues, {
    message: 'Synligheden skal være "public" eller "internal".',
  }),
})
export type MethodInput = z.infer<typeof methodInput>

/** Methods and templates of the network, with their files (uploaded to the media collection). */
export const methods = defineSection({
  name: 'methods',
  labels: { one: 'metode', many: 'metoder og skabeloner', english: 'methods and templates' },
  schema: methodInput,
  keyField: 'externalId',
  collections: ['methods'],
  uniqueSlugs: true,
  references: [
    {
      field: 'network',
      to: 'networks',
      what: 'netværk',
      keys: (m) => (m.network ? [m.network] : []),
    },
    { field: 'topics', to: 'topics', what: 'emne', keys: (m) => m.topics },
  ],
  check: (method) =>
    method.files.flatMap((file, index) =>
      existsSync(path.resolve(contentDir, file.path))
        ? []
        : [{ field: `files.${index}.path`, message: `Filen findes ikke: content/${file.path}.` }],
    ),
  statusOf: (method) => method.status,
  toData: (method, context) => ({
    externalId: method.externalId,
    network: method.network ? (context.id('networks', method.network) ?? null) : null,
    title: method.title,
    slug: context.uniqueSlug('methods', method.slug ?? slugify(method.title), method.externalId),
    methodType: method.methodType,
    summary: method.summary,
    description: textToLexical(method.description),
    whenToUse: method.whenToUse,
    evidenceLevel: method.evidenceLevel,
    topics: context.ids('topics', method.topics),
    owner: method.owner,
    version: method.version,
    versionDate: method.versionDate ?? null,
    visibility: method.visibility,
  }),
  attachments: async (method, upload) => ({
    files: await Promise.all(
      method.files.map((file) => upload({ path: file.path, alt: file.title })),
    ),
  }),
  exportItem: (m, context) =>
    compact({
      externalId: String(m.externalId),
      network: context.key('networks', m.network),
      status: m._status as 'published',
      title: String(m.title),
      slug: String(m.slug) === slugify(String(m.title)) ? undefined : String(m.slug),
      methodType: m.methodType as 'method',
      summary: String(m.summary),
      description: lexicalToText(m.description),
      whenToUse: String(m.whenToUse),
      evidenceLevel: m.evidenceLevel as 'promising',
      topics: context.keys('topics', m.topics),
      owner: String(m.owner),
      version: String(m.version),
      versionDate: day(m.versionDate),
      // Files are named by where the sample content keeps them (content/methods/<name>).
      files: (
        (m.files as Array<{ filename?: string; alt?: string } | number> | null) ?? []
      ).flatMap((file) =>
        typeof file === 'object' && file.filename
          ? [{ path: `methods/${file.filename}`, title: String(file.alt ?? file.filename) }]
          : [],
      ),
      visibility: m.visibility as 'public',
    }),
})

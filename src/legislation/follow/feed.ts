import type { Payload, Where } from 'payload'
import { z } from 'zod'

import { formatDanishDate } from '@/domain/danishDate'
import { lawLabel, lawValues } from '@/domain/options'
import { paths } from '@/domain/urls'
import { relationIds } from '@/utilities/relationId'

import type { AtomFeed } from './atom'
import { legalBasesOfLaws } from './changes'
import { followPaths } from './paths'

/** Entries per feed: the newest new or changed notes. */
export const FEED_SIZE = 50
/** The feed of an empty site still needs an `updated`. */
const EPOCH = new Date('2024-01-01T00:00:00Z')

type TopicRef = { id: number; slug?: string | null; name: string; parent?: unknown }

const paramList = z.array(z.string().max(100)).max(20)

export type FeedQuery = { topics: TopicRef[]; laws: string[] }
export type FeedQueryCheck = { ok: true; query: FeedQuery } | { ok: false; message: string }

/**
 * `?emne=<topic slug>` and `?lov=<law>`, each repeatable: several values of one parameter widen
 * (any of them), the two parameters narrow each other (a note in one of the topics and citing one
 * of the laws). Unknown values are refused with a precise Danish message, never ignored: a feed
 * reader would otherwise silently follow everything.
 */
export function parseFeedQuery(params: URLSearchParams, topics: TopicRef[]): FeedQueryCheck {
  const emne = paramList.safeParse(params.getAll('emne'))
  const lov = paramList.safeParse(params.getAll('lov'))
  if (!emne.success || !lov.success) {
    return {
      ok: false,
      message: 'For mange eller for lange værdier i ?emne= eller ?lov= (højst 20 af hver).',
    }
  }
  const bySlug = new Map(topics.filter((t) => t.slug).map((t) => [t.slug!, t]))
  const chosen: TopicRef[] = []
  for (const slug of new Set(emne.data.map((value) => value.trim().toLowerCase()))) {
    const topic = bySlug.get(slug)
    if (!topic) {
      return {
        ok: false,
        message: `Ukendt emne i ?emne=: »${slug}«. Brug et emnes kortnavn, fx ?emne=${topics.find((t) => t.slug)?.slug ?? 'angst'} (se /emner).`,
      }
    }
    chosen.push(topic)
  }
  const laws: string[] = []
  for (const law of new Set(lov.data.map((value) => value.trim().toLowerCase()))) {
    if (!(lawValues as readonly string[]).includes(law)) {
      return {
        ok: false,
        message: `Ukendt lov i ?lov=: »${law}«. Mulige værdier: ${lawValues.join(', ')}.`,
      }
    }
    laws.push(law)
  }
  return { ok: true, query: { topics: chosen, laws } }
}

/** The feed's canonical query: sorted, so one feed has one id. */
export function canonicalQuery(query: FeedQuery): string {
  const params = [
    ...query.topics
      .map((t) => ['emne', t.slug!] as const)
      .sort(([, a], [, b]) => a.localeCompare(b)),
    ...[...query.laws].sort().map((law) => ['lov', law] as const),
  ]
  return params.length ? `?${new URLSearchParams(params as Array<[string, string]>)}` : ''
}

/**
 * The Atom feed of legislation notes, newest change first, as an anonymous visitor may read them
 * (published and public: the notes' own read access with no user, whoever asks), narrowed by
 * topics (with their narrower topics) and laws. `base` is the portal's absolute origin.
 */
export async function loadFeed(
  payload: Payload,
  params: URLSearchParams,
  base: string,
): Promise<{ ok: true; feed: AtomFeed } | { ok: false; message: string }> {
  // access: topics are readable by anyone.
  const { docs: topics } = await payload.find({
    collection: 'topics',
    select: { name: true, slug: true, parent: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const parsed = parseFeedQuery(params, topics)
  if (!parsed.ok) return parsed
  const { query } = parsed
  const chosenIds = query.topics.map((t) => t.id)
  const topicIds = [
    ...new Set([
      ...chosenIds,
      ...topics.filter((t) => chosenIds.includes(Number(t.parent))).map((t) => t.id),
    ]),
  ]
  const baseIds = await legalBasesOfLaws(payload, query.laws)
  const narrowing: Where[] = []
  if (topicIds.length > 0) narrowing.push({ topics: { in: topicIds } })
  if (query.laws.length > 0) narrowing.push({ legalBases: { in: baseIds.length ? baseIds : [0] } })

  const { docs } = await payload.find({
    collection: 'legislation-notes',
    where: { and: [{ _status: { equals: 'published' } }, ...narrowing] },
    select: {
      title: true,
      summary: true,
      slug: true,
      effectiveDate: true,
      topics: true,
      legalBases: true,
      createdAt: true,
      updatedAt: true,
    },
    sort: ['-updatedAt', '-id'],
    depth: 0,
    limit: FEED_SIZE,
    // No user: what an anonymous visitor may read, whoever asks (a feed is shared and cached).
    overrideAccess: false,
  })

  const citedIds = [...new Set(docs.flatMap((doc) => relationIds(doc.legalBases)))]
  // access: legal bases are readable by anyone.
  const cited = citedIds.length
    ? (
        await payload.find({
          collection: 'legal-bases',
          where: { id: { in: citedIds } },
          select: { law: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const lawOfBase = new Map(cited.map((basis) => [basis.id, basis.law]))
  const topicById = new Map(topics.map((t) => [t.id, t]))

  let updated = docs[0] ? new Date(docs[0].updatedAt) : null
  if (!updated) {
    const { docs: newest } = await payload.find({
      collection: 'legislation-notes',
      where: { _status: { equals: 'published' } },
      select: { updatedAt: true },
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    updated = newest[0] ? new Date(newest[0].updatedAt) : EPOCH
  }

  const host = new URL(base).hostname
  const narrowedBy = [
    ...(query.topics.length ? [`emne: ${query.topics.map((t) => t.name).join(', ')}`] : []),
    ...(query.laws.length ? [`lov: ${query.laws.map(lawLabel).join(', ')}`] : []),
  ]
  const self = `${base}${followPaths.feed}${canonicalQuery(query)}`
  return {
    ok: true,
    feed: {
      id: self,
      title: `Videnportal – nye og ændrede lovgivningsnoter${narrowedBy.length ? ` (${narrowedBy.join('; ')})` : ''}`,
      subtitle:
        'Udviklingskonsulenternes noter om ny lovgivning og praksis for børn og unge med særlige behov.',
      updated,
      author: { name: 'Videnportal – udviklingskonsulenterne', uri: base },
      self,
      alternate: `${base}/lovgivning`,
      lang: 'da',
      entries: docs
        .filter((doc) => doc.slug)
        .map((doc) => {
          const laws = [
            ...new Set(relationIds(doc.legalBases).flatMap((id) => lawOfBase.get(id) ?? [])),
          ]
          return {
            id: `tag:${host},2024:legislation-note:${doc.id}`,
            title: doc.title,
            updated: new Date(doc.updatedAt),
            published: new Date(doc.createdAt),
            link: `${base}${paths.document('legislation-note', doc.slug!)}`,
            summary: [
              doc.summary,
              doc.effectiveDate ? `Gælder fra ${formatDanishDate(doc.effectiveDate)}.` : '',
            ]
              .filter(Boolean)
              .join('\n\n'),
            categories: [
              ...relationIds(doc.topics).flatMap((id) => {
                const topic = topicById.get(id)
                return topic?.slug
                  ? [{ term: topic.slug, label: topic.name, scheme: `${base}/emner` }]
                  : []
              }),
              ...laws.map((law) => ({
                term: law,
                label: lawLabel(law),
                scheme: `${base}/lovgivning`,
              })),
            ],
          }
        }),
    },
  }
}

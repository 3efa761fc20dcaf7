import 'server-only'

import type { Payload } from 'payload'

import { relationId } from '@/utilities/relationId'
import type { LegalBase, Municipality, Topic } from '@/payload-types'
import { loadReferenceOutcomes, type ReferenceOutcome } from '@/outcomes/reference'

import { refreshingCache } from '@/utilities/refreshingCache'

import { REFERENCE_DATA_CACHE } from './referenceCache'

/**
 * Reference data every page labels things with: topics, municipalities and legal bases. All three
 * are readable by anyone (same answer for every reader), small, and rarely change, so they are read
 * once and kept in memory for a minute (refreshed in the background, src/utilities/refreshingCache.ts)
 * instead of being joined into every page's queries, and forgotten at once on this server when one
 * of them changes (./referenceCache.ts).
 */
export type ReferenceTopic = Pick<Topic, 'id' | 'name' | 'slug' | 'facet' | 'description'> & {
  parent: number | null
}
export type ReferenceMunicipality = Pick<
  Municipality,
  'id' | 'code' | 'name' | 'region' | 'networkMember'
>
export type ReferenceLegalBasis = Pick<
  LegalBase,
  'id' | 'citation' | 'law' | 'heading' | 'eli' | 'validFrom' | 'validTo' | 'externalId'
> & { replaces: number | null }

export type ReferenceData = {
  topics: ReferenceTopic[]
  topicById: Map<number, ReferenceTopic>
  topicBySlug: Map<string, ReferenceTopic>
  municipalities: ReferenceMunicipality[]
  municipalityById: Map<number, ReferenceMunicipality>
  municipalityByCode: Map<string, ReferenceMunicipality>
  members: ReferenceMunicipality[]
  legalBases: ReferenceLegalBasis[]
  legalBasisById: Map<number, ReferenceLegalBasis>
  legalBasisByKey: Map<string, ReferenceLegalBasis>
  /** Outcomes (src/outcomes), by id and by slug. */
  outcomeById: Map<number, ReferenceOutcome>
  outcomeBySlug: Map<string, ReferenceOutcome>
}

const TTL_MS = 60_000

async function load(payload: Payload): Promise<ReferenceData> {
  const [topics, municipalities, legalBases, outcomes] = await Promise.all([
    payload.find({
      collection: 'topics',
      select: { name: true, slug: true, facet: true, parent: true, description: true },
      sort: 'name',
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'municipalities',
      select: { code: true, name: true, region: true, networkMember: true },
      sort: 'name',
      depth: 0,
      limit: 200,
      pagination: false,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'legal-bases',
      select: {
        citation: true,
        law: true,
        heading: true,
        eli: true,
        validFrom: true,
        validTo: true,
        externalId: true,
        replaces: true,
      },
      sort: 'citation',
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: false,
    }),
    loadReferenceOutcomes(payload),
  ])
  const topicList: ReferenceTopic[] = topics.docs.map((topic) => ({
    id: topic.id,
    name: topic.name,
    slug: topic.slug,
    facet: topic.facet,
    description: topic.description,
    parent: relationId(topic.parent) ?? null,
  }))
  const municipalityList: ReferenceMunicipality[] = municipalities.docs.map((m) => ({
    id: m.id,
    code: m.code,
    name: m.name,
    region: m.region,
    networkMember: m.networkMember,
  }))
  const legalBasisList: ReferenceLegalBasis[] = legalBases.docs.map((basis) => ({
    id: basis.id,
    citation: basis.citation,
    law: basis.law,
    heading: basis.heading,
    eli: basis.eli,
    validFrom: basis.validFrom,
    validTo: basis.validTo,
    externalId: basis.externalId,
    replaces: relationId(basis.replaces) ?? null,
  }))
  const legalBasisByKey = new Map<string, ReferenceLegalBasis>()
  for (const basis of legalBasisList) {
    if (basis.externalId) legalBasisByKey.set(basis.externalId, basis)
  }
  return {
    topics: topicList,
    topicById: new Map(topicList.map((t) => [t.id, t])),
    topicBySlug: new Map(topicList.filter((t) => t.slug).map((t) => [t.slug!, t])),
    municipalities: municipalityList,
    municipalityById: new Map(municipalityList.map((m) => [m.id, m])),
    municipalityByCode: new Map(municipalityList.map((m) => [m.code, m])),
    members: municipalityList.filter((m) => m.networkMember),
    legalBases: legalBasisList,
    legalBasisById: new Map(legalBasisList.map((b) => [b.id, b])),
    legalBasisByKey,
    outcomeById: new Map(outcomes.map((o) => [o.id, o])),
    outcomeBySlug: new Map(outcomes.filter((o) => o.slug).map((o) => [o.slug!, o])),
  }
}

/** Ids a page is about to look up in the reference data (e.g. a listing's topics and outcomes). */
export type ReferenceIds = {
  topics?: readonly number[]
  legalBases?: readonly number[]
  outcomes?: readonly number[]
}

/**
 * The reference data, kept for a minute. Given the ids a page needs, a cached copy that lacks one
 * of them (made before that topic, provision or outcome existed, here or on another app server) is
 * read again at once, so a new one never goes missing from a page for a minute.
 */
export async function getReferenceData(
  payload: Payload,
  needs?: ReferenceIds,
): Promise<ReferenceData> {
  const data = await cachedReferenceData(payload, false)
  if (!needs) return data
  const missing = (ids: readonly number[] | undefined, map: ReadonlyMap<number, unknown>) =>
    (ids ?? []).some((id) => !map.has(id))
  if (
    missing(needs.topics, data.topicById) ||
    missing(needs.legalBases, data.legalBasisById) ||
    missing(needs.outcomes, data.outcomeById)
  )
    return cachedReferenceData(payload, true)
  return data
}

const cachedReference = refreshingCache(REFERENCE_DATA_CACHE, load, TTL_MS)

const cachedReferenceData = (payload: Payload, fresh: boolean) =>
  cachedReference.get(payload, { fresh })

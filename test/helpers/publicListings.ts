import type { Payload } from 'payload'

import { listingCollections } from '@/domain/options'
import { lexicalToText } from '@/utilities/richText'
import { relationId, relationIds } from '@/utilities/relationId'

/**
 * The public listings of a portal as an anonymous visitor reads them (the Local API with
 * `overrideAccess: false` and no user), keyed by their stable HSDS id and with every reference
 * resolved to what the visitor sees (organization by name, topics by slug, municipalities by
 * code, provisions by their key): two portals with the same public listings give the same value.
 * Runs in the tests and in a child process on another database (test/helpers/portalChild.ts).
 */

type Doc = Record<string, unknown> & { id: number }

export type ListingFacts = {
  collection: string
  type: unknown
  title: unknown
  summary: unknown
  description: string
  organization: { id: unknown; name: unknown; type: unknown; cvr: unknown } | null
  ageMin: unknown
  ageMax: unknown
  coverage: string[]
  topics: string[]
  legalBasis: string[]
  languages: unknown
  contacts: Array<Record<string, unknown>>
  cost: unknown
  capacity: Record<string, unknown>
  referral: Record<string, unknown>
  locations: Array<Record<string, unknown>>
  schedule: unknown
  evidence: unknown
  lastVerifiedAt: unknown
  school?: Record<string, unknown>
}

export async function publicListingFacts(payload: Payload): Promise<Record<string, ListingFacts>> {
  const read = async (collection: string) =>
    (
      await payload.find({
        collection: collection as 'offers',
        overrideAccess: false,
        depth: 0,
        draft: false,
        pagination: false,
      })
    ).docs as unknown as Doc[]
  const byId = (docs: Doc[]) => new Map(docs.map((doc) => [doc.id, doc]))
  const organizations = byId(await read('organizations'))
  const topics = byId(await read('topics'))
  const legalBases = byId(await read('legal-bases'))
  const municipalities = byId(await read('municipalities'))
  const network = [...municipalities.values()]
    .filter((m) => m.networkMember)
    .map((m) => String(m.code))
    .sort()
  const code = (id: unknown) => String(municipalities.get(relationId(id) ?? -1)?.code)
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : null)

  const facts: Record<string, ListingFacts> = {}
  for (const collection of listingCollections) {
    for (const doc of await read(collection)) {
      if (doc.visibility !== 'public' || !doc.hsdsId) continue
      const org = organizations.get(relationId(doc.provider) ?? -1)
      const cost = doc.cost as Doc
      const capacity = doc.capacity as Doc
      const referral = doc.referral as Doc
      facts[String(doc.hsdsId)] = {
        collection,
        type: doc.offerType ?? doc.mentorType ?? doc.schoolType,
        title: doc.title,
        summary: doc.summary,
        description: lexicalToText(doc.description),
        organization: org
          ? { id: org.hsdsId, name: org.name, type: org.type, cvr: org.cvr ?? null }
          : null,
        ageMin: doc.ageMin,
        ageMax: doc.ageMax,
        coverage: doc.wholeNetwork ? network : relationIds(doc.coverage).map(code).sort(),
        topics: relationIds(doc.topics).map((id) => String(topics.get(id)?.slug)),
        legalBasis: relationIds(doc.legalBasis).map((id) => String(legalBases.get(id)?.externalId)),
        languages: doc.languages ?? [],
        contacts: ((doc.contacts as Doc[] | null) ?? [])
          .filter((contact) => contact.internal !== true)
          .map((contact) => ({
            name: contact.name ?? null,
            role: contact.role ?? null,
            email: contact.email ?? null,
            phone: contact.phone ?? null,
          })),
        cost: cost?.type ?? null,
        capacity: {
          status: capacity?.status ?? null,
          waitingWeeks: capacity?.waitingWeeks ?? null,
          asOf: day(capacity?.asOf),
        },
        referral: {
          howTo: referral?.howTo ?? null,
          municipalDecisionRequired: Boolean(referral?.municipalDecisionRequired),
          selfReferral: Boolean(referral?.selfReferral),
        },
        locations: ((doc.locations as Doc[] | null) ?? []).map((location) => ({
          name: location.name || doc.title,
          address: location.address,
          postalCode: location.postalCode,
          city: location.city,
          municipality: code(location.municipality),
          latitude: location.latitude ?? null,
          longitude: location.longitude ?? null,
        })),
        schedule: doc.schedule || null,
        evidence: (doc.evidence as Doc | null)?.level ?? null,
        lastVerifiedAt: day(doc.lastVerifiedAt),
        ...(collection === 'school-options'
          ? {
              school: {
                gradeFrom: doc.gradeFrom,
                gradeTo: doc.gradeTo,
                admissionViaPPR: Boolean(doc.admissionViaPPR),
              },
            }
          : {}),
      }
    }
  }
  return facts
}

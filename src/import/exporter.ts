import type { Payload } from 'payload'

import { listingCollections, type ListingCollection } from '@/domain/options'
import { slugify } from '@/domain/rules'
import { lexicalToText } from '@/utilities/richText'

import type { Bundle } from './schema'

type Doc = Record<string, unknown> & { id: number }

const kindOf: Record<ListingCollection, 'offer' | 'mentor' | 'school-option'> = {
  offers: 'offer',
  mentors: 'mentor',
  'school-options': 'school-option',
}

/** Drops null, undefined, '' and empty objects, as the format leaves out what is not there. */
function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, compact(item)] as const)
      .filter(
        ([, item]) =>
          item !== null &&
          item !== undefined &&
          item !== '' &&
          !(
            typeof item === 'object' &&
            !Array.isArray(item) &&
            Object.keys(item as object).length === 0
          ),
      )
    return Object.fromEntries(entries) as T
  }
  return value
}

const day = (value: unknown) =>
  typeof value === 'string' && value ? value.slice(0, 10) : undefined

/**
 * Writes every topic, legal basis, organization, listing and legislation note in the import format
 * (videnportal/v1), keyed the way the importer reads them: importing the result changes nothing.
 * Published documents are exported as published (pending draft changes stay out); documents that
 * were never published are exported as drafts. Internal fields are included: the export is for
 * administrators.
 */
export async function exportBundle(
  payload: Payload,
): Promise<Bundle & { format: 'videnportal/v1' }> {
  const find = async (collection: Parameters<Payload['find']>[0]['collection']) =>
    (
      await payload.find({
        collection,
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        sort: 'id',
      })
    ).docs as unknown as Doc[]

  const municipalities = new Map((await find('municipalities')).map((m) => [m.id, String(m.code)]))
  const topics = await find('topics')
  const topicSlug = new Map(topics.map((t) => [t.id, String(t.slug)]))
  const legalBases = await find('legal-bases')
  const basisKey = new Map(legalBases.map((b) => [b.id, String(b.externalId)]))
  const organizations = await find('organizations')
  const orgKey = new Map(organizations.map((o) => [o.id, String(o.externalId)]))
  const listingsByCollection = await Promise.all(
    listingCollections.map(async (collection) => ({ collection, docs: await find(collection) })),
  )
  const listingKey = new Map<string, string>()
  for (const { collection, docs } of listingsByCollection)
    for (const doc of docs) listingKey.set(`${collection}:${doc.id}`, String(doc.externalId))

  const code = (id: unknown) =>
    id === null || id === undefined ? undefined : municipalities.get(Number(id))
  const keys = (ids: unknown, map: Map<number, string>) =>
    ((ids as number[] | null) ?? []).map((id) => map.get(Number(id))!).filter(Boolean)

  const bundle: Bundle & { format: 'videnportal/v1' } = {
    format: 'videnportal/v1',
    topics: topics.map((t) =>
      compact({
        slug: String(t.slug),
        name: String(t.name),
        facet: t.facet as 'need',
        parent: topicSlug.get(Number(t.parent)),
        description: t.description as string,
      }),
    ),
    legalBases: legalBases.map((b) =>
      compact({
        externalId: String(b.externalId),
        law: b.law as 'barnets-lov',
        paragraph: String(b.paragraph),
        subsection: b.subsection as string,
        number: b.number as string,
        heading: String(b.heading),
        eli: String(b.eli),
        validFrom: day(b.validFrom)!,
        validTo: day(b.validTo),
        replaces: basisKey.get(Number(b.replaces)),
      }),
    ),
    organizations: organizations.map((o) => {
      const address = o.address as Record<string, unknown> | undefined
      return compact({
        externalId: String(o.externalId),
        name: String(o.name),
        type: o.type as 'ngo',
        cvr: o.cvr as string,
        description: o.description as string,
        website: o.website as string,
        email: o.email as string,
        phone: o.phone as string,
        address: address?.address
          ? {
              street: String(address.address),
              postalCode: String(address.postalCode),
              city: String(address.city),
              municipality: code(address.municipality),
            }
          : undefined,
        agreements: ((o.agreements as Doc[] | null) ?? []).map((a) => ({
          municipality: code(a.municipality)!,
          parties: String(a.parties),
          periodFrom: day(a.periodFrom)!,
          periodTo: day(a.periodTo),
          purpose: String(a.purpose),
          contact: a.contact as Record<string, string>,
        })),
      })
    }),
    listings: listingsByCollection.flatMap(({ collection, docs }) =>
      docs.map((l) => {
        const slug = String(l.slug)
        const referral = l.referral as Record<string, unknown>
        const cost = l.cost as Record<string, unknown>
        const capacity = l.capacity as Record<string, unknown>
        const base = {
          externalId: String(l.externalId),
          kind: kindOf[collection],
          status: l._status as 'published',
          title: String(l.title),
          // Left out when it is the one the importer derives from the title.
          slug: slug === slugify(String(l.title)) ? undefined : slug,
          summary: String(l.summary),
          description: lexicalToText(l.description) || undefined,
          provider: orgKey.get(Number(l.provider))!,
          ageMin: Number(l.ageMin),
          ageMax: Number(l.ageMax),
          topics: keys(l.topics, topicSlug),
          languages: (l.languages as string[] | null) ?? [],
          coverage: ((l.coverage as number[] | null) ?? []).map((id) => code(id)!),
          wholeNetwork: Boolean(l.wholeNetwork),
          legalBasis: keys(l.legalBasis, basisKey),
          referral: {
            howTo: String(referral.howTo),
            municipalDecisionRequired: Boolean(referral.municipalDecisionRequired),
            selfReferral: Boolean(referral.selfReferral),
            internalNote: referral.internalNote as string,
          },
          cost: {
            type: cost.type,
            rateDkk: cost.rateDkk ?? undefined,
            rateUnit: cost.rateUnit ?? undefined,
            rateNote: cost.rateNote ?? undefined,
          },
          capacity: {
            status: capacity.status,
            waitingWeeks: capacity.waitingWeeks ?? undefined,
            asOf: day(capacity.asOf),
          },
          contacts: ((l.contacts as Doc[] | null) ?? []).map(({ id: _id, ...contact }) => ({
            ...contact,
            internal: Boolean(contact.internal),
          })),
          locations: ((l.locations as Doc[] | null) ?? []).map(({ id: _id, ...location }) => ({
            ...location,
            municipality: code(location.municipality),
          })),
          schedule: l.schedule as string,
          evidence: l.evidence ?? {},
          visibility: l.visibility,
          lastVerifiedAt: day(l.lastVerifiedAt),
          nextReviewAt: day(l.nextReviewAt),
        }
        const specific =
          collection === 'offers'
            ? { offerType: l.offerType }
            : collection === 'mentors'
              ? {
                  mentorType: l.mentorType,
                  focus: l.focus ?? [],
                  matching: l.matching,
                  duration: l.duration,
                }
              : {
                  schoolType: l.schoolType,
                  gradeFrom: l.gradeFrom,
                  gradeTo: l.gradeTo,
                  classSize: l.classSize,
                  profile: l.profile,
                  admissionViaPPR: Boolean(l.admissionViaPPR),
                }
        return compact({ ...base, ...specific }) as unknown as Bundle['listings'][number]
      }),
    ),
    legislationNotes: (await find('legislation-notes')).map((n) =>
      compact({
        externalId: String(n.externalId),
        status: n._status as 'published',
        title: String(n.title),
        slug: String(n.slug) === slugify(String(n.title)) ? undefined : String(n.slug),
        summary: String(n.summary),
        body: lexicalToText(n.body),
        effectiveDate: day(n.effectiveDate)!,
        legalBases: keys(n.legalBases, basisKey),
        topics: keys(n.topics, topicSlug),
        affects: ((n.affects as Array<{ relationTo: string; value: number }> | null) ?? []).map(
          (ref) => listingKey.get(`${ref.relationTo}:${ref.value}`)!,
        ),
        visibility: n.visibility as 'public',
      }),
    ),
  }
  return bundle
}

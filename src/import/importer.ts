import { createHash } from 'node:crypto'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import { collectionOfKind, listingCollections, type ListingCollection } from '@/domain/options'
import { slugify } from '@/domain/rules'
import { textToLexical } from '@/utilities/richText'

import { type ImportIssue, readImportFile, sectionOrder, validateItems } from './read'
import { checkReferences, type KnownKeys } from './references'
import type {
  Bundle,
  LegalBasisInput,
  LegislationNoteInput,
  ListingInput,
  OrganizationInput,
  SectionName,
  TopicInput,
} from './schema'

export type ImportOptions = {
  dryRun?: boolean
  /** Import the valid items of a file that also has invalid ones (which are reported and left out). */
  skipInvalid?: boolean
  onProgress?: (done: number, total: number) => void
}

export type Counts = { created: number; updated: number; unchanged: number }
export type ImportReport = {
  issues: ImportIssue[]
  /** False when the files had errors (and no --skip-invalid) or with --dry-run. */
  written: boolean
  dryRun: boolean
  counts: Record<SectionName, Counts>
  skipped: number
}

const emptyBundle = (): Bundle => ({
  topics: [],
  legalBases: [],
  organizations: [],
  listings: [],
  legislationNotes: [],
})
const zeroCounts = (): Record<SectionName, Counts> =>
  Object.fromEntries(
    sectionOrder.map((section) => [section, { created: 0, updated: 0, unchanged: 0 }]),
  ) as Record<SectionName, Counts>

/** A stable fingerprint of a validated item: the same input gives the same hash. */
export const hashItem = (item: unknown) =>
  createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 32)

type Existing = { id: number; importHash?: string | null }
type Index = {
  /** collection → slug → the key (externalId or topic slug) of the document that has it. */
  slugs: Map<string, Map<string, string>>
  municipalities: Map<string, number>
  topics: Map<string, Existing>
  legalBases: Map<string, Existing>
  organizations: Map<string, Existing>
  listings: Map<string, Existing & { collection: ListingCollection }>
  legislationNotes: Map<string, Existing>
}

const all = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

/** What already exists, keyed the way the format refers to it. Drafts count as existing. */
async function loadIndex(payload: Payload): Promise<Index> {
  const slugs = new Map<string, Map<string, string>>()
  /** key → id and import hash of every document of a collection; also records its slugs. */
  const keyed = async (
    collection:
      'topics' | 'legal-bases' | 'organizations' | 'legislation-notes' | ListingCollection,
    key: 'slug' | 'externalId',
  ): Promise<Map<string, Existing>> => {
    const { docs } = await payload.find({
      collection,
      ...all,
      draft: true,
      select: { [key]: true, slug: true, importHash: true } as Record<string, true>,
      showHiddenFields: true,
    })
    const rows = docs as unknown as Array<Record<string, unknown> & { id: number }>
    if (collection !== 'legal-bases') {
      slugs.set(collection, new Map(rows.map((doc) => [String(doc.slug), String(doc[key])])))
    }
    return new Map(
      rows.map((doc) => [String(doc[key]), { id: doc.id, importHash: doc.importHash as string }]),
    )
  }
  const municipalities = await payload.find({
    collection: 'municipalities',
    ...all,
    select: { code: true },
  })
  const index: Index = {
    slugs,
    municipalities: new Map(municipalities.docs.map((doc) => [doc.code, doc.id])),
    topics: await keyed('topics', 'slug'),
    legalBases: await keyed('legal-bases', 'externalId'),
    organizations: await keyed('organizations', 'externalId'),
    listings: new Map(),
    legislationNotes: await keyed('legislation-notes', 'externalId'),
  }
  for (const collection of listingCollections) {
    for (const [key, existing] of await keyed(collection, 'externalId')) {
      index.listings.set(key, { ...existing, collection })
    }
  }
  return index
}

const keyOf = (section: SectionName, item: unknown): string =>
  section === 'topics' ? (item as TopicInput).slug : (item as { externalId: string }).externalId

/** Reads, validates and cross-checks the files; returns the valid bundle and every issue. */
async function collect(files: string[], index: Index, skipInvalid: boolean) {
  const issues: ImportIssue[] = []
  const perFile: Array<{
    file: string
    bundle: Bundle
    lineOf: (section: SectionName, id: string) => number | undefined
  }> = []
  for (const file of files) {
    const name = path.basename(file)
    const read = await readImportFile(file)
    const validated = validateItems(name, read.items)
    issues.push(...read.issues, ...validated.issues)
    perFile.push({ file: name, bundle: validated.bundle, lineOf: validated.lineOf })
  }

  // References may point into any of the files or into the database. When invalid items are
  // skipped, whatever refers to them becomes invalid too: repeat until nothing more drops out.
  let referenceIssues: ImportIssue[] = []
  for (;;) {
    const merged = emptyBundle()
    for (const { bundle } of perFile)
      for (const section of sectionOrder) (merged[section] as unknown[]).push(...bundle[section])
    const available: KnownKeys = {
      municipalities: new Set(index.municipalities.keys()),
      topics: new Set([...index.topics.keys(), ...merged.topics.map((t) => t.slug)]),
      legalBases: new Set([
        ...index.legalBases.keys(),
        ...merged.legalBases.map((l) => l.externalId),
      ]),
      organizations: new Set([
        ...index.organizations.keys(),
        ...merged.organizations.map((o) => o.externalId),
      ]),
      listings: new Set([...index.listings.keys(), ...merged.listings.map((l) => l.externalId)]),
    }
    referenceIssues = perFile.flatMap(({ file, bundle, lineOf }) =>
      checkReferences(file, bundle, available, lineOf),
    )
    referenceIssues.push(...crossFileDuplicates(perFile))
    if (!skipInvalid || referenceIssues.length === 0) break
    const bad = new Set(referenceIssues.map((issue) => `${issue.section}:${issue.id}`))
    let dropped = 0
    for (const entry of perFile) {
      for (const section of sectionOrder) {
        const before = entry.bundle[section].length
        ;(entry.bundle[section] as unknown[]) = (entry.bundle[section] as unknown[]).filter(
          (item) => !bad.has(`${section}:${keyOf(section, item)}`),
        )
        dropped += before - entry.bundle[section].length
      }
    }
    issues.push(...referenceIssues)
    referenceIssues = []
    if (dropped === 0) break
  }
  issues.push(...referenceIssues)

  const bundle = emptyBundle()
  for (const entry of perFile)
    for (const section of sectionOrder)
      (bundle[section] as unknown[]).push(...entry.bundle[section])
  return { bundle, issues }
}

function crossFileDuplicates(
  perFile: Array<{
    file: string
    bundle: Bundle
    lineOf: (section: SectionName, id: string) => number | undefined
  }>,
) {
  const issues: ImportIssue[] = []
  const seen = new Map<string, string>()
  for (const { file, bundle, lineOf } of perFile) {
    for (const section of sectionOrder) {
      const keys = new Set(bundle[section].map((item) => keyOf(section, item)))
      for (const key of keys) {
        const other = seen.get(`${section}:${key}`)
        if (other && other !== file) {
          issues.push({
            file,
            line: lineOf(section, key),
            section,
            id: key,
            field: 'externalId',
            message: `Id'et ${key} findes også i ${other}.`,
          })
        }
        seen.set(`${section}:${key}`, file)
      }
    }
  }
  return issues
}

/** Maps a validated item to Payload data, resolving keys to ids. */
class Mapper {
  constructor(private readonly index: Index) {}

  private id(map: Map<string, Existing | number>, key: string | undefined) {
    if (key === undefined) return undefined
    const found = map.get(key)
    if (found === undefined) throw new Error(`Unresolved reference ${key}`)
    return typeof found === 'number' ? found : found.id
  }
  private ids(map: Map<string, Existing | number>, keys: string[]) {
    return keys.map((key) => this.id(map, key)!)
  }
  municipality = (code: string | undefined) => this.id(this.index.municipalities, code)

  /** The wanted slug, or with -2, -3 … when another document already has it (slugs are unique). */
  slug(collection: string, wanted: string, key: string) {
    const taken = this.index.slugs.get(collection) ?? new Map<string, string>()
    this.index.slugs.set(collection, taken)
    let candidate = wanted
    for (let n = 2; taken.has(candidate) && taken.get(candidate) !== key; n++)
      candidate = `${wanted}-${n}`
    taken.set(candidate, key)
    return candidate
  }

  topic(topic: TopicInput, withParent: boolean) {
    return {
      slug: topic.slug,
      name: topic.name,
      facet: topic.facet,
      description: topic.description ?? null,
      ...(withParent ? { parent: this.id(this.index.topics, topic.parent) ?? null } : {}),
    }
  }

  legalBasis(basis: LegalBasisInput, withReplaces: boolean) {
    return {
      externalId: basis.externalId,
      law: basis.law,
      paragraph: basis.paragraph,
      subsection: basis.subsection ?? null,
      number: basis.number ?? null,
      heading: basis.heading,
      eli: basis.eli,
      validFrom: basis.validFrom,
      validTo: basis.validTo ?? null,
      ...(withReplaces ? { replaces: this.id(this.index.legalBases, basis.replaces) ?? null } : {}),
    }
  }

  organization(org: OrganizationInput) {
    return {
      externalId: org.externalId,
      name: org.name,
      slug: this.slug('organizations', slugify(org.name), org.externalId),
      type: org.type,
      cvr: org.cvr ?? null,
      description: org.description ?? null,
      website: org.website ?? null,
      email: org.email ?? null,
      phone: org.phone ?? null,
      address: org.address
        ? {
            address: org.address.street,
            postalCode: org.address.postalCode,
            city: org.address.city,
            municipality: this.municipality(org.address.municipality) ?? null,
          }
        : { address: null, postalCode: null, city: null, municipality: null },
      agreements: org.agreements.map((agreement) => ({
        municipality: this.municipality(agreement.municipality)!,
        parties: agreement.parties,
        periodFrom: agreement.periodFrom,
        periodTo: agreement.periodTo ?? null,
        purpose: agreement.purpose,
        contact: agreement.contact ?? {},
      })),
    }
  }

  listing(listing: ListingInput) {
    const base = {
      externalId: listing.externalId,
      title: listing.title,
      slug: this.slug(
        collectionOfKind[listing.kind],
        listing.slug ?? slugify(listing.title),
        listing.externalId,
      ),
      summary: listing.summary,
      description: listing.description ? textToLexical(listing.description) : null,
      provider: this.id(this.index.organizations, listing.provider)!,
      ageMin: listing.ageMin,
      ageMax: listing.ageMax,
      topics: this.ids(this.index.topics, listing.topics),
      languages: listing.languages,
      wholeNetwork: listing.wholeNetwork,
      coverage: listing.coverage.map((code) => this.municipality(code)!),
      legalBasis: this.ids(this.index.legalBases, listing.legalBasis),
      referral: { ...listing.referral, internalNote: listing.referral.internalNote ?? null },
      cost: {
        type: listing.cost.type,
        rateDkk: listing.cost.rateDkk ?? null,
        rateUnit: listing.cost.rateUnit ?? null,
        rateNote: listing.cost.rateNote ?? null,
      },
      capacity: {
        status: listing.capacity.status,
        waitingWeeks: listing.capacity.waitingWeeks ?? null,
        asOf: listing.capacity.asOf,
      },
      contacts: listing.contacts,
      locations: listing.locations.map((location) => ({
        ...location,
        municipality: this.municipality(location.municipality)!,
      })),
      schedule: listing.schedule ?? null,
      evidence: {
        level: listing.evidence.level ?? null,
        results: listing.evidence.results ?? null,
        theoryOfChange: listing.evidence.theoryOfChange ?? null,
      },
      visibility: listing.visibility,
      lastVerifiedAt: listing.lastVerifiedAt ?? null,
      nextReviewAt: listing.nextReviewAt ?? null,
    }
    switch (listing.kind) {
      case 'offer':
        return { ...base, offerType: listing.offerType }
      case 'mentor':
        return {
          ...base,
          mentorType: listing.mentorType,
          focus: listing.focus,
          matching: listing.matching ?? null,
          duration: listing.duration ?? null,
        }
      case 'school-option':
        return {
          ...base,
          schoolType: listing.schoolType,
          gradeFrom: listing.gradeFrom,
          gradeTo: listing.gradeTo,
          classSize: listing.classSize ?? null,
          profile: listing.profile ?? null,
          admissionViaPPR: listing.admissionViaPPR,
        }
    }
  }

  note(note: LegislationNoteInput) {
    return {
      externalId: note.externalId,
      title: note.title,
      slug: this.slug('legislation-notes', note.slug ?? slugify(note.title), note.externalId),
      summary: note.summary,
      body: textToLexical(note.body),
      effectiveDate: note.effectiveDate,
      legalBases: this.ids(this.index.legalBases, note.legalBases),
      topics: this.ids(this.index.topics, note.topics),
      affects: note.affects.map((key) => {
        const target = this.index.listings.get(key)
        if (!target) throw new Error(`Unresolved listing ${key}`)
        return { relationTo: target.collection, value: target.id }
      }),
      visibility: note.visibility,
    }
  }
}

/**
 * Imports videnportal/v1 JSON and listing CSV files: validates every item with the domain rules,
 * checks every reference, and writes nothing if anything is wrong (unless `skipInvalid`). Items are
 * upserted by their key; an item whose content has not changed since its last import is left alone,
 * so importing the same file twice changes nothing. All writes happen in one transaction.
 */
export async function importFiles(
  payload: Payload,
  files: string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { dryRun = false, skipInvalid = false, onProgress } = options
  const counts = zeroCounts()
  const index = await loadIndex(payload)
  const { bundle, issues } = await collect(files, index, skipInvalid)
  const report: ImportReport = { issues, written: false, dryRun, counts, skipped: 0 }
  if (issues.length > 0 && !skipInvalid) return report
  report.skipped = new Set(
    issues.map((issue) => `${issue.section}:${issue.id}:${issue.file}:${issue.line}`),
  ).size

  const total = sectionOrder.reduce((sum, section) => sum + bundle[section].length, 0)
  let done = 0
  const tick = () => onProgress?.(++done, total)

  // A listing key may not move between kinds: that would leave two documents with one key.
  for (const listing of bundle.listings) {
    const existing = index.listings.get(listing.externalId)
    if (existing && existing.collection !== collectionOfKind[listing.kind]) {
      report.issues.push({
        file: '',
        section: 'listings',
        id: listing.externalId,
        field: 'kind',
        message: `Opslaget ${listing.externalId} findes allerede som en anden slags (${existing.collection}).`,
      })
    }
  }
  if (report.issues.length > 0 && !skipInvalid) return report

  const existingOf = (section: SectionName, key: string): Existing | undefined => {
    switch (section) {
      case 'topics':
        return index.topics.get(key)
      case 'legalBases':
        return index.legalBases.get(key)
      case 'organizations':
        return index.organizations.get(key)
      case 'listings':
        return index.listings.get(key)
      case 'legislationNotes':
        return index.legislationNotes.get(key)
    }
  }

  if (dryRun) {
    for (const section of sectionOrder) {
      for (const item of bundle[section]) {
        const existing = existingOf(section, keyOf(section, item))
        counts[section][
          !existing ? 'created' : existing.importHash === hashItem(item) ? 'unchanged' : 'updated'
        ]++
        tick()
      }
    }
    return report
  }

  const req = await createLocalReq(
    { context: { disableRevalidate: true, importing: true } },
    payload,
  )
  const ownTransaction = await initTransaction(req)
  const map = new Mapper(index)
  const common = { req, overrideAccess: true, depth: 0 } as const

  /** Creates or updates one document unless its imported content is unchanged; returns its id. */
  async function upsert(
    section: SectionName,
    collection:
      'topics' | 'legal-bases' | 'organizations' | 'legislation-notes' | ListingCollection,
    item: unknown,
    toData: () => Record<string, unknown>,
    status?: 'published' | 'draft',
  ): Promise<{ id: number; changed: boolean }> {
    const hash = hashItem(item)
    const existing = existingOf(section, keyOf(section, item))
    if (existing && existing.importHash === hash) {
      counts[section].unchanged++
      return { id: existing.id, changed: false }
    }
    const data = { ...toData(), importHash: hash, ...(status ? { _status: status } : {}) } as never
    const draft = status === 'draft'
    const doc = existing
      ? await payload.update({ collection, id: existing.id, data, draft, ...common })
      : await payload.create({ collection, data, draft, ...common })
    counts[section][existing ? 'updated' : 'created']++
    return { id: doc.id as number, changed: true }
  }

  try {
    // Topics and legal bases refer to their own kind (parent, replaces): create all, then link.
    const linkTopics: TopicInput[] = []
    for (const topic of bundle.topics) {
      const { id, changed } = await upsert('topics', 'topics', topic, () => map.topic(topic, false))
      index.topics.set(topic.slug, { id })
      if (changed) linkTopics.push(topic)
      tick()
    }
    for (const topic of linkTopics) {
      await payload.update({
        collection: 'topics',
        id: index.topics.get(topic.slug)!.id,
        data: map.topic(topic, true),
        ...common,
      })
    }
    const linkBases: LegalBasisInput[] = []
    for (const basis of bundle.legalBases) {
      const { id, changed } = await upsert('legalBases', 'legal-bases', basis, () =>
        map.legalBasis(basis, false),
      )
      index.legalBases.set(basis.externalId, { id })
      if (changed) linkBases.push(basis)
      tick()
    }
    for (const basis of linkBases) {
      await payload.update({
        collection: 'legal-bases',
        id: index.legalBases.get(basis.externalId)!.id,
        data: map.legalBasis(basis, true),
        ...common,
      })
    }
    for (const org of bundle.organizations) {
      // Organizations have drafts for moderation; an import publishes them.
      const { id } = await upsert(
        'organizations',
        'organizations',
        org,
        () => map.organization(org),
        'published',
      )
      index.organizations.set(org.externalId, { id })
      tick()
    }
    for (const listing of bundle.listings) {
      const collection = collectionOfKind[listing.kind]
      const { id } = await upsert(
        'listings',
        collection,
        listing,
        () => map.listing(listing),
        listing.status,
      )
      index.listings.set(listing.externalId, { id, collection })
      tick()
    }
    for (const note of bundle.legislationNotes) {
      await upsert('legislationNotes', 'legislation-notes', note, () => map.note(note), note.status)
      tick()
    }
    if (ownTransaction) await commitTransaction(req)
    report.written = true
    return report
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

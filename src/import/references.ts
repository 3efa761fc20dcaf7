import type { ImportIssue } from './read'
import type { Bundle, SectionName } from './schema'

/** Keys that already exist in the database (or in other content files) and may be referred to. */
export type KnownKeys = {
  municipalities: Set<string>
  topics: Set<string>
  legalBases: Set<string>
  organizations: Set<string>
  listings: Set<string>
}

export const emptyKnownKeys = (): KnownKeys => ({
  municipalities: new Set(),
  topics: new Set(),
  legalBases: new Set(),
  organizations: new Set(),
  listings: new Set(),
})

/**
 * Finds duplicate keys in the file and references to things that exist neither in the file nor in
 * `known`. Each issue names the item and the field that refers.
 */
export function checkReferences(
  file: string,
  bundle: Bundle,
  known: KnownKeys,
  lineOf: (section: SectionName, id: string) => number | undefined,
): ImportIssue[] {
  const issues: ImportIssue[] = []
  const available = {
    municipalities: known.municipalities,
    topics: new Set([...known.topics, ...bundle.topics.map((t) => t.slug)]),
    legalBases: new Set([...known.legalBases, ...bundle.legalBases.map((l) => l.externalId)]),
    organizations: new Set([
      ...known.organizations,
      ...bundle.organizations.map((o) => o.externalId),
    ]),
    listings: new Set([...known.listings, ...bundle.listings.map((l) => l.externalId)]),
  }
  const report = (section: SectionName, id: string, field: string, message: string) =>
    issues.push({ file, line: lineOf(section, id), section, id, field, message })

  const duplicates = (section: SectionName, ids: string[]) => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) report(section, id, 'externalId', `Id'et ${id} findes flere gange i filen.`)
      seen.add(id)
    }
  }
  duplicates(
    'topics',
    bundle.topics.map((t) => t.slug),
  )
  duplicates(
    'legalBases',
    bundle.legalBases.map((l) => l.externalId),
  )
  duplicates(
    'organizations',
    bundle.organizations.map((o) => o.externalId),
  )
  duplicates(
    'listings',
    bundle.listings.map((l) => l.externalId),
  )
  duplicates(
    'legislationNotes',
    bundle.legislationNotes.map((n) => n.externalId),
  )

  const expect = (
    section: SectionName,
    id: string,
    field: string,
    values: Array<string | undefined>,
    pool: Set<string>,
    what: string,
  ) => {
    for (const value of values) {
      if (value !== undefined && !pool.has(value))
        report(section, id, field, `Ukendt ${what}: ${value}.`)
    }
  }

  for (const topic of bundle.topics) {
    expect('topics', topic.slug, 'parent', [topic.parent], available.topics, 'overordnet emne')
    if (topic.parent === topic.slug)
      report('topics', topic.slug, 'parent', 'Et emne kan ikke være sit eget overemne.')
  }
  for (const basis of bundle.legalBases) {
    expect(
      'legalBases',
      basis.externalId,
      'replaces',
      [basis.replaces],
      available.legalBases,
      'lovbestemmelse',
    )
  }
  for (const org of bundle.organizations) {
    expect(
      'organizations',
      org.externalId,
      'address.municipality',
      [org.address?.municipality],
      available.municipalities,
      'kommunekode',
    )
    expect(
      'organizations',
      org.externalId,
      'agreements.municipality',
      org.agreements.map((a) => a.municipality),
      available.municipalities,
      'kommunekode',
    )
  }
  for (const listing of bundle.listings) {
    const id = listing.externalId
    expect('listings', id, 'provider', [listing.provider], available.organizations, 'organisation')
    expect('listings', id, 'topics', listing.topics, available.topics, 'emne')
    expect('listings', id, 'coverage', listing.coverage, available.municipalities, 'kommunekode')
    expect('listings', id, 'legalBasis', listing.legalBasis, available.legalBases, 'lovbestemmelse')
    expect(
      'listings',
      id,
      'locations.municipality',
      listing.locations.map((l) => l.municipality),
      available.municipalities,
      'kommunekode',
    )
  }
  for (const note of bundle.legislationNotes) {
    const id = note.externalId
    expect(
      'legislationNotes',
      id,
      'legalBases',
      note.legalBases,
      available.legalBases,
      'lovbestemmelse',
    )
    expect('legislationNotes', id, 'topics', note.topics, available.topics, 'emne')
    expect('legislationNotes', id, 'affects', note.affects, available.listings, 'opslag')
  }
  return issues
}

import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readImportFile, validateItems } from '@/import/read'

/**
 * Issue 17: the HSDS examples (British and American) read by the importer: each value the Danish
 * rules refuse is reported field by field with its line, and what has no place in our model is
 * reported, not dropped. (The import writes nothing while there are errors: importer.ts.)
 */
// The examples of ../shared/hsds (CC BY-SA 4.0), kept as fixtures so the test runs everywhere.
const examples = path.resolve(process.cwd(), 'test/fixtures/hsds/examples')
const SERVICE = 'hsds:ac148810-d857-441c-9679-408f346de14b'
const ORGANIZATION = 'hsds:d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'

async function dryRun(file: string) {
  const read = await readImportFile(file)
  const validated = validateItems(path.basename(file), read.items)
  const issues = [...read.issues, ...validated.issues]
  const fields = (id: string) => issues.filter((i) => i.id === id).map((i) => i.field)
  return { read, validated, issues, fields, notes: read.notes ?? [] }
}

describe('HSDS examples, dry run', () => {
  it('a full service (JSON): UK phone numbers, postcode, coordinates, age 100 and area refused per field', async () => {
    const { fields, issues, notes, validated } = await dryRun(
      path.join(examples, 'service_full.json'),
    )
    expect(fields(SERVICE)).toEqual(
      expect.arrayContaining([
        'ageMax',
        'contacts.0.phone',
        'locations.0.postalCode',
        'locations.0.municipality',
        'locations.0.latitude',
        'coverage',
        'cost.rateDkk',
      ]),
    )
    expect(fields(ORGANIZATION)).toEqual(expect.arrayContaining(['phone', 'address.postalCode']))
    for (const issue of issues) expect(issue.line).toBeGreaterThan(0)
    expect(issues.find((i) => i.field === 'contacts.0.phone')!.message).toContain('dansk nummer')
    // Nothing valid is left to write.
    expect(validated.bundle.listings).toEqual([])
    const noted = notes.map((n) => n.field)
    expect(noted).toEqual(
      expect.arrayContaining([
        'alternate_name',
        'accreditations',
        'funding',
        'required_documents',
        'organization.year_incorporated',
      ]),
    )
  })

  it('a page of services (JSON) gives each service its own line', async () => {
    const { issues } = await dryRun(path.join(examples, 'service_list.json'))
    const lines = issues.filter((i) => i.id === SERVICE).map((i) => i.line)
    expect(new Set(lines)).toEqual(new Set([10]))
  })

  it('the tabular package (CSV) joins its tables and reports the same refusals and unread tables', async () => {
    const { fields, notes } = await dryRun(path.join(examples, 'csv'))
    expect(fields(SERVICE)).toEqual(
      expect.arrayContaining(['ageMax', 'contacts.0.phone', 'locations.0.postalCode', 'coverage']),
    )
    expect(fields(ORGANIZATION)).toContain('phone')
    expect(notes.map((n) => n.file)).toEqual(
      expect.arrayContaining(['funding.csv', 'programs.csv']),
    )
    expect(
      notes.find((n) => n.field === 'organization.organization_identifiers')!.message,
    ).toContain('Company number')
  })
})

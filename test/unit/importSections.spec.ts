import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { externalId, municipalityCode } from '@/domain/rules'
import { list, text } from '@/import/fields'
import { readImportFile, validateItems } from '@/import/read'
import { checkReferences, emptyKnownKeys } from '@/import/references'
import { defineSection } from '@/import/section'
import { importSections, registryProblems } from '@/import/sections'

/**
 * A collection joins the exchange format through one section and one line in the registry. A toy
 * section (alliances of municipalities, led by an organization; not a real section) shows that reading, validation and
 * the reference checks pick it up with nothing else changed; no database is needed for that.
 */
const alliances = defineSection({
  name: 'alliances',
  labels: { one: 'alliance', many: 'alliancer', english: 'alliances' },
  schema: z.object({
    externalId,
    name: text('Netværket mangler et navn.'),
    members: list(municipalityCode),
    lead: externalId.optional(),
  }),
  keyField: 'externalId',
  collections: ['alliances' as never],
  references: [
    { field: 'lead', to: 'organizations', what: 'organisation', keys: (n) => [n.lead] },
    { field: 'members', to: 'municipalities', what: 'kommunekode', keys: (n) => n.members },
  ],
  toData: (network) => ({ ...network }),
  exportItem: (doc) => doc,
})
const registry = [...importSections, alliances]

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-sections-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeFile(content: unknown) {
  const file = path.join(dir, 'alliances.json')
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`)
  return file
}

const file = writeFile({
  format: 'videnportal/v1',
  organizations: [{ externalId: 'org-a', name: 'Forening A', type: 'ngo' }],
  alliances: [
    { externalId: 'net-oest', name: 'Østsjælland', members: ['259', '999'], lead: 'org-a' },
    { externalId: 'net-tom', name: ' ', members: [] },
    { externalId: 'net-oest', name: 'Igen', lead: 'org-findes-ikke' },
  ],
})

describe('a registry with an extra section', () => {
  it('reads, validates and checks the references of its items', async () => {
    const { items, issues } = await readImportFile(file, registry)
    expect(issues).toEqual([])
    expect(items.filter((item) => item.section === ('alliances' as never))).toHaveLength(3)

    const validated = validateItems('alliances.json', items, registry)
    expect(validated.issues).toEqual([
      {
        file: 'alliances.json',
        line: expect.any(Number),
        section: 'alliances',
        id: 'net-tom',
        field: 'name',
        message: 'Netværket mangler et navn.',
      },
    ])
    expect(validated.bundle.alliances).toHaveLength(2)

    const known = emptyKnownKeys(registry)
    known.municipalities!.add('259')
    const references = checkReferences(
      'alliances.json',
      validated.bundle,
      known,
      validated.lineOf,
      registry,
    )
    expect(
      references.map(({ section, id, field, message }) => [section, id, field, message]),
    ).toEqual([
      ['alliances', 'net-oest', 'externalId', "Id'et net-oest findes flere gange i filen."],
      ['alliances', 'net-oest', 'members', 'Ukendt kommunekode: 999.'],
      ['alliances', 'net-oest', 'lead', 'Ukendt organisation: org-findes-ikke.'],
    ])
  })

  it('is ignored by the registry that does not list it', async () => {
    const { items } = await readImportFile(file)
    expect(items.map((item) => item.section)).toEqual(['organizations'])
  })

  it('must come after the sections it refers to', () => {
    expect(registryProblems(importSections)).toEqual([])
    expect(registryProblems(registry)).toEqual([])
    expect(registryProblems([alliances, ...importSections])).toEqual([
      'alliances.lead refers to organizations, which comes later: list organizations first.',
    ])
  })
})

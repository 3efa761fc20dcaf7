import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listingsToCsv } from '@/import/csv'
import { exportBundle } from '@/import/exporter'
import { importFiles } from '@/import/importer'
import { LOADER_FLAKE_ATTEMPTS, LOADER_FLAKE_EXIT_CODE, tsEntryArgs } from '@/launcher/tsEntry'

import { offerInput, uniqueKey } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-import-'))

/** Writes a videnportal/v1 file, one item per line group so line numbers are predictable. */
function writeBundle(name: string, sections: Record<string, unknown[]>) {
  const file = path.join(dir, name)
  writeFileSync(file, `${JSON.stringify({ format: 'videnportal/v1', ...sections }, null, 2)}\n`)
  return file
}

const offerCount = async () => (await payload.count({ collection: 'offers' })).totalDocs
const byKey = async (externalId: string) =>
  (
    await payload.find({
      collection: 'offers',
      where: { externalId: { equals: externalId } },
      depth: 0,
      limit: 1,
      draft: true,
    })
  ).docs[0]

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('importing a file with bad rows', () => {
  const bad = [
    offerInput({ ageMin: 12, ageMax: 40 }),
    offerInput({ ageMin: 15, ageMax: 10 }),
    offerInput({ contacts: [{ role: 'x', phone: '1234', internal: false }] }),
    offerInput({ contacts: [{ role: 'x', email: 'ikke-en-mail', internal: false }] }),
    offerInput({
      locations: [{ address: 'Vej 1', postalCode: '46000', city: 'Køge', municipality: '259' }],
    }),
    offerInput({ cost: { type: 'paid', rateDkk: -1 } }),
    offerInput({ capacity: { status: 'open', asOf: '2099-01-01' } }),
    offerInput({ provider: 'org-findes-ikke' }),
    offerInput({ topics: ['angst', 'ukendt-emne'] }),
  ]
  const good = [offerInput(), offerInput()]

  it('reports every bad row with its line and field, and writes nothing', async () => {
    const file = writeBundle('bad.json', {
      listings: [good[0], ...bad, good[1]],
      organizations: [
        { externalId: uniqueKey('org'), name: 'Forening', type: 'ngo', cvr: '12345678' },
      ],
      legalBases: [
        {
          externalId: uniqueKey('lb'),
          law: 'barnets-lov',
          paragraph: '32',
          heading: 'x',
          eli: 'https://example.com',
          validFrom: '2024-01-01',
        },
      ],
      legislationNotes: [
        {
          externalId: uniqueKey('note'),
          title: 'Uden dato',
          summary: 'x',
          body: 'x',
          visibility: 'public',
        },
      ],
    })
    const before = await offerCount()
    const report = await importFiles(payload, [file])
    expect(report.written).toBe(false)
    expect(await offerCount()).toBe(before)
    const fields = report.issues.map((issue) => [issue.section, issue.field, issue.message])
    expect(fields).toEqual(
      expect.arrayContaining([
        ['listings', 'ageMax', 'Alderen skal være mellem 0 og 30 år.'],
        ['listings', 'ageMax', 'Mindstealderen kan ikke være højere end maksimumalderen.'],
        ['listings', 'contacts.0.phone', expect.stringMatching(/dansk nummer/)],
        ['listings', 'contacts.0.email', expect.stringMatching(/E-mailadressen er ugyldig/)],
        ['listings', 'locations.0.postalCode', 'Postnummeret skal være fire cifre, fx 4600.'],
        ['listings', 'cost.rateDkk', 'Taksten kan ikke være negativ.'],
        ['listings', 'capacity.asOf', 'Datoen for kapaciteten kan ikke ligge i fremtiden.'],
        ['listings', 'provider', 'Ukendt organisation: org-findes-ikke.'],
        ['listings', 'topics', 'Ukendt emne: ukendt-emne.'],
        ['organizations', 'cvr', 'CVR-nummeret findes ikke: kontrolcifferet passer ikke.'],
        ['legalBases', 'eli', expect.stringMatching(/ELI-link/)],
        ['legislationNotes', 'effectiveDate', 'Angiv datoen, hvor reglerne træder i kraft.'],
      ]),
    )
    // Each issue points at the line where its item starts in the file.
    const lines = report.issues
      .filter((issue) => issue.section === 'listings')
      .map((issue) => issue.line!)
    expect(lines.every((line) => line > 1)).toBe(true)
    expect(new Set(lines).size).toBe(bad.length)
  })

  it('with --skip-invalid imports the good rows only', async () => {
    const goodOnes = [offerInput(), offerInput()]
    const file = writeBundle('mixed.json', { listings: [goodOnes[0], bad[0], goodOnes[1]] })
    const report = await importFiles(payload, [file], { skipInvalid: true })
    expect(report.written).toBe(true)
    expect(report.counts.listings.created).toBe(2)
    expect(await byKey(goodOnes[0]!.externalId)).toBeDefined()
    expect(await byKey((bad[0] as { externalId: string }).externalId)).toBeUndefined()
  })

  it('reports an item the collection refuses beyond the file rules, and writes none of the run', async () => {
    // A NUL character passes the file's rules but not the collection's input checks.
    const before = offerInput()
    const refused = offerInput({ summary: 'Kort tekst med et NUL-tegn \u0000 midt i.' })
    const file = writeBundle('refused.json', { listings: [before, refused] })
    const report = await importFiles(payload, [file])
    expect(report.written).toBe(false)
    expect(report.issues).toContainEqual(
      expect.objectContaining({ id: refused.externalId, field: 'summary' }),
    )
    expect(await byKey(before.externalId)).toBeUndefined()
    expect(await byKey(refused.externalId)).toBeUndefined()
  })
})

describe('re-import', () => {
  it('changes nothing the second time, and updates what changed', async () => {
    const offers = [offerInput(), offerInput({ status: 'draft' })]
    const file = writeBundle('twice.json', { listings: offers })
    const first = await importFiles(payload, [file])
    expect(first.counts.listings).toEqual({ created: 2, updated: 0, unchanged: 0 })
    const before = await byKey(offers[0]!.externalId)
    expect((await byKey(offers[1]!.externalId))?._status).toBe('draft')

    const second = await importFiles(payload, [file])
    expect(second.counts.listings).toEqual({ created: 0, updated: 0, unchanged: 2 })
    expect((await byKey(offers[0]!.externalId))?.updatedAt).toBe(before?.updatedAt)

    writeBundle('twice.json', {
      listings: [{ ...offers[0], title: `${offers[0]!.title} (ny titel)` }, offers[1]],
    })
    const third = await importFiles(payload, [file])
    expect(third.counts.listings).toEqual({ created: 0, updated: 1, unchanged: 1 })
    expect((await byKey(offers[0]!.externalId))?.title).toMatch(/\(ny titel\)$/)
  })

  it('--dry-run reports what would happen and writes nothing', async () => {
    const file = writeBundle('dry.json', { listings: [offerInput()] })
    const before = await offerCount()
    const report = await importFiles(payload, [file], { dryRun: true })
    expect(report.counts.listings.created).toBe(1)
    expect(report.written).toBe(false)
    expect(await offerCount()).toBe(before)
  })
})

describe('CSV', () => {
  it('imports one listing per row, and reports a bad row by its line', async () => {
    const rows = [
      offerInput(),
      offerInput({ kind: 'mentor', mentorType: 'volunteer', focus: ['school'] }),
      offerInput({ ageMin: 99 }),
    ]
    const file = path.join(dir, 'listings.csv')
    writeFileSync(file, listingsToCsv(rows))
    const failed = await importFiles(payload, [file])
    expect(failed.written).toBe(false)
    // The header is line 1 and each description spans three lines (two paragraphs), so the third
    // row starts on line 8.
    expect(failed.issues.map((issue) => [issue.file, issue.line, issue.field])).toEqual([
      ['listings.csv', 8, 'ageMin'],
      ['listings.csv', 8, 'ageMax'],
    ])

    const report = await importFiles(payload, [file], { skipInvalid: true })
    expect(report.counts.listings.created).toBe(2)
    const mentor = await payload.find({
      collection: 'mentors',
      where: { externalId: { equals: rows[1]!.externalId } },
      depth: 0,
    })
    expect(mentor.docs[0]?.mentorType).toBe('volunteer')
    expect(
      (await importFiles(payload, [file], { skipInvalid: true })).counts.listings.unchanged,
    ).toBe(2)
  })
})

describe('export', () => {
  it('round-trips: importing the export changes nothing', async () => {
    // Documents other tests made in the admin or the Local API carry no import hash yet: the
    // first import of an export records it (writing the same content). From then on an export
    // imports as a no-op, and exporting again gives the same bundle.
    const bundle = await exportBundle(payload)
    expect(bundle.listings.length).toBeGreaterThanOrEqual(80)
    const first = writeBundle('export.json', bundle as unknown as Record<string, unknown[]>)
    expect((await importFiles(payload, [first])).issues).toEqual([])
    const again = await exportBundle(payload)
    expect(again).toEqual(bundle)
    const second = writeBundle('export-again.json', again as unknown as Record<string, unknown[]>)
    const report = await importFiles(payload, [second], { dryRun: true })
    expect(report.issues).toEqual([])
    for (const counts of Object.values(report.counts)) {
      expect(counts.created).toBe(0)
      expect(counts.updated).toBe(0)
    }
    // Two imports and two exports of everything the other files made: minutes under load.
  }, 240_000)

  it('through the command line, with its exit codes', async () => {
    const exec = promisify(execFile)
    // Like the launcher, run an entry again when Node 20's loader ended it with exit code 13.
    const execEntry = async (file: string, args: string[], options: { env: NodeJS.ProcessEnv }) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await exec(file, args, options)
        } catch (error) {
          const code = (error as { code?: number }).code
          if (code !== LOADER_FLAKE_EXIT_CODE || attempt >= LOADER_FLAKE_ATTEMPTS) throw error
        }
      }
    }
    const run = (file: string, args: string[], options: { env: NodeJS.ProcessEnv }) =>
      execEntry(file, args, options).catch(
        (error: { stdout?: string; stderr?: string; code?: number; signal?: string }) => {
          if (error.code === 1 && /intet er skrevet/.test(error.stderr ?? '')) throw error
          throw new Error(
            `${args.join(' ')} failed (exit code ${error.code}, signal ${error.signal}):\n--- stdout\n${error.stdout}\n--- stderr\n${error.stderr}`,
          )
        },
      )
    const bad = writeBundle('cli-bad.json', { listings: [offerInput({ ageMax: 55 })] })
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'src/launcher/cli.ts', 'import', bad],
      { env: process.env },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect((failure as { code: number }).code).toBe(1)
    expect((failure as { stdout: string }).stdout).toMatch(
      /cli-bad\.json, linje \d+, opslag test-tilbud-[\w-]+, felt ageMax: Alderen skal være mellem 0 og 30 år\./,
    )
    expect((failure as { stderr: string }).stderr).toMatch(/1 fejl: intet er skrevet/)

    // The services are already prepared: the export and import commands themselves need no launcher.
    const out = path.join(dir, 'cli-export.json')
    await run(process.execPath, tsEntryArgs('src/import/cli.ts', 'export', '--out', out), {
      env: process.env,
    })
    const ok = await run(
      process.execPath,
      tsEntryArgs('src/import/cli.ts', 'import', out, '--dry-run'),
      { env: process.env },
    )
    expect(ok.stdout).toMatch(/opslag: 0 nye, 0 opdateret, \d+ uændret/)
    // Three command-line runs, each loading Payload: slow on a busy two-core machine.
  }, 240_000)
})

/**
 * `npm run bench:import [-- --listings 1000 --mode both|single|bulk]`: the importer's rate, not a
 * test. Writes a videnportal/v1 file of N new, valid listings (varied titles, kinds, ages, topics,
 * providers and municipalities from the sample content), then imports it on the benchmarks'
 * services (<data dir>/bench, no jobs runner): once item by item through Payload (the normal
 * path), and once through the bulk path (`--bulk`, src/import/bulk.ts) with keys of its own; then
 * the same file again (nothing changed: the idempotent re-run) and a changed copy (every item
 * updated). Prints listings per second for each (until the last listing is committed; the one-at-a
 * time path leaves indexing to its jobs, the bulk path hands each batch to Meilisearch) and the
 * time until the bulk path's listings are searchable, and writes the table to bench/results/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { withBenchPayload, writeBenchResult } from './lib/environment'

const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '1000' },
    mode: { type: 'string', default: 'both' },
  },
})
const LISTINGS = Number(args.listings)
const MODE = args.mode as 'both' | 'single' | 'bulk'
if (!Number.isInteger(LISTINGS) || LISTINGS < 1) throw new Error('--listings must be a count')
if (!['both', 'single', 'bulk'].includes(MODE)) throw new Error('--mode: both, single or bulk')

const needs = ['Angstforløb', 'Familiebehandling', 'Skolementor', 'Aflastning', 'Sorggruppe']
const places = ['Køge', 'Roskilde', 'Greve', 'Solrød', 'Stevns', 'Faxe']

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

async function references(payload: Payload) {
  const keys = async (collection: 'organizations' | 'topics', field: string) =>
    (
      await payload.find({
        collection,
        depth: 0,
        pagination: false,
        // access: the benchmark's own reference list.
        overrideAccess: true,
        select: { [field]: true },
      })
    ).docs
      .map((doc) => (doc as unknown as Record<string, string>)[field])
      .filter(Boolean)
  const members = await payload.find({
    collection: 'municipalities',
    where: { networkMember: { equals: true } },
    depth: 0,
    pagination: false,
    select: { code: true },
  })
  return {
    providers: await keys('organizations', 'externalId'),
    topics: await keys('topics', 'slug'),
    municipalities: members.docs.map((doc) => doc.code as string),
  }
}

/** N valid listings in the import format; `run` keeps each run's keys apart. */
function listings(refs: Awaited<ReturnType<typeof references>>, run: string, n: number) {
  const rand = random(n + run.length)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  return Array.from({ length: n }, (_, i) => {
    const kindRoll = rand()
    const kind = kindRoll < 0.6 ? 'offer' : kindRoll < 0.8 ? 'mentor' : 'school-option'
    const ageMin = Math.floor(rand() * 14)
    const place = pick(places)
    const municipality = pick(refs.municipalities)
    return {
      externalId: `bench-import-${run}-${i}`,
      kind,
      status: 'published',
      title: `${pick(needs)} i ${place} ${run} ${i}`,
      summary: 'Et forløb for børn og unge med faste aftaler og en voksen, barnet kender.',
      description: 'Vi samarbejder tæt med skolen og familien.\n\nHenvisning via kommunen.',
      provider: pick(refs.providers),
      ageMin,
      ageMax: ageMin + 3,
      topics: [...new Set([pick(refs.topics), pick(refs.topics)])],
      languages: ['da'],
      coverage: [municipality],
      wholeNetwork: false,
      legalBasis: [],
      referral: {
        howTo: 'Ring til koordinatoren.',
        municipalDecisionRequired: false,
        selfReferral: true,
      },
      cost: { type: 'free' },
      capacity: { status: 'open', asOf: '2026-11-01' },
      contacts: [{ role: 'Koordinator', email: 'koordinator@bench.example', internal: false }],
      locations: [{ address: `Torvet ${1 + i}`, postalCode: '4600', city: place, municipality }],
      visibility: rand() < 0.85 ? 'public' : 'internal',
      ...(kind === 'offer'
        ? { offerType: 'group-course' }
        : kind === 'mentor'
          ? { mentorType: 'volunteer' }
          : { schoolType: 'special-class', gradeFrom: 0, gradeTo: 10, admissionViaPPR: true }),
    }
  })
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-bench-import-'))
  const rows: string[] = []
  try {
    await withBenchPayload(async (payload) => {
      const { importFiles } = await import('../src/import/importer')
      const refs = await references(payload)
      const run = Date.now().toString(36)
      const modes = MODE === 'both' ? (['single', 'bulk'] as const) : [MODE]
      for (const mode of modes) {
        const items = listings(refs, `${run}-${mode}`, LISTINGS)
        const file = path.join(dir, `${mode}.json`)
        const changedFile = path.join(dir, `${mode}-changed.json`)
        writeFileSync(file, JSON.stringify({ format: 'videnportal/v1', listings: items }))
        writeFileSync(
          changedFile,
          JSON.stringify({
            format: 'videnportal/v1',
            listings: items.map((item) => ({ ...item, summary: `${item.summary} Opdateret.` })),
          }),
        )
        for (const [what, target] of [
          ['new listings', file],
          ['the same file again (unchanged)', file],
          ['every listing changed', changedFile],
        ] as const) {
          console.log(`[bench] ${mode}: ${what} (${LISTINGS}) …`)
          const started = performance.now()
          let writtenAt: number | undefined
          const report = await importFiles(payload, [target], {
            bulk: mode === 'bulk',
            onListingsWritten: () => (writtenAt = performance.now()),
          })
          const seconds = ((writtenAt ?? performance.now()) - started) / 1000
          const searchable = (performance.now() - started) / 1000
          if (!report.written || report.issues.length > 0)
            throw new Error(
              `the import refused the file: ${report.issues
                .slice(0, 3)
                .map((issue) => `${issue.field}: ${issue.message}`)
                .join('; ')}`,
            )
          const c = report.counts.listings
          rows.push(
            `| ${mode === 'bulk' ? 'bulk (--bulk)' : 'one at a time'} | ${what} | ${LISTINGS} | ${c.created}/${c.updated}/${c.unchanged} | ${seconds.toFixed(1)} | ${(LISTINGS / seconds).toFixed(0)} | ${mode === 'bulk' ? searchable.toFixed(1) : 'by the jobs runner'} |`,
          )
          console.log(rows.at(-1))
        }
      }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  writeBenchResult(
    'import',
    [
      `# Importer rate, ${new Date().toISOString()}, ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
      '',
      '| path | run | listings | created/updated/unchanged | seconds to commit | listings/s (target ≥ 200) | seconds to searchable |',
      '| --- | --- | --: | --- | --: | --: | --: |',
      ...rows,
    ].join('\n'),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

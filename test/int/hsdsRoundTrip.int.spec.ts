import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportBundle } from '@/import/exporter'
import { importFiles, type ImportReport } from '@/import/importer'

import { prepareDatabase } from '../../src/launcher/app'
import { projectRoot } from '../../src/launcher/paths'
import { offerInput, uniqueKey } from '../helpers/fixtures'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { type ListingFacts, publicListingFacts } from '../helpers/publicListings'
import { runTsChild } from '../helpers/tsChild'

/**
 * Issue 17's round trip: our HSDS output (`/api/hsds/services?full=true`, every page) imported
 * into an EMPTY portal (a database of its own: migrated, municipalities only, and the portal's
 * vocabulary of topics and provisions, which HSDS carries as terms without the facts our model
 * keeps about them) gives the same public listings, field by field and with the same stable ids.
 * Imported again into the portal it came from, it changes nothing (it names our own documents by
 * their HSDS ids); a changed record updates the public part of its document and keeps the rest.
 */

type Json = Record<string, unknown>
type ChildResult = { reports: ImportReport[]; facts: Record<string, ListingFacts> }

let payload: Payload
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-hsds-roundtrip-'))
const database = `hsds_roundtrip_${process.pid}_${Date.now().toString(36)}`
let admin: pg.Client | undefined

const databaseUri = (name: string) => {
  const url = new URL(process.env.DATABASE_URI!)
  url.pathname = `/${name}`
  return url.toString()
}

/** The environment of the empty portal: its own database and search index, no sample content. */
function emptyPortalEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: databaseUri(database),
    MEILI_INDEX: database,
    MEDIA_DIR: path.join(dir, 'media'),
    SEED_DEMO_USERS: 'false',
    SEED_SAMPLE_CONTENT: 'false',
    JOBS_RUNNER: 'off',
  }
  for (const key of ['SMTP_URL', 'S3_BUCKET', 'NODE_OPTIONS']) delete env[key]
  return env
}

/** Every page of the full services list, as one page (the shape a client saves). */
async function hsdsDataset(): Promise<Json> {
  const contents: Json[] = []
  let first: Json | undefined
  for (let page = 1; ; page++) {
    const response = await fetch(
      `${baseURL()}/api/hsds/services?full=true&per_page=200&page=${page}`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as Json
    first ??= body
    contents.push(...(body.contents as Json[]))
    if (body.last_page === true) break
  }
  return { ...first, page_number: 1, size: contents.length, last_page: true, contents }
}

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
    await admin.end()
  }
})

describe('the HSDS round trip', () => {
  it('gives an empty portal the same public listings, and changes nothing when it comes home', async () => {
    // A listing of this test's own with everything HSDS does not carry: a rate, an internal
    // contact and note, the whole network as its area.
    const input = offerInput({
      title: `Rundturens eget forløb ${uniqueKey('rt')}`,
      wholeNetwork: true,
      coverage: [],
      referral: {
        howTo: 'Ring til koordinatoren.',
        municipalDecisionRequired: false,
        selfReferral: true,
        internalNote: 'Kun efter aftale med rådgiveren.',
      },
      contacts: [
        { role: 'Koordinator', email: 'rundtur@pusterummet.example', internal: false },
        { name: 'Intern Kontakt', email: 'intern-rundtur@pusterummet.example', internal: true },
      ],
    })
    const own = path.join(dir, 'own.json')
    writeFileSync(own, JSON.stringify({ format: 'videnportal/v1', listings: [input] }))
    expect((await importFiles(payload, [own])).issues).toEqual([])
    const readOwn = async () =>
      (
        await payload.find({
          collection: 'offers',
          where: { externalId: { equals: input.externalId } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0] as unknown as Json & { id: number; hsdsId: string }
    const ownDoc = await readOwn()

    const dataset = await hsdsDataset()
    const file = path.join(dir, 'services.json')
    writeFileSync(file, JSON.stringify(dataset, null, 2))
    const before = await publicListingFacts(payload)
    expect(Object.keys(before)).toContain(ownDoc.hsdsId)
    expect((dataset.contents as Json[]).map((s) => s.id).sort()).toEqual(Object.keys(before).sort())
    // A listing whose organization is not public (a draft) is published without one: it cannot
    // be imported anywhere (our model needs a provider) and is reported.
    const withoutOrganization = Object.entries(before)
      .filter(([, facts]) => facts.organization === null)
      .map(([id]) => id)

    // The empty portal: its own database, migrated and seeded without content, and the
    // vocabulary of this portal (topics and provisions), which HSDS carries only as terms.
    admin = new pg.Client({ connectionString: databaseUri('postgres') })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${database}"`)
    const env = emptyPortalEnv()
    await prepareDatabase(env)
    const exported = await exportBundle(payload)
    const vocabulary = path.join(dir, 'vocabulary.json')
    writeFileSync(
      vocabulary,
      JSON.stringify({
        format: 'videnportal/v1',
        topics: exported.topics,
        legalBases: exported.legalBases,
      }),
    )
    const out = path.join(dir, 'empty-portal.json')
    const child = await runTsChild(
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'test/helpers/portalChild.ts'),
        '--out',
        out,
        '--skip-invalid',
        vocabulary,
        file,
      ],
      env,
    )
    expect(child.code, child.output.slice(-3000)).toBe(0)
    const result = JSON.parse(readFileSync(out, 'utf8')) as ChildResult
    const [vocabularyReport, hsdsReport] = result.reports
    expect(vocabularyReport!.issues).toEqual([])
    // Only the listings without a public organization are refused, each with its reason.
    expect(new Set(hsdsReport!.issues.map((issue) => issue.id))).toEqual(
      new Set(withoutOrganization.map((id) => `hsds:${id}`)),
    )
    expect(hsdsReport!.written).toBe(true)
    expect(hsdsReport!.counts.listings.created).toBe(
      Object.keys(before).length - withoutOrganization.length,
    )

    // The same public listings, field by field, under the same ids.
    const expected = Object.fromEntries(
      Object.entries(before).filter(([, facts]) => facts.organization !== null),
    )
    expect(Object.keys(result.facts).sort()).toEqual(Object.keys(expected).sort())
    for (const [id, facts] of Object.entries(expected))
      expect(result.facts[id], `${facts.title} (${id})`).toEqual(facts)

    // Home again: the same records name our own documents, so nothing changes.
    const home = await importFiles(payload, [file], { skipInvalid: true })
    expect(home.counts.listings).toMatchObject({ created: 0, updated: 0 })
    expect(home.counts.organizations).toMatchObject({ created: 0, updated: 0 })
    expect(home.counts.listings.unchanged).toBe(Object.keys(expected).length)
    expect(await publicListingFacts(payload)).toEqual(before)
    const untouched = await readOwn()
    expect(untouched.updatedAt).toBe(ownDoc.updatedAt)

    // A changed record updates the public part of its document and keeps the rest.
    const changed = {
      ...dataset,
      contents: (dataset.contents as Json[]).map((service) =>
        service.id === ownDoc.hsdsId ? { ...service, name: `${input.title} (ændret)` } : service,
      ),
    }
    writeFileSync(file, JSON.stringify(changed))
    const update = await importFiles(payload, [file], { skipInvalid: true })
    expect(update.counts.listings).toMatchObject({ created: 0, updated: 1 })
    const updated = await readOwn()
    expect(updated.id).toBe(ownDoc.id)
    expect(updated.hsdsId).toBe(ownDoc.hsdsId)
    expect(updated.title).toBe(`${input.title} (ændret)`)
    expect(updated.wholeNetwork).toBe(true)
    expect(updated.cost).toMatchObject({ type: 'paid', rateDkk: 1200, rateUnit: 'session' })
    expect(updated.referral).toMatchObject({ internalNote: 'Kun efter aftale med rådgiveren.' })
    expect((updated.contacts as Json[]).map((c) => c.email)).toEqual([
      'rundtur@pusterummet.example',
      'intern-rundtur@pusterummet.example',
    ])
    const { totalDocs } = await payload.count({
      collection: 'offers',
      where: { hsdsId: { equals: ownDoc.hsdsId } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  }, 600_000)
})

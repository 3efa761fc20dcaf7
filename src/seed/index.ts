import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { municipalitiesFileSchema, type MunicipalityInput } from '@/domain/municipality'
import { listingCollections } from '@/domain/options'
import { contentFiles } from '@/import/content'
import { formatIssue } from '@/import/format'
import { type Counts, importFiles } from '@/import/importer'
import { seedDemoSubscriptions } from '@/legislation/follow/demo'
import { linkDemoNetworkPeople } from '@/network/demo'

import { seedSearchTerms } from './searchTerms'
import { DEMO_PASSWORD, demoUsers } from './demoUsers'

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content')

export type SeedReport = {
  municipalities: { created: number; existing: number }
  searchTerms: { created: number } | 'kept'
  content: 'imported' | 'not empty' | 'not asked'
  contentCounts?: Record<string, Counts>
  demoUsers: { created: number; existing: number }
}

export function readMunicipalities(): MunicipalityInput[] {
  const raw = JSON.parse(readFileSync(path.join(contentDir, 'municipalities.json'), 'utf8'))
  return municipalitiesFileSchema.parse(raw).municipalities
}

// The seed is trusted code run by the launcher, not a request: access control does not apply
// (overrideAccess defaults to true in the Local API).
const context = { disableRevalidate: true }

/** Creates the municipalities that are missing; existing ones (and their network flag) are kept. */
async function seedMunicipalities(payload: Payload): Promise<SeedReport['municipalities']> {
  const { docs: existing } = await payload.find({
    collection: 'municipalities',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true },
  })
  const codes = new Set(existing.map((doc) => doc.code))
  const report = { created: 0, existing: 0 }
  for (const municipality of readMunicipalities()) {
    if (codes.has(municipality.code)) {
      report.existing++
      continue
    }
    await payload.create({ collection: 'municipalities', data: municipality, context })
    report.created++
  }
  return report
}

/** True when no organization and no listing exists yet: sample content goes only into that. */
async function hasNoContent(payload: Payload): Promise<boolean> {
  for (const collection of ['organizations', ...listingCollections] as const) {
    if ((await payload.count({ collection })).totalDocs > 0) return false
  }
  return true
}

async function seedContent(payload: Payload): Promise<Record<string, Counts>> {
  const report = await importFiles(payload, contentFiles())
  if (report.issues.length > 0) {
    throw new Error(
      `The sample content in content/ has errors:\n${report.issues.map(formatIssue).join('\n')}`,
    )
  }
  return report.counts
}

async function seedDemoUsers(payload: Payload): Promise<SeedReport['demoUsers']> {
  const report = { created: 0, existing: 0 }
  for (const user of demoUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) {
      report.existing++
      continue
    }
    let organization: number | undefined
    if (user.organizationKey) {
      const { docs } = await payload.find({
        collection: 'organizations',
        where: { externalId: { equals: user.organizationKey } },
        depth: 0,
        limit: 1,
        select: {},
      })
      organization = docs[0]?.id
      // An NGO editor belongs to an organization: without the sample content there is none.
      if (!organization) continue
    }
    let municipality: number | undefined
    if (user.municipalityCode) {
      const { docs } = await payload.find({
        collection: 'municipalities',
        where: { code: { equals: user.municipalityCode } },
        depth: 0,
        limit: 1,
        select: {},
      })
      municipality = docs[0]?.id
    }
    const created = await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        title: user.title,
        role: user.role,
        municipality,
        organization,
      },
      context,
    })
    if (user.responsibleForOrganizations) {
      // So that every demo listing has a consultant to remind and to tell of error reports.
      await payload.update({
        collection: 'organizations',
        where: { responsibleConsultant: { exists: false } },
        data: { responsibleConsultant: created.id },
        depth: 0,
        context,
      })
    }
    report.created++
  }
  return report
}

/**
 * Brings the database up to `content/`: the municipalities always (missing ones are created), the
 * sample content only when asked and the database holds no content yet, and the demo users only
 * when asked (embedded database or SEED_DEMO_USERS=true). Running it again changes nothing.
 */
export async function seed({
  payload,
  withDemoUsers,
  withSampleContent,
}: {
  payload: Payload
  withDemoUsers: boolean
  withSampleContent: boolean
}): Promise<SeedReport> {
  const municipalities = await seedMunicipalities(payload)
  const searchTerms = await seedSearchTerms(payload)
  let content: SeedReport['content'] = 'not asked'
  let contentCounts: SeedReport['contentCounts']
  if (withSampleContent) {
    if (await hasNoContent(payload)) {
      contentCounts = await seedContent(payload)
      content = 'imported'
    } else {
      content = 'not empty'
    }
  }
  const users = withDemoUsers ? await seedDemoUsers(payload) : { created: 0, existing: 0 }
  // What the demo caseworker follows (»Nyt siden sidst«, the weekly digest).
  if (withDemoUsers) await seedDemoSubscriptions(payload)
  // The sample network's leader and responsible persons (src/network/demo.ts).
  if (withDemoUsers) await linkDemoNetworkPeople(payload)
  return { municipalities, searchTerms, content, contentCounts, demoUsers: users }
}

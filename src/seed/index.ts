import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { municipalitiesFileSchema, type MunicipalityInput } from '@/domain/municipality'

import { DEMO_PASSWORD, demoUsers } from './demoUsers'

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content')

export type SeedReport = {
  municipalities: { created: number; updated: number; unchanged: number }
  demoUsers: { created: number; existing: number }
}

export function readMunicipalities(): MunicipalityInput[] {
  const raw = JSON.parse(readFileSync(path.join(contentDir, 'municipalities.json'), 'utf8'))
  return municipalitiesFileSchema.parse(raw).municipalities
}

// The seed is trusted code run by the launcher, not a request: access control does not apply
// (overrideAccess defaults to true in the Local API).
const context = { disableRevalidate: true }

async function seedMunicipalities(payload: Payload): Promise<SeedReport['municipalities']> {
  const wanted = readMunicipalities()
  const { docs: existing } = await payload.find({
    collection: 'municipalities',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true, name: true, region: true, networkMember: true },
  })
  const byCode = new Map(existing.map((doc) => [doc.code, doc]))
  const report = { created: 0, updated: 0, unchanged: 0 }
  for (const municipality of wanted) {
    const current = byCode.get(municipality.code)
    if (!current) {
      await payload.create({ collection: 'municipalities', data: municipality, context })
      report.created++
    } else if (
      current.name !== municipality.name ||
      current.region !== municipality.region ||
      Boolean(current.networkMember) !== municipality.networkMember
    ) {
      await payload.update({
        collection: 'municipalities',
        id: current.id,
        data: municipality,
        context,
      })
      report.updated++
    } else {
      report.unchanged++
    }
  }
  return report
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
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        title: user.title,
        role: user.role,
        municipality,
      },
      context,
    })
    report.created++
  }
  return report
}

/**
 * Brings the database up to the content in `content/`. Running it again changes nothing. Demo users
 * are only created when asked (embedded database or SEED_DEMO_USERS=true).
 */
export async function seed({
  payload,
  withDemoUsers,
}: {
  payload: Payload
  withDemoUsers: boolean
}): Promise<SeedReport> {
  const municipalities = await seedMunicipalities(payload)
  const users = withDemoUsers ? await seedDemoUsers(payload) : { created: 0, existing: 0 }
  return { municipalities, demoUsers: users }
}

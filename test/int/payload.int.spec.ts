import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { getTestPayload } from '../helpers/payload'

let payload: Payload

async function userByEmail(email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return docs[0]
}

async function municipalityId(code: string) {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: code } },
    depth: 0,
    limit: 1,
  })
  return docs[0]!.id
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('seed', () => {
  it('has loaded the 98 municipalities and the network', async () => {
    expect((await payload.count({ collection: 'municipalities' })).totalDocs).toBe(98)
    const members = await payload.find({
      collection: 'municipalities',
      where: { networkMember: { equals: true } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(members.docs.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Køge', 'Greve', 'Solrød', 'Stevns', 'Faxe', 'Roskilde']),
    )
  })

  it('changes nothing when it runs again', async () => {
    const report = await seed({ payload, withDemoUsers: true, withSampleContent: true })
    expect(report).toEqual({
      municipalities: { created: 0, existing: 98 },
      // The vocabulary is seeded once; after that the database is the source of truth.
      searchTerms: 'kept',
      content: 'not empty',
      demoUsers: { created: 0, existing: 4 },
    })
    expect((await payload.count({ collection: 'municipalities' })).totalDocs).toBe(98)
  })

  it('gave the demo users their roles and municipality', async () => {
    const caseworker = await userByEmail('sagsbehandler@videnportal.local')
    expect(caseworker.role).toBe('caseworker')
    expect(caseworker.municipality).toBe(await municipalityId('259'))
    expect((await userByEmail('admin@videnportal.local')).role).toBe('admin')
    expect((await userByEmail('konsulent@videnportal.local')).role).toBe('consultant')
    expect((await userByEmail('ngo@videnportal.local')).role).toBe('ngo-editor')
  })
})

describe('users', () => {
  it('requires a municipality for a caseworker, in Danish, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'users' })).totalDocs
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'uden-kommune@videnportal.local',
          password: 'hemmelig-1234',
          name: 'Uden Kommune',
          role: 'caseworker',
        },
      }),
    ).rejects.toThrow(/Kommune/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('does not let a user make themselves admin', async () => {
    const caseworker = await userByEmail('sagsbehandler@videnportal.local')
    const updated = await payload.update({
      collection: 'users',
      id: caseworker.id,
      data: { role: 'admin', title: 'Socialrådgiver' },
      overrideAccess: false,
      user: { ...caseworker, collection: 'users' },
    })
    expect(updated.role).toBe('caseworker')
    expect((await userByEmail('sagsbehandler@videnportal.local')).role).toBe('caseworker')
  })

  it('shows other users to caseworkers by name and title only', async () => {
    const caseworker = await userByEmail('sagsbehandler@videnportal.local')
    // Every user: other tests add many, and the caseworker need not be on the first page.
    const { docs } = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: { ...caseworker, collection: 'users' },
      depth: 0,
      pagination: false,
    })
    const self = docs.find((doc) => doc.id === caseworker.id)
    const other = docs.find((doc) => doc.id !== caseworker.id)
    expect(self?.email).toBe('sagsbehandler@videnportal.local')
    expect(other?.name).toBeTruthy()
    expect(other).not.toHaveProperty('email')
    expect(other).not.toHaveProperty('role')
  })

  it('shows an NGO editor only themselves', async () => {
    const editor = await userByEmail('ngo@videnportal.local')
    const { docs } = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
      depth: 0,
    })
    expect(docs.map((doc) => doc.email)).toEqual(['ngo@videnportal.local'])
  })

  it('lets only admins unlock an account', async () => {
    // Payload types unlock's data like a login; only the e-mail is used.
    const data = { email: 'konsulent@videnportal.local' } as { email: string; password: string }
    const caseworker = await userByEmail('sagsbehandler@videnportal.local')
    const admin = await userByEmail('admin@videnportal.local')
    await expect(
      payload.unlock({
        collection: 'users',
        data,
        overrideAccess: false,
        req: { user: { ...caseworker, collection: 'users' } },
      }),
    ).rejects.toThrow(/Du har ikke adgang til denne handling/)
    await expect(
      payload.unlock({
        collection: 'users',
        data,
        overrideAccess: false,
        req: { user: { ...admin, collection: 'users' } },
      }),
    ).resolves.toBe(true)
  })
})

describe('municipalities', () => {
  it('are readable by anyone and writable only by admins', async () => {
    const anonymous = await payload.find({
      collection: 'municipalities',
      overrideAccess: false,
      depth: 0,
      limit: 1,
    })
    expect(anonymous.totalDocs).toBe(98)
    const consultant = await userByEmail('konsulent@videnportal.local')
    await expect(
      payload.update({
        collection: 'municipalities',
        id: await municipalityId('259'),
        data: { name: 'Kø' },
        overrideAccess: false,
        user: { ...consultant, collection: 'users' },
      }),
    ).rejects.toThrow(/Du har ikke adgang til denne handling/)
    expect(
      (await payload.findByID({ collection: 'municipalities', id: await municipalityId('259') }))
        .name,
    ).toBe('Køge')
  })

  it('refuses a code that is not three digits', async () => {
    await expect(
      payload.create({
        collection: 'municipalities',
        data: { code: '12', name: 'Fantasia', region: 'Region Sjælland', networkMember: false },
      }),
    ).rejects.toThrow(/Kommunekode/)
  })
})

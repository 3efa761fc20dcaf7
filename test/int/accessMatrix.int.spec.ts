import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { recordSignIn } from '@/accounts/deactivate'
import { verifyListing } from '@/freshness/verify'
import { confirmListingAgainstNote } from '@/legislation/notes/confirm'
import { openReviewTask } from '@/reviewTasks'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { uniqueKey } from '../helpers/fixtures'
import { pdfBytes } from '../helpers/files'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * The whole access matrix, table-driven: every role (anonymous and two NGO editors included) ×
 * every collection × create/read/update/delete × the internal fields, over REST and over the Local
 * API with overrideAccess: false, against the real database. The expectations below restate the
 * rules of the access issue; they are not derived from the access code.
 */

type Role = 'anonymous' | 'caseworker' | 'consultant' | 'ngoA' | 'ngoB' | 'admin'
const roles: Role[] = ['anonymous', 'caseworker', 'consultant', 'ngoA', 'ngoB', 'admin']
type Channel = 'rest' | 'local'
const channels: Channel[] = ['rest', 'local']

let payload: Payload
const users = {} as Record<Exclude<Role, 'anonymous'>, User>
const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
const orgs = {} as { A: number; B: number; draft: number }
let koege = 0
let nextMunicipality = 0
const created: Array<{ collection: CollectionSlug; id: number }> = []

const cells = { checked: 0, unexpectedAllows: [] as string[], unexpectedDenies: [] as string[] }

function record(cell: string, expected: boolean, actual: boolean) {
  cells.checked++
  if (actual && !expected) cells.unexpectedAllows.push(cell)
  if (!actual && expected) cells.unexpectedDenies.push(cell)
}

const PASSWORD = 'matrix-kodeord-1'
const isEditor = (role: Role) => role === 'consultant' || role === 'admin'
const ngoOrg = (role: Role) => (role === 'ngoA' ? 'A' : role === 'ngoB' ? 'B' : undefined)

// ---------------------------------------------------------------- the rules, restated

type ListingCase = {
  name: string
  org: 'A' | 'B'
  status: 'published' | 'draft'
  visibility: 'public' | 'internal'
}
const listingCases: ListingCase[] = [
  { name: 'published public A', org: 'A', status: 'published', visibility: 'public' },
  { name: 'published internal A', org: 'A', status: 'published', visibility: 'internal' },
  { name: 'draft A', org: 'A', status: 'draft', visibility: 'public' },
  { name: 'published public B', org: 'B', status: 'published', visibility: 'public' },
  { name: 'draft B', org: 'B', status: 'draft', visibility: 'internal' },
]

const listingRules = {
  read(role: Role, doc: ListingCase) {
    if (isEditor(role)) return true
    if (ngoOrg(role) === doc.org) return true
    if (role === 'caseworker') return doc.status === 'published'
    return doc.status === 'published' && doc.visibility === 'public'
  },
  create: (role: Role, org: 'A' | 'B') => isEditor(role) || ngoOrg(role) === org,
  update: (role: Role, doc: ListingCase) => isEditor(role) || ngoOrg(role) === doc.org,
  delete: (role: Role) => isEditor(role),
  internalFields: (role: Role, doc: ListingCase) =>
    isEditor(role) || role === 'caseworker' || ngoOrg(role) === doc.org,
}

type NoteCase = { name: string; status: 'published' | 'draft'; visibility: 'public' | 'internal' }
const noteCases: NoteCase[] = [
  { name: 'published public', status: 'published', visibility: 'public' },
  { name: 'published internal', status: 'published', visibility: 'internal' },
  { name: 'draft', status: 'draft', visibility: 'public' },
]
const noteRules = {
  read(role: Role, doc: NoteCase) {
    if (isEditor(role)) return true
    if (role === 'caseworker') return doc.status === 'published'
    return doc.status === 'published' && doc.visibility === 'public'
  },
  write: (role: Role) => isEditor(role),
}

type OrgCase = { name: string; key: 'A' | 'B' | 'draft' }
const orgCases: OrgCase[] = [
  { name: 'organization A', key: 'A' },
  { name: 'organization B', key: 'B' },
  { name: 'draft organization', key: 'draft' },
]
const orgRules = {
  read: (role: Role, doc: OrgCase) => isEditor(role) || doc.key !== 'draft',
  update: (role: Role, doc: OrgCase) => isEditor(role) || ngoOrg(role) === doc.key,
  createOrDelete: (role: Role) => isEditor(role),
}

// Reference data: everyone reads; topics and legal bases are curated by consultants; the
// municipalities belong to the admins.
const referenceRules: Record<'topics' | 'legal-bases' | 'municipalities', (role: Role) => boolean> =
  {
    topics: isEditor,
    'legal-bases': isEditor,
    municipalities: (role) => role === 'admin',
  }

const mediaRules = {
  // An NGO editor's upload is not public until a consultant approves it.
  read: (role: Role, uploader: Role) => uploader !== 'ngoA' || isEditor(role) || role === 'ngoA',
  create: (role: Role) => isEditor(role) || ngoOrg(role) !== undefined,
  change: (role: Role, uploader: Role) =>
    isEditor(role) || (ngoOrg(role) !== undefined && role === uploader),
}

// Error reports: consultants and the secretariat handle them; an NGO editor reads those about their
// own organization (not the reporter's address); readers report through the form only.
const reportRules = {
  read: (role: Role, org: 'A' | 'B') => isEditor(role) || ngoOrg(role) === org,
  reporterEmail: (role: Role) => isEditor(role),
  update: (role: Role) => isEditor(role),
  create: (_role: Role) => false,
  delete: (role: Role) => role === 'admin',
}

const taskRules = {
  // An NGO editor sees and closes the owners' tasks of its own organization's listings only.
  read: (role: Role, task: 'ownersA' | 'ownersB' | 'consultants') =>
    isEditor(role) || (task !== 'consultants' && ngoOrg(role) === task.slice(-1)),
  create: (_role: Role) => false,
  delete: (role: Role) => role === 'admin',
}

const userRules = {
  read: (role: Role, target: Role) =>
    role === 'admin' || role === target || role === 'caseworker' || role === 'consultant',
  privateFields: (role: Role, target: Role) => role === 'admin' || role === target,
  update: (role: Role, target: Role) =>
    role === 'admin' || (role !== 'anonymous' && role === target),
  createOrDelete: (role: Role) => role === 'admin',
}

// ---------------------------------------------------------------- fixtures

const listingCollections = ['offers', 'mentors', 'school-options'] as const
type ListingCollection = (typeof listingCollections)[number]

function listingData(
  collection: ListingCollection,
  org: 'A' | 'B',
  status: string,
  visibility: string,
) {
  const kind =
    collection === 'offers'
      ? { offerType: 'counselling' }
      : collection === 'mentors'
        ? { mentorType: 'volunteer', focus: ['school'] }
        : { schoolType: 'special-class', gradeFrom: 0, gradeTo: 9, admissionViaPPR: true }
  return {
    title: `Matrix ${collection} ${uniqueKey('m')}`,
    summary: 'Opslag til adgangsmatrixen.',
    provider: orgs[org],
    ageMin: 6,
    ageMax: 16,
    coverage: [koege],
    referral: {
      howTo: 'Ring.',
      municipalDecisionRequired: false,
      selfReferral: true,
      internalNote: 'INTERN-HENVISNING',
    },
    cost: { type: 'paid', rateDkk: 999, rateUnit: 'hour', rateNote: 'INTERN-TAKSTNOTE' },
    capacity: { status: 'open', asOf: new Date().toISOString() },
    contacts: [
      { role: 'Åben kontakt', email: 'aaben@matrix.example', internal: false },
      { role: 'Direkte linje', email: 'intern@matrix.example', internal: true },
    ],
    visibility,
    _status: status,
    ...kind,
  }
}

function noteData(visibility: string, status: string) {
  return {
    title: `Matrixnote ${uniqueKey('n')}`,
    summary: 'Resumé.',
    body: {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'Tekst.', version: 1 }],
            version: 1,
          },
        ],
        version: 1,
      },
    },
    effectiveDate: '2024-01-01',
    visibility,
    _status: status,
  }
}

async function createAsSystem(
  collection: CollectionSlug,
  data: Record<string, unknown>,
  draft = false,
) {
  const doc = await payload.create({
    collection,
    data: data as never,
    draft,
    overrideAccess: true,
    depth: 0,
  })
  created.push({ collection, id: doc.id as number })
  return doc.id as number
}

async function login(email: string) {
  const response = await fetch(`${baseURL()}/api/users/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 250)}`,
    },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const body = (await response.json()) as { token: string }
  if (!body.token) throw new Error(`login ${email} failed`)
  return body.token
}

// ---------------------------------------------------------------- the two channels

type Attempt = { ok: boolean; doc?: Record<string, unknown> }

async function rest(role: Role, method: string, path: string, body?: unknown): Promise<Attempt> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.status >= 500)
    throw new Error(`${method} ${path} as ${role}: ${response.status} ${JSON.stringify(json)}`)
  return { ok: response.ok, doc: (json.doc as Record<string, unknown>) ?? json }
}

async function local<T>(run: () => Promise<T>): Promise<Attempt> {
  try {
    const doc = await run()
    return { ok: true, doc: doc as Record<string, unknown> }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return { ok: false }
    throw error
  }
}

const userArg = (role: Role) =>
  role === 'anonymous' ? {} : { user: { ...users[role], collection: 'users' as const } }

async function read(channel: Channel, role: Role, collection: CollectionSlug, id: number) {
  if (channel === 'rest') return rest(role, 'GET', `/${collection}/${id}?depth=0`)
  return local(() =>
    payload.findByID({ collection, id, depth: 0, overrideAccess: false, ...userArg(role) }),
  )
}
async function create(
  channel: Channel,
  role: Role,
  collection: CollectionSlug,
  data: Record<string, unknown>,
) {
  const attempt =
    channel === 'rest'
      ? await rest(role, 'POST', `/${collection}`, data)
      : await local(() =>
          payload.create({
            collection,
            data: data as never,
            overrideAccess: false,
            depth: 0,
            ...userArg(role),
          }),
        )
  if (attempt.ok && attempt.doc?.id) created.push({ collection, id: Number(attempt.doc.id) })
  return attempt
}
/** Updates are saved as drafts where the collection has them, so the fixtures stay as they are. */
async function update(
  channel: Channel,
  role: Role,
  collection: CollectionSlug,
  id: number,
  data: Record<string, unknown>,
  drafts: boolean,
) {
  if (channel === 'rest')
    return rest(role, 'PATCH', `/${collection}/${id}${drafts ? '?draft=true' : ''}`, data)
  return local(() =>
    payload.update({
      collection,
      id,
      data: data as never,
      draft: drafts,
      overrideAccess: false,
      depth: 0,
      ...userArg(role),
    }),
  )
}
async function remove(channel: Channel, role: Role, collection: CollectionSlug, id: number) {
  if (channel === 'rest') return rest(role, 'DELETE', `/${collection}/${id}`)
  return local(() =>
    payload.delete({ collection, id, overrideAccess: false, depth: 0, ...userArg(role) }),
  )
}

// ---------------------------------------------------------------- setup

beforeAll(async () => {
  payload = await getTestPayload()
  const find = async (collection: CollectionSlug, field: string, value: string) =>
    (
      await payload.find({
        collection,
        where: { [field]: { equals: value } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!.id as number
  orgs.A = await find('organizations', 'externalId', 'org-pusterummet')
  orgs.B = await find('organizations', 'externalId', 'org-ungeliv')
  koege = await find('municipalities', 'code', '259')
  orgs.draft = await createAsSystem(
    'organizations',
    { name: `Kladdeforening ${uniqueKey('o')}`, type: 'ngo', _status: 'draft' },
    true,
  )

  const people: Record<Exclude<Role, 'anonymous'>, Record<string, unknown>> = {
    caseworker: { role: 'caseworker', municipality: koege },
    consultant: { role: 'consultant', municipality: koege },
    ngoA: { role: 'ngo-editor', organization: orgs.A },
    ngoB: { role: 'ngo-editor', organization: orgs.B },
    admin: { role: 'admin' },
  }
  for (const [role, extra] of Object.entries(people) as Array<
    [Exclude<Role, 'anonymous'>, Record<string, unknown>]
  >) {
    const email = `${uniqueKey(`matrix-${role.toLowerCase()}`)}@videnportal.local`
    const id = await createAsSystem('users', {
      email,
      password: PASSWORD,
      name: `Matrix ${role}`,
      title: 'Testperson',
      ...extra,
    })
    users[role] = (await payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
    })) as User
    tokens[role] = await login(email)
  }
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
  console.log(
    `[access matrix] ${cells.checked} cells checked: ${cells.unexpectedAllows.length} unexpected allows, ${cells.unexpectedDenies.length} unexpected denies`,
  )
})

// ---------------------------------------------------------------- the matrix

describe.each(channels)('access matrix over %s', (channel) => {
  describe.each(listingCollections)('%s', (collection) => {
    it('read, update, delete and internal fields of every kind of listing, for every role', async () => {
      for (const docCase of listingCases) {
        const id = await createAsSystem(
          collection,
          listingData(collection, docCase.org, docCase.status, docCase.visibility),
          docCase.status === 'draft',
        )
        for (const role of roles) {
          const cell = `${channel} ${collection} ${role} read ${docCase.name}`
          const result = await read(channel, role, collection, id)
          record(cell, listingRules.read(role, docCase), result.ok)
          if (result.ok) {
            const doc = result.doc as {
              cost?: Record<string, unknown>
              referral?: Record<string, unknown>
              contacts?: Array<{ internal?: boolean }>
            }
            const internal = listingRules.internalFields(role, docCase)
            record(`${cell}: cost.rateDkk`, internal, doc.cost?.rateDkk === 999)
            record(`${cell}: cost.rateNote`, internal, doc.cost?.rateNote === 'INTERN-TAKSTNOTE')
            record(
              `${cell}: referral.internalNote`,
              internal,
              doc.referral?.internalNote === 'INTERN-HENVISNING',
            )
            record(
              `${cell}: internal contact`,
              internal,
              Boolean(doc.contacts?.some((c) => c.internal)),
            )
          }
          const updated = await update(
            channel,
            role,
            collection,
            id,
            { schedule: `ændret af ${role}` },
            true,
          )
          record(
            `${channel} ${collection} ${role} update ${docCase.name}`,
            listingRules.update(role, docCase),
            updated.ok,
          )

          const doomed = await createAsSystem(
            collection,
            listingData(collection, docCase.org, docCase.status, docCase.visibility),
            docCase.status === 'draft',
          )
          const deleted = await remove(channel, role, collection, doomed)
          record(
            `${channel} ${collection} ${role} delete ${docCase.name}`,
            listingRules.delete(role),
            deleted.ok,
          )
        }
      }
    })

    it('confirm (»Opslaget er stadig korrekt«) every kind of listing, and type its verification, for every role', async () => {
      for (const docCase of listingCases) {
        const id = await createAsSystem(
          collection,
          listingData(collection, docCase.org, docCase.status, docCase.visibility),
          docCase.status === 'draft',
        )
        for (const role of roles) {
          // Confirming is editing: the owner's editors and the consultants, never anyone else.
          const confirmed =
            channel === 'rest'
              ? await rest(role, 'POST', `/${collection}/${id}/verify`)
              : await local(() =>
                  verifyListing(payload, {
                    collection,
                    id,
                    user: role === 'anonymous' ? null : { ...users[role], collection: 'users' },
                  }),
                )
          record(
            `${channel} ${collection} ${role} confirm ${docCase.name}`,
            role !== 'anonymous' && listingRules.update(role, docCase),
            confirmed.ok,
          )
          // Nobody types a verification, not even those who may confirm.
          await update(
            channel,
            role,
            collection,
            id,
            { lastVerifiedAt: '2001-02-03', lastVerifiedHow: 'owner', nextReviewAt: '2099-01-01' },
            true,
          )
          const stored = (await payload.findByID({
            collection,
            id,
            depth: 0,
            draft: true,
            overrideAccess: true,
          })) as unknown as Record<string, unknown>
          record(
            `${channel} ${collection} ${role} type the verification of ${docCase.name}`,
            false,
            String(stored.lastVerifiedAt).startsWith('2001') ||
              String(stored.nextReviewAt).startsWith('2099'),
          )
        }
      }
    })

    it('confirm every kind of listing against a legislation note, and list its notes, for every role', async () => {
      for (const docCase of listingCases) {
        const id = await createAsSystem(
          collection,
          listingData(collection, docCase.org, docCase.status, docCase.visibility),
          docCase.status === 'draft',
        )
        const note = await createAsSystem('legislation-notes', {
          ...noteData('public', 'published'),
          effectiveDate: new Date().toISOString().slice(0, 10),
          affects: [{ relationTo: collection, value: id }],
        })
        for (const role of roles) {
          // Confirming against a note is editing: the owner's editors and the consultants.
          const confirmed =
            channel === 'rest'
              ? await rest(role, 'POST', `/${collection}/${id}/confirm-note`, { note })
              : await local(() =>
                  confirmListingAgainstNote(payload, {
                    collection,
                    id,
                    noteId: note,
                    user: role === 'anonymous' ? null : { ...users[role], collection: 'users' },
                  }),
                )
          record(
            `${channel} ${collection} ${role} confirm against a note ${docCase.name}`,
            role !== 'anonymous' && listingRules.update(role, docCase),
            confirmed.ok,
          )
          if (channel === 'rest') {
            record(
              `${channel} ${collection} ${role} list the notes of ${docCase.name}`,
              role !== 'anonymous' && listingRules.update(role, docCase),
              (await rest(role, 'GET', `/${collection}/${id}/legislation-notices`)).ok,
            )
          }
        }
      }
    })

    it('create for each organization, for every role', async () => {
      for (const role of roles) {
        for (const org of ['A', 'B'] as const) {
          const data = listingData(collection, org, 'draft', 'public')
          const result = await create(channel, role, collection, data)
          record(
            `${channel} ${collection} ${role} create for ${org}`,
            listingRules.create(role, org),
            result.ok,
          )
          if (result.ok) {
            // Whatever anyone but a consultant or admin creates is a draft awaiting review.
            const doc = await payload.findByID({
              collection,
              id: Number(result.doc!.id),
              depth: 0,
              overrideAccess: true,
              draft: true,
            })
            if (!isEditor(role)) expect(doc._status).toBe('draft')
          }
        }
      }
    })
  })

  it('legislation-notes', async () => {
    for (const docCase of noteCases) {
      const data = () => noteData(docCase.visibility, docCase.status)
      const id = await createAsSystem('legislation-notes', data(), docCase.status === 'draft')
      for (const role of roles) {
        record(
          `${channel} notes ${role} read ${docCase.name}`,
          noteRules.read(role, docCase),
          (await read(channel, role, 'legislation-notes', id)).ok,
        )
        record(
          `${channel} notes ${role} update ${docCase.name}`,
          noteRules.write(role),
          (await update(channel, role, 'legislation-notes', id, { summary: 'Nyt resumé.' }, true))
            .ok,
        )
        const doomed = await createAsSystem('legislation-notes', data(), docCase.status === 'draft')
        record(
          `${channel} notes ${role} delete ${docCase.name}`,
          noteRules.write(role),
          (await remove(channel, role, 'legislation-notes', doomed)).ok,
        )
      }
    }
    for (const role of roles) {
      const note = { ...noteData('public', 'draft'), title: `Ny note ${uniqueKey('n')}` }
      const result = await create(channel, role, 'legislation-notes', note)
      record(`${channel} notes ${role} create`, noteRules.write(role), result.ok)
    }
  })

  it('organizations', async () => {
    for (const docCase of orgCases) {
      const id = orgs[docCase.key]
      for (const role of roles) {
        record(
          `${channel} organizations ${role} read ${docCase.name}`,
          orgRules.read(role, docCase),
          (await read(channel, role, 'organizations', id)).ok,
        )
        record(
          `${channel} organizations ${role} update ${docCase.name}`,
          orgRules.update(role, docCase),
          (
            await update(
              channel,
              role,
              'organizations',
              id,
              { description: `Ændret af ${role}.` },
              true,
            )
          ).ok,
        )
      }
    }
    for (const role of roles) {
      const result = await create(channel, role, 'organizations', {
        name: `Ny forening ${uniqueKey('o')}`,
        type: 'ngo',
        _status: 'draft',
      })
      record(`${channel} organizations ${role} create`, orgRules.createOrDelete(role), result.ok)
      const doomed = await createAsSystem('organizations', {
        name: `Slettes ${uniqueKey('o')}`,
        type: 'ngo',
        _status: 'published',
      })
      record(
        `${channel} organizations ${role} delete`,
        orgRules.createOrDelete(role),
        (await remove(channel, role, 'organizations', doomed)).ok,
      )
    }
  })

  it.each(['topics', 'legal-bases', 'municipalities'] as const)('%s', async (collection) => {
    const sample = (): Record<string, unknown> =>
      collection === 'topics'
        ? { name: `Matrixemne ${uniqueKey('t')}`, facet: 'need' }
        : collection === 'legal-bases'
          ? {
              law: 'barnets-lov',
              paragraph: '32',
              heading: `Matrix ${uniqueKey('l')}`,
              eli: 'https://www.retsinformation.dk/eli/lta/2023/721',
              validFrom: '2024-01-01',
            }
          : {
              code: String(900 + nextMunicipality++),
              name: `Matrixkommune ${uniqueKey('k')}`,
              region: 'Region Sjælland',
              networkMember: false,
            }
    const id = await createAsSystem(collection, sample())
    for (const role of roles) {
      const write = referenceRules[collection](role)
      record(
        `${channel} ${collection} ${role} read`,
        true,
        (await read(channel, role, collection, id)).ok,
      )
      const change =
        collection === 'topics'
          ? { description: 'Ændret.' }
          : collection === 'legal-bases'
            ? { heading: 'Ændret' }
            : { networkMember: false }
      record(
        `${channel} ${collection} ${role} update`,
        write,
        (await update(channel, role, collection, id, change, false)).ok,
      )
      if (collection !== 'municipalities') {
        record(
          `${channel} ${collection} ${role} create`,
          write,
          (await create(channel, role, collection, sample())).ok,
        )
      }
      const doomed = await createAsSystem(collection, sample())
      record(
        `${channel} ${collection} ${role} delete`,
        write,
        (await remove(channel, role, collection, doomed)).ok,
      )
    }
  })

  it('error reports, and the reporter’s address', async () => {
    const report = async (org: 'A' | 'B') => {
      const offer = await createAsSystem(
        'offers',
        listingData('offers', org, 'published', 'public'),
      )
      return createAsSystem('error-reports', {
        target: { relationTo: 'offers', value: offer },
        organization: orgs[org],
        category: 'other',
        text: `Matrixmelding ${uniqueKey('r')}`,
        reporterEmail: 'laeser@example.dk',
        status: 'new',
      })
    }
    const reports = { A: await report('A'), B: await report('B') }
    const anOffer = await createAsSystem(
      'offers',
      listingData('offers', 'A', 'published', 'public'),
    )
    for (const role of roles) {
      for (const org of ['A', 'B'] as const) {
        const result = await read(channel, role, 'error-reports', reports[org])
        record(
          `${channel} error-reports ${role} read ${org}`,
          reportRules.read(role, org),
          result.ok,
        )
        if (result.ok) {
          record(
            `${channel} error-reports ${role} read ${org}: reporterEmail`,
            reportRules.reporterEmail(role),
            'reporterEmail' in (result.doc ?? {}),
          )
        }
        record(
          `${channel} error-reports ${role} update ${org}`,
          reportRules.update(role),
          (
            await update(
              channel,
              role,
              'error-reports',
              reports[org],
              { status: 'in-progress' },
              false,
            )
          ).ok,
        )
      }
      record(
        `${channel} error-reports ${role} create`,
        reportRules.create(role),
        (
          await create(channel, role, 'error-reports', {
            target: { relationTo: 'offers', value: anOffer },
            category: 'other',
            text: 'Direkte oprettet',
          })
        ).ok,
      )
      const doomed = await report('A')
      record(
        `${channel} error-reports ${role} delete`,
        reportRules.delete(role),
        (await remove(channel, role, 'error-reports', doomed)).ok,
      )
    }
  })

  it('subscriptions (who follows what): each person their own, admins all; never changed', async () => {
    const topicFor = () =>
      createAsSystem('topics', { name: `Matrixemne ${uniqueKey('f')}`, facet: 'need' })
    const owners = ['caseworker', 'ngoA', 'consultant'] as const
    const mine = {} as Record<(typeof owners)[number], number>
    for (const owner of owners) {
      mine[owner] = await createAsSystem('subscriptions', {
        user: users[owner].id,
        kind: 'topic',
        topic: await topicFor(),
      })
    }
    for (const role of roles) {
      for (const owner of owners) {
        const mayRead = role === owner || role === 'admin'
        record(
          `${channel} subscriptions ${role} read ${owner}'s`,
          mayRead,
          (await read(channel, role, 'subscriptions', mine[owner])).ok,
        )
        record(
          `${channel} subscriptions ${role} update ${owner}'s`,
          false,
          (
            await update(
              channel,
              role,
              'subscriptions',
              mine[owner],
              { kind: 'law', law: 'barnets-lov' },
              false,
            )
          ).ok,
        )
        const doomed = await createAsSystem('subscriptions', {
          user: users[owner].id,
          kind: 'topic',
          topic: await topicFor(),
        })
        record(
          `${channel} subscriptions ${role} delete ${owner}'s`,
          mayRead,
          (await remove(channel, role, 'subscriptions', doomed)).ok,
        )
      }
      record(
        `${channel} subscriptions ${role} create own`,
        role !== 'anonymous',
        (await create(channel, role, 'subscriptions', { kind: 'topic', topic: await topicFor() }))
          .ok,
      )
    }
  })

  it('shortlists: the owner and the colleagues named read, the owner (and admins) change', async () => {
    const owners = ['caseworker', 'ngoA', 'consultant'] as const
    const lists = {} as Record<(typeof owners)[number], number>
    for (const owner of owners) {
      lists[owner] = await createAsSystem('shortlists', {
        owner: users[owner].id,
        name: `Matrixliste ${owner}`,
        entries: [],
        // The caseworker's list is shared with the consultant by name.
        sharedWith: owner === 'caseworker' ? [users.consultant.id] : [],
      })
    }
    for (const role of roles) {
      for (const owner of owners) {
        const isOwner = role === owner || role === 'admin'
        const named = owner === 'caseworker' && role === 'consultant'
        record(
          `${channel} shortlists ${role} read ${owner}'s`,
          isOwner || named,
          (await read(channel, role, 'shortlists', lists[owner])).ok,
        )
        record(
          `${channel} shortlists ${role} update ${owner}'s`,
          isOwner,
          (
            await update(
              channel,
              role,
              'shortlists',
              lists[owner],
              { name: `Matrixliste ${owner} ${role}` },
              false,
            )
          ).ok,
        )
        const doomed = await createAsSystem('shortlists', {
          owner: users[owner].id,
          name: 'Matrixliste til sletning',
          entries: [],
        })
        record(
          `${channel} shortlists ${role} delete ${owner}'s`,
          isOwner,
          (await remove(channel, role, 'shortlists', doomed)).ok,
        )
      }
      record(
        `${channel} shortlists ${role} create own`,
        role !== 'anonymous',
        (await create(channel, role, 'shortlists', { name: 'Matrixliste ny', entries: [] })).ok,
      )
    }
  })

  it('follow-visits (the follow feature’s memory): admins read it, nobody writes it', async () => {
    const visited = await createAsSystem('follow-visits', {
      // One row per user: each channel's run its own.
      user: users[channel === 'rest' ? 'ngoB' : 'ngoA'].id,
      seenAt: new Date().toISOString(),
    })
    for (const role of roles) {
      record(
        `${channel} follow-visits ${role} read`,
        role === 'admin',
        (await read(channel, role, 'follow-visits', visited)).ok,
      )
      record(
        `${channel} follow-visits ${role} update`,
        false,
        (
          await update(
            channel,
            role,
            'follow-visits',
            visited,
            { seenAt: new Date().toISOString() },
            false,
          )
        ).ok,
      )
      record(
        `${channel} follow-visits ${role} create`,
        false,
        (await create(channel, role, 'follow-visits', { user: users.caseworker.id })).ok,
      )
      record(
        `${channel} follow-visits ${role} delete`,
        false,
        (await remove(channel, role, 'follow-visits', visited)).ok,
      )
    }
  })

  it('review-reminders (the reminder job’s memory): admins read it, nobody writes it', async () => {
    const doc = await payload.create({
      collection: 'review-reminders',
      data: { listing: uniqueKey('offers:matrix'), cycleDueAt: new Date().toISOString() },
      overrideAccess: true,
    })
    created.push({ collection: 'review-reminders', id: doc.id })
    for (const role of roles) {
      record(
        `${channel} review-reminders ${role} read`,
        role === 'admin',
        (await read(channel, role, 'review-reminders', doc.id)).ok,
      )
      record(
        `${channel} review-reminders ${role} update`,
        false,
        (
          await update(
            channel,
            role,
            'review-reminders',
            doc.id,
            { lastRemindedAt: new Date().toISOString() },
            false,
          )
        ).ok,
      )
      record(
        `${channel} review-reminders ${role} create`,
        false,
        (
          await create(channel, role, 'review-reminders', {
            listing: uniqueKey('offers:matrix'),
            cycleDueAt: new Date().toISOString(),
          })
        ).ok,
      )
      record(
        `${channel} review-reminders ${role} delete`,
        false,
        (await remove(channel, role, 'review-reminders', doc.id)).ok,
      )
    }
  })

  it('retsinformation-acts (the Retsinformation watch’s memory): consultants and admins read it, nobody writes it', async () => {
    const doc = await payload.create({
      collection: 'retsinformation-acts',
      data: {
        eli: `https://www.retsinformation.dk/eli/lta/1999/${uniqueKey('m')}`,
        law: 'Matrixlov',
      },
      overrideAccess: true,
    })
    created.push({ collection: 'retsinformation-acts', id: doc.id })
    for (const role of roles) {
      record(
        `${channel} retsinformation-acts ${role} read`,
        isEditor(role),
        (await read(channel, role, 'retsinformation-acts', doc.id)).ok,
      )
      record(
        `${channel} retsinformation-acts ${role} update`,
        false,
        (await update(channel, role, 'retsinformation-acts', doc.id, { law: 'Ændret' }, false)).ok,
      )
      record(
        `${channel} retsinformation-acts ${role} create`,
        false,
        (
          await create(channel, role, 'retsinformation-acts', {
            eli: `https://www.retsinformation.dk/eli/lta/1998/${uniqueKey('m')}`,
          })
        ).ok,
      )
      record(
        `${channel} retsinformation-acts ${role} delete`,
        false,
        (await remove(channel, role, 'retsinformation-acts', doc.id)).ok,
      )
    }
  })

  it('legal-basis-moves (the record of moves off a repealed provision), its confirmation, the bulk move and the flag', async () => {
    // Consultants and the secretariat read every move; an NGO editor those of their own
    // organization; nobody writes one over the API. Confirming is for whoever may edit the listing
    // (404 for everyone else); the bulk move is for consultants and the secretariat.
    const provisions = await Promise.all(
      ['A', 'B'].map((key) =>
        createAsSystem('legal-bases', {
          law: 'serviceloven',
          paragraph: '52',
          heading: `Matrixflytning ${key} ${uniqueKey('p')}`,
          eli: 'https://www.retsinformation.dk/eli/lta/2005/573',
          validFrom: '2007-01-01',
        }),
      ),
    )
    const moveOf = async (org: 'A' | 'B') => {
      const offer = await createAsSystem(
        'offers',
        listingData('offers', org, 'published', 'public'),
      )
      return createAsSystem('legal-basis-moves', {
        summary: `Matrixflytning ${uniqueKey('f')}`,
        listing: { relationTo: 'offers', value: offer },
        listingKey: `offers:${offer}`,
        organization: orgs[org],
        from: provisions[0],
        to: provisions[1],
        status: 'proposed',
        proposedBy: users.admin.id,
        proposedAt: new Date().toISOString(),
      })
    }
    const moves = { A: await moveOf('A'), B: await moveOf('B') }
    const sample = () => ({
      summary: 'Skrevet over API',
      listing: { relationTo: 'offers', value: 1 },
      listingKey: 'offers:1',
      from: provisions[0],
      to: provisions[1],
      status: 'applied',
      proposedAt: new Date().toISOString(),
    })
    for (const role of roles) {
      for (const org of ['A', 'B'] as const) {
        record(
          `${channel} legal-basis-moves ${role} read ${org}`,
          isEditor(role) || ngoOrg(role) === org,
          (await read(channel, role, 'legal-basis-moves', moves[org])).ok,
        )
        record(
          `${channel} legal-basis-moves ${role} update ${org}`,
          false,
          (
            await update(
              channel,
              role,
              'legal-basis-moves',
              moves[org],
              { status: 'applied' },
              false,
            )
          ).ok,
        )
        record(
          `${channel} legal-basis-moves ${role} delete ${org}`,
          false,
          (await remove(channel, role, 'legal-basis-moves', moves[org])).ok,
        )
      }
      record(
        `${channel} legal-basis-moves ${role} create`,
        false,
        (await create(channel, role, 'legal-basis-moves', sample())).ok,
      )
    }
    if (channel === 'rest') {
      const post = async (role: Role, path: string, body?: unknown) => {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' }
        if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
        const response = await fetch(`${baseURL()}/api${path}`, {
          method: 'POST',
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        if (response.status >= 500) throw new Error(`${path} as ${role}: ${response.status}`)
        return response.status
      }
      for (const role of roles) {
        for (const org of ['A', 'B'] as const) {
          // A move nobody confirmed yet answers 200 (or 409 once someone has): both mean allowed.
          const status = await post(role, `/legal-basis-moves/${moves[org]}/confirm`)
          record(
            `rest legal-basis-moves ${role} confirm ${org}`,
            isEditor(role) || ngoOrg(role) === org,
            status === 200 || status === 409,
          )
        }
        // The provision is not repealed: the bulk move answers 400 to those allowed to ask.
        const status = await post(role, `/legal-bases/${provisions[0]}/move-listings`, {})
        record(`rest legal-bases ${role} move-listings`, isEditor(role), status === 400)
      }
    }
    // Nobody types the repeal flag: it is the portal's own conclusion.
    const offer = await createAsSystem('offers', listingData('offers', 'A', 'published', 'public'))
    for (const role of roles) {
      await update(channel, role, 'offers', offer, { citesRepealed: true }, true)
      const stored = (await payload.findByID({
        collection: 'offers',
        id: offer,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })) as unknown as { citesRepealed?: boolean }
      record(`${channel} offers ${role} type the repeal flag`, false, stored.citesRepealed === true)
    }
  })

  it('review-tasks', async () => {
    const open = async (task: 'ownersA' | 'ownersB' | 'consultants') => {
      const key = uniqueKey(`matrix-task-${task}`)
      if (task === 'consultants') {
        await openReviewTask(payload, {
          kind: 'act-changed',
          dedupeKey: key,
          assignee: 'consultants',
          title: 'Matrixopgave til konsulenterne',
        })
      } else {
        const offer = await createAsSystem(
          'offers',
          listingData('offers', task === 'ownersA' ? 'A' : 'B', 'published', 'public'),
        )
        await openReviewTask(payload, {
          kind: 'repealed-provision',
          dedupeKey: key,
          assignee: 'owners',
          title: 'Matrixopgave til ejerne',
          listing: { collection: 'offers', id: offer },
        })
      }
      const { docs } = await payload.find({
        collection: 'review-tasks',
        where: { dedupeKey: { equals: key } },
        depth: 0,
        overrideAccess: true,
      })
      created.push({ collection: 'review-tasks', id: docs[0]!.id })
      return docs[0]!.id
    }
    const tasks = {
      ownersA: await open('ownersA'),
      ownersB: await open('ownersB'),
      consultants: await open('consultants'),
    }
    for (const role of roles) {
      for (const task of Object.keys(tasks) as (keyof typeof tasks)[]) {
        record(
          `${channel} review-tasks ${role} read ${task}`,
          taskRules.read(role, task),
          (await read(channel, role, 'review-tasks', tasks[task])).ok,
        )
        const id = await open(task)
        record(
          `${channel} review-tasks ${role} update ${task}`,
          taskRules.read(role, task),
          (await update(channel, role, 'review-tasks', id, { status: 'done' }, false)).ok,
        )
      }
      record(
        `${channel} review-tasks ${role} create`,
        taskRules.create(role),
        (
          await create(channel, role, 'review-tasks', {
            kind: 'act-changed',
            assignee: 'consultants',
            title: 'Direkte oprettet',
            dedupeKey: uniqueKey('direct'),
          })
        ).ok,
      )
      const doomed = await open('ownersA')
      record(
        `${channel} review-tasks ${role} delete`,
        taskRules.delete(role),
        (await remove(channel, role, 'review-tasks', doomed)).ok,
      )
    }
  })

  it('search-terms', async () => {
    // The search vocabulary: everyone reads it (public searches use it); consultants and the
    // secretariat maintain it.
    const sample = () => ({
      kind: 'group',
      terms: [`matrixord${uniqueKey('s')}`.toLowerCase(), 'matrixsynonym'],
    })
    const id = await createAsSystem('search-terms', sample())
    for (const role of roles) {
      record(
        `${channel} search-terms ${role} read`,
        true,
        (await read(channel, role, 'search-terms', id)).ok,
      )
      record(
        `${channel} search-terms ${role} update`,
        isEditor(role),
        (await update(channel, role, 'search-terms', id, { note: 'Ændret.' }, false)).ok,
      )
      record(
        `${channel} search-terms ${role} create`,
        isEditor(role),
        (await create(channel, role, 'search-terms', sample())).ok,
      )
      const doomed = await createAsSystem('search-terms', sample())
      record(
        `${channel} search-terms ${role} delete`,
        isEditor(role),
        (await remove(channel, role, 'search-terms', doomed)).ok,
      )
    }
  })

  it('search-stats', async () => {
    // Daily search counts: only the secretariat reads them; only the system writes them.
    const [row] = (
      await (
        payload.db as unknown as {
          drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ id: number }> }> }
        }
      ).drizzle.execute(
        sql`INSERT INTO search_stats (key, day, query_key, filters, searches) VALUES (${uniqueKey('matrix')}, '2026-01-01', 'closed:matrix', '', 1) RETURNING id`,
      )
    ).rows
    const id = row!.id
    created.push({ collection: 'search-stats', id })
    const sample = { key: uniqueKey('k'), day: '2026-01-02', queryKey: 'x', searches: 1 }
    for (const role of roles) {
      record(
        `${channel} search-stats ${role} read`,
        role === 'admin',
        (await read(channel, role, 'search-stats', id)).ok,
      )
      record(
        `${channel} search-stats ${role} update`,
        false,
        (await update(channel, role, 'search-stats', id, { searches: 99 }, false)).ok,
      )
      record(
        `${channel} search-stats ${role} create`,
        false,
        (await create(channel, role, 'search-stats', sample)).ok,
      )
      record(
        `${channel} search-stats ${role} delete`,
        false,
        (await remove(channel, role, 'search-stats', id)).ok,
      )
    }
  })

  it('media', async () => {
    const uploads = {} as Record<Role, number>
    for (const uploader of ['ngoA', 'consultant'] as const) {
      const doc = await payload.create({
        collection: 'media',
        data: {
          alt: 'Matrixbillede',
          createdBy: users[uploader].id,
          approved: uploader === 'consultant',
        },
        file: {
          data: pdfBytes(),
          mimetype: 'application/pdf',
          name: `${uniqueKey('m')}.pdf`,
          size: pdfBytes().length,
        },
        overrideAccess: true,
      })
      created.push({ collection: 'media', id: doc.id })
      uploads[uploader] = doc.id
    }
    for (const role of roles) {
      for (const uploader of ['ngoA', 'consultant'] as const) {
        record(
          `${channel} media ${role} read upload by ${uploader}`,
          mediaRules.read(role, uploader),
          (await read(channel, role, 'media', uploads[uploader])).ok,
        )
        record(
          `${channel} media ${role} update upload by ${uploader}`,
          mediaRules.change(role, uploader),
          (
            await update(
              channel,
              role,
              'media',
              uploads[uploader],
              { alt: `Ændret af ${role}` },
              false,
            )
          ).ok,
        )
      }
      // Create over the Local API only: REST uploads are covered with multipart in media.int.spec.ts.
      if (channel === 'local') {
        const attempt = await local(() =>
          payload.create({
            collection: 'media',
            data: { alt: 'Ny' },
            file: {
              data: pdfBytes(),
              mimetype: 'application/pdf',
              name: `${uniqueKey('n')}.pdf`,
              size: pdfBytes().length,
            },
            overrideAccess: false,
            ...userArg(role),
          }),
        )
        if (attempt.ok) created.push({ collection: 'media', id: Number(attempt.doc!.id) })
        record(`${channel} media ${role} create`, mediaRules.create(role), attempt.ok)
      }
    }
  })

  it('mail outbox: only the secretariat reads and deletes; nobody writes over the API', async () => {
    const mail = () => ({
      to: `${uniqueKey('til')}@videnportal.local`,
      subject: 'Matrixmail',
      reason: 'Du får denne e-mail, fordi den er en test.',
      text: 'Tekst',
      html: '<p>Tekst</p>',
      status: 'kept',
    })
    const id = await createAsSystem('mail-outbox', mail())
    for (const role of roles) {
      const secretariat = role === 'admin'
      record(
        `${channel} mail-outbox ${role} read`,
        secretariat,
        (await read(channel, role, 'mail-outbox', id)).ok,
      )
      record(
        `${channel} mail-outbox ${role} update`,
        false,
        (await update(channel, role, 'mail-outbox', id, { subject: 'Ændret' }, false)).ok,
      )
      record(
        `${channel} mail-outbox ${role} create`,
        false,
        (await create(channel, role, 'mail-outbox', mail())).ok,
      )
      const doomed = await createAsSystem('mail-outbox', mail())
      record(
        `${channel} mail-outbox ${role} delete`,
        secretariat,
        (await remove(channel, role, 'mail-outbox', doomed)).ok,
      )
    }
  })

  it('users, and the private fields of users', async () => {
    for (const role of roles) {
      for (const target of ['caseworker', 'consultant', 'ngoA', 'admin'] as const) {
        const id = users[target].id
        const result = await read(channel, role, 'users', id)
        record(`${channel} users ${role} read ${target}`, userRules.read(role, target), result.ok)
        if (result.ok) {
          const doc = result.doc as Record<string, unknown>
          const shown = userRules.privateFields(role, target)
          record(`${channel} users ${role} read ${target}: email`, shown, 'email' in doc)
          record(`${channel} users ${role} read ${target}: role`, shown, 'role' in doc)
          expect(doc.name, 'name is always shown').toBeTruthy()
        }
        record(
          `${channel} users ${role} update ${target}`,
          userRules.update(role, target),
          (await update(channel, role, 'users', id, { title: `Titel sat af ${role}` }, false)).ok,
        )
      }
      const email = `${uniqueKey('ny')}@videnportal.local`
      record(
        `${channel} users ${role} create`,
        userRules.createOrDelete(role),
        (
          await create(channel, role, 'users', {
            email,
            password: PASSWORD,
            name: 'Ny',
            role: 'admin',
          })
        ).ok,
      )
      const doomed = await createAsSystem('users', {
        email: `${uniqueKey('slet')}@videnportal.local`,
        password: PASSWORD,
        name: 'Slettes',
        role: 'caseworker',
        municipality: koege,
      })
      record(
        `${channel} users ${role} delete`,
        userRules.createOrDelete(role),
        (await remove(channel, role, 'users', doomed)).ok,
      )
    }
  })
})

describe.each(channels)('accounts over %s', (channel) => {
  // Invitations: the secretariat reads and withdraws all; a consultant those they sent; nobody
  // changes one over the API; the link's secret is never read by anyone.
  const invitationRules = {
    read: (role: Role, by: 'consultant' | 'admin') =>
      role === 'admin' || (role === 'consultant' && by === 'consultant'),
    create: (role: Role) => isEditor(role),
  }
  const invitation = async (by: 'consultant' | 'admin') => {
    const doc = await payload.create({
      collection: 'invitations',
      data: {
        email: `${uniqueKey('matrix-inv')}@videnportal.local`,
        name: 'Matrix inviteret',
        role: 'ngo-editor',
        organization: orgs.A,
      } as never,
      user: { ...users[by], collection: 'users' },
      overrideAccess: true,
      depth: 0,
    })
    created.push({ collection: 'invitations', id: doc.id })
    return doc.id
  }

  it('invitations, and the secret of their link', async () => {
    const sent = { consultant: await invitation('consultant'), admin: await invitation('admin') }
    for (const role of roles) {
      for (const by of ['consultant', 'admin'] as const) {
        const result = await read(channel, role, 'invitations', sent[by])
        record(
          `${channel} invitations ${role} read by ${by}`,
          invitationRules.read(role, by),
          result.ok,
        )
        if (result.ok) {
          record(
            `${channel} invitations ${role} read by ${by}: linkNonce`,
            false,
            'linkNonce' in (result.doc ?? {}),
          )
        }
        record(
          `${channel} invitations ${role} update by ${by}`,
          false,
          (await update(channel, role, 'invitations', sent[by], { name: 'Ændret' }, false)).ok,
        )
      }
      record(
        `${channel} invitations ${role} create`,
        invitationRules.create(role),
        (
          await create(channel, role, 'invitations', {
            email: `${uniqueKey('matrix-ny')}@videnportal.local`,
            name: 'Ny',
            role: 'ngo-editor',
            organization: orgs.A,
          })
        ).ok,
      )
      for (const by of ['consultant', 'admin'] as const) {
        const doomed = await invitation(by)
        record(
          `${channel} invitations ${role} delete by ${by}`,
          invitationRules.read(role, by),
          (await remove(channel, role, 'invitations', doomed)).ok,
        )
      }
    }
  })

  it('the account fields of users: last sign-in and closing, for admins and the user only', async () => {
    for (const target of ['caseworker', 'consultant', 'ngoA', 'admin'] as const) {
      await recordSignIn(payload, users[target].id, new Date())
    }
    for (const role of roles) {
      for (const target of ['caseworker', 'consultant', 'ngoA', 'admin'] as const) {
        const result = await read(channel, role, 'users', users[target].id)
        if (!result.ok) continue
        record(
          `${channel} users ${role} read ${target}: lastSignInAt`,
          userRules.privateFields(role, target),
          'lastSignInAt' in (result.doc ?? {}),
        )
        // Nobody sets them over the API: a closing goes through the endpoint (mail, sessions).
        const changed = await update(
          channel,
          role,
          'users',
          users[target].id,
          { deactivatedAt: new Date().toISOString(), deactivationReason: 'admin' },
          false,
        )
        const after = await payload.findByID({
          collection: 'users',
          id: users[target].id,
          depth: 0,
          overrideAccess: true,
        })
        record(
          `${channel} users ${role} update ${target}: deactivatedAt`,
          false,
          changed.ok && Boolean((after as { deactivatedAt?: unknown }).deactivatedAt),
        )
      }
    }
  })
})

describe('the account endpoints', () => {
  it('deactivate and reactivate answer admins only; resend the inviter and admins only', async () => {
    const post = async (role: Role, path: string) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
      const response = await fetch(`${baseURL()}/api${path}`, { method: 'POST', headers })
      if (response.status >= 500) throw new Error(`${path} as ${role}: ${response.status}`)
      return response.ok
    }
    for (const role of roles) {
      const doomed = await createAsSystem('users', {
        email: `${uniqueKey('matrix-luk')}@videnportal.local`,
        password: PASSWORD,
        name: 'Lukkes',
        role: 'caseworker',
        municipality: koege,
      })
      record(
        `rest users ${role} deactivate`,
        role === 'admin',
        await post(role, `/users/${doomed}/deactivate`),
      )
      await payload.db.updateOne({
        collection: 'users',
        id: doomed,
        data: { deactivatedAt: new Date().toISOString(), deactivationReason: 'admin' },
        returning: false,
      })
      record(
        `rest users ${role} reactivate`,
        role === 'admin',
        await post(role, `/users/${doomed}/reactivate`),
      )
      for (const by of ['consultant', 'admin'] as const) {
        const invitation = await payload.create({
          collection: 'invitations',
          data: {
            email: `${uniqueKey('matrix-igen')}@videnportal.local`,
            name: 'Igen',
            role: 'ngo-editor',
            organization: orgs.A,
          } as never,
          user: { ...users[by], collection: 'users' },
          overrideAccess: true,
          depth: 0,
        })
        created.push({ collection: 'invitations', id: invitation.id })
        record(
          `rest invitations ${role} resend by ${by}`,
          role === 'admin' || (role === 'consultant' && by === 'consultant'),
          await post(role, `/invitations/${invitation.id}/resend`),
        )
      }
    }
  })
})

describe('relationship population obeys the reader', () => {
  it('never reaches an internal or draft listing through a note, nor a draft organization through a listing', async () => {
    const publicOffer = await createAsSystem(
      'offers',
      listingData('offers', 'A', 'published', 'public'),
    )
    const internalOffer = await createAsSystem(
      'offers',
      listingData('offers', 'A', 'published', 'internal'),
    )
    const draftOffer = await createAsSystem(
      'offers',
      listingData('offers', 'A', 'draft', 'public'),
      true,
    )
    const note = await createAsSystem('legislation-notes', {
      ...noteData('public', 'published'),
      affects: [publicOffer, internalOffer, draftOffer].map((value) => ({
        relationTo: 'offers',
        value,
      })),
    })
    const onDraftOrg = await createAsSystem('offers', {
      ...listingData('offers', 'A', 'published', 'public'),
      provider: orgs.draft,
    })

    for (const role of ['anonymous', 'ngoB'] as const) {
      const { doc } = await rest(role, 'GET', `/legislation-notes/${note}?depth=1`)
      const affects = (doc as { affects: Array<{ value: unknown }> }).affects
      const populated = affects.filter((ref) => typeof ref.value === 'object' && ref.value !== null)
      record(
        `rest notes ${role} populate public listing`,
        true,
        populated.some((ref) => (ref.value as { id: number }).id === publicOffer),
      )
      const leaked = affects.some((ref) => {
        const id = relationId(ref.value)
        return id === internalOffer || id === draftOffer
      })
      record(`rest notes ${role} populate internal or draft listing`, false, leaked)

      const listing = await rest(role, 'GET', `/offers/${onDraftOrg}?depth=1`)
      const provider = (listing.doc as { provider: unknown }).provider
      record(
        `rest offers ${role} populate draft organization`,
        false,
        typeof provider === 'object' && provider !== null,
      )
    }
  })
})

describe('the secretariat overview (Overblik) and its CSV export', () => {
  it('answers consultants and admins only, every table and the drill-down alike', async () => {
    for (const role of roles) {
      for (const table of [
        'organisationer',
        'kommuner',
        'gennemsyn',
        'planlagte-noter',
        'lovovervaagning',
        `opslag?organisation=${orgs.A}`,
        'repealed-provisions',
      ]) {
        const headers: Record<string, string> = {}
        if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
        const response = await fetch(`${baseURL()}/api/overblik/${table}`, { headers })
        if (response.status >= 500)
          throw new Error(`overblik ${table} as ${role}: ${response.status}`)
        record(`rest overblik ${table} ${role} read`, isEditor(role), response.ok)
      }
    }
  })
})

describe("single sign-on: its endpoints, its settings view and the users' link to a provider", () => {
  it('lets everybody start and finish a sign-in (only redirects), shows the settings to admins, and lets nobody type the link', async () => {
    const cookieOf = (role: Role): Record<string, string> =>
      role === 'anonymous' ? {} : { Cookie: `payload-token=${tokens[role]}` }
    for (const role of roles) {
      for (const path of [
        '/api/sso/test-koege/start',
        '/api/sso/nowhere/start',
        '/api/sso/test-koege/callback?code=x&state=y',
      ]) {
        const response = await fetch(`${baseURL()}${path}`, {
          headers: cookieOf(role),
          redirect: 'manual',
        })
        if (response.status >= 500) throw new Error(`${path} as ${role}: ${response.status}`)
        record(`rest sso ${path} ${role} answers with a redirect`, true, response.status === 303)
      }
      const view = await fetch(`${baseURL()}/admin/single-sign-on`, {
        headers: cookieOf(role),
        redirect: 'manual',
      })
      if (view.status >= 500) throw new Error(`/admin/single-sign-on as ${role}: ${view.status}`)
      const html = view.status === 200 ? await view.text() : ''
      record(
        `rest sso settings view ${role} read`,
        role === 'admin',
        html.includes('data-sso-provider="test-koege"'),
      )
      expect(html).not.toContain('test-oidc-client-secret')
    }
    for (const target of ['caseworker', 'admin'] as const) {
      // access: as the sign-in sets it (src/sso/signIn.ts), so that there is a value to read.
      await payload.update({
        collection: 'users',
        id: users[target].id,
        data: { ssoProvider: 'matrix', ssoSubject: `matrix-${target}` },
      })
    }
    for (const channel of channels) {
      for (const role of roles) {
        for (const target of ['caseworker', 'admin'] as const) {
          const id = users[target].id
          await update(
            channel,
            role,
            'users',
            id,
            { ssoProvider: 'typed', ssoSubject: 'typed' },
            false,
          )
          // access: the matrix inspects the stored row itself.
          const stored = await payload.findByID({ collection: 'users', id, depth: 0 })
          record(
            `${channel} users ${role} write ssoProvider of ${target}`,
            false,
            stored.ssoProvider === 'typed' || stored.ssoSubject === 'typed',
          )
          const result = await read(channel, role, 'users', id)
          if (result.ok) {
            const doc = result.doc as Record<string, unknown>
            record(
              `${channel} users ${role} read ${target}: ssoSubject`,
              userRules.privateFields(role, target),
              'ssoSubject' in doc,
            )
          }
        }
      }
    }
  })
})

describe('open data (HSDS) and the API description: public, the same answer for every role', () => {
  it('lets every role read /api/hsds and /api/openapi.json, and shows nobody an internal listing', async () => {
    const internal = new Set<string>()
    for (const collection of ['offers', 'mentors', 'school-options'] as const) {
      // access: the matrix reads every internal listing's HSDS id to look for it in the answers.
      const { docs } = await payload.find({
        collection,
        where: { visibility: { equals: 'internal' } },
        pagination: false,
        depth: 0,
      })
      for (const doc of docs) internal.add((doc as unknown as { hsdsId: string }).hsdsId)
    }
    expect(internal.size).toBeGreaterThan(0)
    const answers = new Set<string>()
    for (const role of roles) {
      const headers: Record<string, string> = {}
      if (role !== 'anonymous') headers.Authorization = `JWT ${tokens[role]}`
      for (const path of ['/api/hsds/', '/api/hsds/services?minimal=true', '/api/openapi.json']) {
        const response = await fetch(`${baseURL()}${path}`, { headers })
        if (response.status >= 500) throw new Error(`${path} as ${role}: ${response.status}`)
        const text = await response.text()
        record(`rest ${path} ${role} read`, true, response.ok)
        if (path.includes('services')) {
          answers.add(text)
          record(
            `rest ${path} ${role} read an internal listing`,
            false,
            [...internal].some((id) => text.includes(id)),
          )
        }
      }
    }
    // One public answer for everybody (what makes it cacheable).
    expect(answers.size).toBe(1)
  })
})

// ---------------------------------------------------------------- networks (issue 18)

// Networks are relationships over the roles: the secretariat (admin) edits all; a consultant edits
// the networks they lead or are in the secretariat of; users of member municipalities (the matrix's
// caseworker and consultant work for Køge) read; everyone reads a public network.
type NetworkCase = {
  name: string
  visibility: 'public' | 'internal'
  koegeMember: boolean
  consultantIs?: 'leader' | 'secretariat' | 'steering'
}
const networkCases: NetworkCase[] = [
  { name: 'public, Køge not a member', visibility: 'public', koegeMember: false },
  { name: 'internal, Køge a member', visibility: 'internal', koegeMember: true },
  {
    name: 'internal, led by the consultant',
    visibility: 'internal',
    koegeMember: false,
    consultantIs: 'leader',
  },
  {
    name: 'internal, consultant in its secretariat',
    visibility: 'internal',
    koegeMember: false,
    consultantIs: 'secretariat',
  },
  {
    name: 'internal, consultant in its steering group',
    visibility: 'internal',
    koegeMember: false,
    consultantIs: 'steering',
  },
  { name: 'internal, nobody of the matrix', visibility: 'internal', koegeMember: false },
]
const networkRules = {
  read(role: Role, doc: NetworkCase) {
    if (role === 'admin' || doc.visibility === 'public') return true
    if (role === 'caseworker') return doc.koegeMember
    if (role === 'consultant') return doc.koegeMember || doc.consultantIs !== undefined
    return false
  },
  edit: (role: Role, doc: NetworkCase) =>
    role === 'admin' ||
    (role === 'consultant' &&
      (doc.consultantIs === 'leader' || doc.consultantIs === 'secretariat')),
  create: (role: Role) => isEditor(role),
}

function networkData(doc: NetworkCase) {
  const consultant = users.consultant.id
  return {
    name: `Matrixnetværk ${uniqueKey('net')}`,
    formality: 'formal',
    task: 'open',
    visibility: doc.visibility,
    memberMunicipalities: doc.koegeMember ? [koege] : [],
    leader: doc.consultantIs === 'leader' ? consultant : users.admin.id,
    secretariat: doc.consultantIs === 'secretariat' ? [{ user: consultant }] : [],
    steeringGroup:
      doc.consultantIs === 'steering'
        ? [{ user: consultant }]
        : [{ name: 'Ekstern Person', title: 'Leder, Familiehuset' }],
    kommissorium: { purpose: 'Matrixformål.' },
  }
}

describe.each(channels)('networks over %s', (channel) => {
  it('networks: read, update, delete and create for every role and every relationship', async () => {
    for (const doc of networkCases) {
      const id = await createAsSystem('networks', networkData(doc))
      for (const role of roles) {
        const cell = `${channel} networks ${doc.name} ${role}`
        record(
          `${cell} read`,
          networkRules.read(role, doc),
          (await read(channel, role, 'networks', id)).ok,
        )
        record(
          `${cell} update`,
          networkRules.edit(role, doc),
          (await update(channel, role, 'networks', id, { summary: `Ændret af ${role}.` }, false))
            .ok,
        )
        const doomed = await createAsSystem('networks', networkData(doc))
        record(
          `${cell} delete`,
          networkRules.edit(role, doc),
          (await remove(channel, role, 'networks', doomed)).ok,
        )
      }
    }
    for (const role of roles) {
      record(
        `${channel} networks ${role} create`,
        networkRules.create(role),
        (await create(channel, role, 'networks', networkData(networkCases[5]!))).ok,
      )
    }
  })
})

describe.each(channels)('network parts over %s', (channel) => {
  // Activities of the annual plan follow the network's read rule; meetings (agendas, minutes) are
  // for members and editors even when the network is public; writes are for the network's editors.
  const partCases = [networkCases[0]!, networkCases[1]!, networkCases[2]!, networkCases[5]!]
  const meetingRead = (role: Role, doc: NetworkCase) =>
    role === 'admin' ||
    (role === 'caseworker' && doc.koegeMember) ||
    (role === 'consultant' && (doc.koegeMember || doc.consultantIs !== undefined))
  const activityData = (network: number) => ({
    network,
    title: `Matrixaktivitet ${uniqueKey('akt')}`,
    purpose: 'Formål.',
    genre: 'temadag',
    expectedProduct: 'Et notat.',
    startsAt: '2027-03-01T08:00:00.000Z',
    status: 'planned',
  })
  const meetingData = (network: number) => ({
    network,
    title: `Matrixmøde ${uniqueKey('moede')}`,
    startsAt: '2027-03-01T08:00:00.000Z',
    agenda: [{ title: 'Punkt', purpose: 'droeftelse', minutes: 20 }],
  })

  it('network-activities and network-meetings: every role, every relationship, every operation', async () => {
    for (const doc of partCases) {
      const network = await createAsSystem('networks', networkData(doc))
      for (const [collection, data, readRule] of [
        ['network-activities', activityData, networkRules.read],
        ['network-meetings', meetingData, meetingRead],
      ] as const) {
        const id = await createAsSystem(collection, data(network))
        for (const role of roles) {
          const cell = `${channel} ${collection} in ${doc.name} ${role}`
          record(
            `${cell} read`,
            readRule(role, doc),
            (await read(channel, role, collection, id)).ok,
          )
          record(
            `${cell} update`,
            networkRules.edit(role, doc),
            (await update(channel, role, collection, id, { title: `Ændret ${role}` }, false)).ok,
          )
          record(
            `${cell} create`,
            networkRules.edit(role, doc),
            (await create(channel, role, collection, data(network))).ok,
          )
          const doomed = await createAsSystem(collection, data(network))
          record(
            `${cell} delete`,
            networkRules.edit(role, doc),
            (await remove(channel, role, collection, doomed)).ok,
          )
        }
      }
    }
  })

  it('network-calendar-links: each person their own, admins all; nobody writes over the API', async () => {
    const network = await createAsSystem('networks', networkData(networkCases[1]!))
    const own = await createAsSystem('network-calendar-links', {
      user: users.caseworker.id,
      network,
    })
    for (const role of roles) {
      const cell = `${channel} network-calendar-links ${role}`
      record(
        `${cell} read`,
        role === 'admin' || role === 'caseworker',
        (await read(channel, role, 'network-calendar-links', own)).ok,
      )
      record(
        `${cell} update`,
        false,
        (
          await update(
            channel,
            role,
            'network-calendar-links',
            own,
            { revokedAt: new Date().toISOString() },
            false,
          )
        ).ok,
      )
      record(
        `${cell} create`,
        false,
        (
          await create(channel, role, 'network-calendar-links', {
            user: users.caseworker.id,
            network,
          })
        ).ok,
      )
      record(
        `${cell} delete`,
        false,
        (await remove(channel, role, 'network-calendar-links', own)).ok,
      )
    }
  })
})

// ---------------------------------------------------------------- methods (issue 18)

// Methods and templates belong to a network and follow it like its activities and meetings: its
// editors (leader, secretariat; admins everywhere) read everything and write; its members read the
// published ones, internal included; everyone reads a published public one. A method of no
// network is the secretariat's own: admins write it, staff read it once published. A file attached
// to a method follows the method; the text extracted from files is never sent to anyone.
type MethodOwner = NetworkCase | null
const methodRules = {
  read(role: Role, owner: MethodOwner, doc: NoteCase) {
    if (role === 'admin') return true
    if (doc.status === 'published' && doc.visibility === 'public') return true
    if (owner === null)
      return doc.status === 'published' && (role === 'caseworker' || role === 'consultant')
    if (networkRules.edit(role, owner)) return true
    return doc.status === 'published' && networkMember(role, owner)
  },
  write: (role: Role, owner: MethodOwner) =>
    owner === null ? role === 'admin' : networkRules.edit(role, owner),
}
/** A member of the network: users of member municipalities and the people it names. */
const networkMember = (role: Role, doc: NetworkCase) =>
  (role === 'caseworker' && doc.koegeMember) ||
  (role === 'consultant' && (doc.koegeMember || doc.consultantIs !== undefined))

function methodData(visibility: string, status: string, files: number[] = [], network?: number) {
  const note = noteData(visibility, status)
  return {
    ...(network ? { network } : {}),
    title: `Matrixmetode ${uniqueKey('mt')}`,
    summary: note.summary,
    description: note.body,
    visibility,
    _status: status,
    whenToUse: 'Når matrixen kører.',
    methodType: 'template',
    evidenceLevel: 'experience-based',
    owner: 'Matrixgruppen',
    version: '1.0',
    files,
  }
}

async function methodFile(): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Matrixskabelon', approved: true },
    file: {
      data: pdfBytes(),
      mimetype: 'application/pdf',
      name: `${uniqueKey('mf')}.pdf`,
      size: pdfBytes().length,
    },
    overrideAccess: true,
  })
  created.push({ collection: 'media', id: doc.id })
  return doc.id
}

describe.each(channels)('methods over %s', (channel) => {
  // No network; public but Køge no member; Køge a member; led by the consultant; nobody's.
  // (The secretariat edits like the leader: networkEditConstraint, walked in the networks matrix.)
  const owners: MethodOwner[] = [
    null,
    networkCases[0]!,
    networkCases[1]!,
    networkCases[2]!,
    networkCases[5]!,
  ]
  it("methods: read, update, delete, create, their files and the files' text, for every role and owner network", async () => {
    for (const owner of owners) {
      const network = owner ? await createAsSystem('networks', networkData(owner)) : undefined
      const ownerName = owner ? `in ${owner.name}` : 'of no network'
      for (const docCase of noteCases) {
        const file = await methodFile()
        const data = () => methodData(docCase.visibility, docCase.status, [file], network)
        const id = await createAsSystem('methods', data(), docCase.status === 'draft')
        for (const role of roles) {
          const cell = `${channel} methods ${ownerName} ${role}`
          const seen = await read(channel, role, 'methods', id)
          record(`${cell} read ${docCase.name}`, methodRules.read(role, owner, docCase), seen.ok)
          record(
            `${cell} reads fileText of ${docCase.name}`,
            false,
            seen.ok && seen.doc !== undefined && 'fileText' in seen.doc,
          )
          const fileSeen = await read(channel, role, 'media', file)
          record(
            `${cell} reads the file of ${docCase.name}`,
            methodRules.read(role, owner, docCase),
            fileSeen.ok,
          )
          record(
            `${cell} reads documentText of a file of ${docCase.name}`,
            false,
            'documentText' in (fileSeen.doc ?? {}),
          )
          record(
            `${cell} update ${docCase.name}`,
            methodRules.write(role, owner),
            (await update(channel, role, 'methods', id, { summary: 'Nyt resumé.' }, true)).ok,
          )
          const doomed = await createAsSystem('methods', data(), docCase.status === 'draft')
          record(
            `${cell} delete ${docCase.name}`,
            methodRules.write(role, owner),
            (await remove(channel, role, 'methods', doomed)).ok,
          )
        }
      }
      for (const role of roles) {
        const result = await create(
          channel,
          role,
          'methods',
          methodData('public', 'draft', [], network),
        )
        record(
          `${channel} methods ${ownerName} ${role} create`,
          methodRules.write(role, owner),
          result.ok,
        )
      }
      if (network === undefined) continue
      // Moving a method into a network its writer does not edit is refused.
      const mine = await createAsSystem('methods', methodData('public', 'published', [], network))
      const elsewhere = await createAsSystem('networks', networkData(networkCases[5]!))
      for (const role of roles) {
        record(
          `${channel} methods ${ownerName} ${role} moves one to a network they do not edit`,
          role === 'admin',
          (await update(channel, role, 'methods', mine, { network: elsewhere }, true)).ok,
        )
      }
    }
  }, 900_000)
})

// ---------------------------------------------------------------- cooperation quality (issue 18)

// Indicator sets and answers belong to the network's own work: its members and editors read them,
// whether the network is public or not; nobody else. Its editors (leader, secretariat, admins)
// write sets and any answer; a consultant answers for their own municipality (Køge) when it is a
// member. Caseworkers read, never answer.
const qualityRules = {
  read: (role: Role, doc: NetworkCase) =>
    role === 'admin' ||
    (role === 'caseworker' && doc.koegeMember) ||
    (role === 'consultant' && (doc.koegeMember || doc.consultantIs !== undefined)),
  edit: (role: Role, doc: NetworkCase) => networkRules.edit(role, doc),
  answerOwn: (role: Role, doc: NetworkCase, forKoege: boolean) =>
    networkRules.edit(role, doc) || (role === 'consultant' && forKoege && doc.koegeMember),
}

describe.each(channels)('cooperation quality over %s', (channel) => {
  it('indicator sets and answers: read, update, delete and create for every role and relationship', async () => {
    const greve = (
      await payload.find({
        collection: 'municipalities',
        where: { code: { equals: '253' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!.id
    for (const doc of networkCases) {
      // One answer per set, municipality and year: each case has its own set, so years restart.
      let year = 2015
      const networkId = await createAsSystem('networks', {
        ...networkData(doc),
        memberMunicipalities: doc.koegeMember ? [koege, greve] : [greve],
      })
      const setData = () => ({
        network: networkId,
        title: `Matrixindikatorer ${uniqueKey('qi')}`,
        themes: [{ theme: 'Forankring', indicators: [{ key: 'maal', statement: 'Fælles mål.' }] }],
      })
      const setId = await createAsSystem('quality-indicator-sets', setData())
      const answerFor = (municipality: number) => ({
        indicatorSet: setId,
        municipality,
        year: year++,
        scores: [{ indicator: 'maal', score: 3 }],
      })
      const answers = [
        { forKoege: false, id: await createAsSystem('quality-answers', answerFor(greve)) },
        ...(doc.koegeMember
          ? [{ forKoege: true, id: await createAsSystem('quality-answers', answerFor(koege)) }]
          : []),
      ]
      for (const role of roles) {
        const cell = `${channel} quality ${doc.name} ${role}`
        record(
          `${cell} read set`,
          qualityRules.read(role, doc),
          (await read(channel, role, 'quality-indicator-sets', setId)).ok,
        )
        record(
          `${cell} update set`,
          qualityRules.edit(role, doc),
          (
            await update(
              channel,
              role,
              'quality-indicator-sets',
              setId,
              { title: `Af ${role}` },
              false,
            )
          ).ok,
        )
        const doomedSet = await createAsSystem('quality-indicator-sets', setData())
        record(
          `${cell} delete set`,
          qualityRules.edit(role, doc),
          (await remove(channel, role, 'quality-indicator-sets', doomedSet)).ok,
        )
        record(
          `${cell} create set`,
          qualityRules.edit(role, doc),
          (await create(channel, role, 'quality-indicator-sets', setData())).ok,
        )
        for (const { forKoege, id } of answers) {
          const which = forKoege ? 'Køge' : 'Greve'
          record(
            `${cell} read ${which} answer`,
            qualityRules.read(role, doc),
            (await read(channel, role, 'quality-answers', id)).ok,
          )
          record(
            `${cell} update ${which} answer`,
            qualityRules.answerOwn(role, doc, forKoege),
            (
              await update(
                channel,
                role,
                'quality-answers',
                id,
                { scores: [{ indicator: 'maal', score: 4 }] },
                false,
              )
            ).ok,
          )
          record(
            `${cell} create ${which} answer`,
            qualityRules.answerOwn(role, doc, forKoege),
            (await create(channel, role, 'quality-answers', answerFor(forKoege ? koege : greve)))
              .ok,
          )
        }
        const doomed = await createAsSystem('quality-answers', answerFor(greve))
        record(
          `${cell} delete answer`,
          qualityRules.edit(role, doc),
          (await remove(channel, role, 'quality-answers', doomed)).ok,
        )
      }
    }
  })
})

// ---------------------------------------------------------------- cooperations (issue 19)

// A cooperation is read by its parties (users of a party municipality, the party organization's
// NGO editors) and the professionals of its network; everyone reads one marked public, and of it
// only the tools marked public. Consultants and admins write. The organization's side
// (cooperation-sides) is written by the organization's NGO editors as drafts and by consultants.
type CooperationCase = {
  name: string
  visibility: 'public' | 'internal'
  org: 'A' | 'B'
  koegeParty: boolean
  network?: NetworkCase
}
const cooperationCases: CooperationCase[] = [
  { name: 'public, A with Køge', visibility: 'public', org: 'A', koegeParty: true },
  { name: 'internal, A with Greve', visibility: 'internal', org: 'A', koegeParty: false },
  { name: 'internal, B with Køge', visibility: 'internal', org: 'B', koegeParty: true },
  {
    name: 'internal, B with Greve, in a network Køge is a member of',
    visibility: 'internal',
    org: 'B',
    koegeParty: false,
    network: networkCases[1],
  },
  {
    name: 'internal, B with Greve, in a network of nobody of the matrix',
    visibility: 'internal',
    org: 'B',
    koegeParty: false,
    network: networkCases[5],
  },
]
const cooperationRules = {
  insider(role: Role, doc: CooperationCase) {
    if (isEditor(role)) return true
    if (ngoOrg(role)) return ngoOrg(role) === doc.org
    if (role === 'caseworker') return doc.koegeParty || Boolean(doc.network?.koegeMember)
    return false
  },
  read: (role: Role, doc: CooperationCase) =>
    doc.visibility === 'public' || cooperationRules.insider(role, doc),
  // Only the agreement is public in these fixtures; the other tools and the checklist are not.
  internalTools: (role: Role, doc: CooperationCase) => cooperationRules.insider(role, doc),
  write: (role: Role) => isEditor(role),
}
let greve = 0
async function cooperationData(doc: CooperationCase) {
  if (!greve)
    greve = (
      await payload.find({
        collection: 'municipalities',
        where: { code: { equals: '253' } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!.id as number
  return {
    title: `Matrixsamarbejde ${uniqueKey('coop')}`,
    organization: orgs[doc.org],
    municipalities: [doc.koegeParty ? koege : greve],
    network: doc.network ? await createAsSystem('networks', networkData(doc.network)) : null,
    visibility: doc.visibility,
    publicTools: ['agreement'],
    agreement: { purpose: 'Matrixformål.' },
    theoryOfChange: { targetGroup: 'Matrixmålgruppe.' },
    reflectionChecklist: [{ question: 'e1-theory-of-change', answer: 'Matrixsvar.' }],
  }
}

describe.each(channels)('cooperations over %s', (channel) => {
  it('cooperations: read, internal tools, update, delete and create for every role and party', async () => {
    for (const doc of cooperationCases) {
      const data = await cooperationData(doc)
      const id = await createAsSystem('cooperations', data)
      for (const role of roles) {
        const cell = `${channel} cooperations ${doc.name} ${role}`
        const attempt = await read(channel, role, 'cooperations', id)
        record(`${cell} read`, cooperationRules.read(role, doc), attempt.ok)
        if (attempt.ok) {
          record(`${cell} agreement`, true, attempt.doc?.agreement !== undefined)
          record(
            `${cell} theoryOfChange`,
            cooperationRules.internalTools(role, doc),
            attempt.doc?.theoryOfChange !== undefined,
          )
          record(
            `${cell} reflectionChecklist`,
            cooperationRules.internalTools(role, doc),
            attempt.doc?.reflectionChecklist !== undefined,
          )
        }
        record(
          `${cell} update`,
          cooperationRules.write(role),
          (
            await update(
              channel,
              role,
              'cooperations',
              id,
              { agreement: { purpose: `Ændret af ${role}.` } },
              false,
            )
          ).ok,
        )
        const doomed = await createAsSystem('cooperations', {
          ...data,
          title: `Matrixsamarbejde ${uniqueKey('coop')}`,
        })
        record(
          `${cell} delete`,
          cooperationRules.write(role),
          (await remove(channel, role, 'cooperations', doomed)).ok,
        )
      }
    }
    for (const role of roles) {
      record(
        `${channel} cooperations ${role} create`,
        cooperationRules.write(role),
        (await create(channel, role, 'cooperations', await cooperationData(cooperationCases[1]!)))
          .ok,
      )
    }
  })

  it("cooperation-sides: the organization's editors write their side as drafts, nobody else of theirs", async () => {
    for (const doc of cooperationCases.slice(0, 3)) {
      const cooperation = await createAsSystem('cooperations', await cooperationData(doc))
      const side = await createAsSystem('cooperation-sides', {
        cooperation,
        provider: orgs[doc.org],
        roles: { functional: 'Matrixrolle.' },
        _status: 'published',
      })
      for (const role of roles) {
        const cell = `${channel} cooperation-sides of ${doc.name} ${role}`
        record(
          `${cell} read`,
          cooperationRules.read(role, doc),
          (await read(channel, role, 'cooperation-sides', side)).ok,
        )
        const writes = isEditor(role) || ngoOrg(role) === doc.org
        // Each role updates a side of its own: a side with an NGO's change waiting for review
        // refuses other content from a consultant (409), which is no access rule.
        const ownSide = await createAsSystem('cooperation-sides', {
          cooperation: await createAsSystem('cooperations', await cooperationData(doc)),
          provider: orgs[doc.org],
          _status: 'published',
        })
        record(
          `${cell} update`,
          writes,
          (
            await update(
              channel,
              role,
              'cooperation-sides',
              ownSide,
              { contribution: `Ændret af ${role}.` },
              true,
            )
          ).ok,
        )
        const fresh = await createAsSystem('cooperations', await cooperationData(doc))
        record(
          `${cell} create`,
          writes,
          (
            await create(channel, role, 'cooperation-sides', {
              cooperation: fresh,
              provider: orgs[doc.org],
              contribution: 'Ny side.',
            })
          ).ok,
        )
        const doomedCooperation = await createAsSystem('cooperations', await cooperationData(doc))
        const doomed = await createAsSystem('cooperation-sides', {
          cooperation: doomedCooperation,
          provider: orgs[doc.org],
          _status: 'published',
        })
        record(
          `${cell} delete`,
          isEditor(role),
          (await remove(channel, role, 'cooperation-sides', doomed)).ok,
        )
      }
    }
  })
})

// ---------------------------------------------------------------- outcomes (issue 19)

// Outcomes are reference data: everyone reads them, consultants and admins curate them. A
// listing's outcomes with their follow-up are public where the listing is, and are written like
// the rest of the listing (an NGO editor on their own organization's listings, as a draft).
const outcomeRules = {
  read: (_role: Role) => true,
  write: (role: Role) => isEditor(role),
}

const outcomeData = () => ({
  name: `Matrixeffektmål ${uniqueKey('om')}`,
  description: 'Et effektmål til adgangsmatrixen.',
})

describe.each(channels)('outcomes over %s', (channel) => {
  it('outcomes: read, update, delete, create for every role', async () => {
    const id = await createAsSystem('outcomes', outcomeData())
    for (const role of roles) {
      const cell = `${channel} outcomes ${role}`
      record(
        `${cell} read`,
        outcomeRules.read(role),
        (await read(channel, role, 'outcomes', id)).ok,
      )
      record(
        `${cell} update`,
        outcomeRules.write(role),
        (await update(channel, role, 'outcomes', id, { description: 'Ændret.' }, false)).ok,
      )
      record(
        `${cell} create`,
        outcomeRules.write(role),
        (await create(channel, role, 'outcomes', outcomeData())).ok,
      )
      const doomed = await createAsSystem('outcomes', outcomeData())
      record(
        `${cell} delete`,
        outcomeRules.write(role),
        (await remove(channel, role, 'outcomes', doomed)).ok,
      )
    }
  })

  it("a listing's outcomes: read where the listing is read, written by its editors", async () => {
    const outcome = await createAsSystem('outcomes', outcomeData())
    const followUp = (method: string) => [
      {
        outcome,
        method,
        frequency: 'monthly',
        caseworkerReceives: 'En kort statusnote.',
        reportWhen: 'quarterly',
      },
    ]
    const cases: ListingCase[] = [
      { name: 'public published', org: 'A', status: 'published', visibility: 'public' },
      { name: 'internal published', org: 'A', status: 'published', visibility: 'internal' },
    ]
    for (const docCase of cases) {
      const id = await createAsSystem('offers', {
        ...listingData('offers', docCase.org, docCase.status, docCase.visibility),
        outcomes: followUp('Matrixmetode'),
      })
      for (const role of roles) {
        const cell = `${channel} offers.outcomes ${role} ${docCase.name}`
        const seen = await read(channel, role, 'offers', id)
        const rows = (seen.doc?.outcomes as Array<{ method?: string }> | undefined) ?? []
        record(
          `${cell} read`,
          listingRules.read(role, docCase),
          seen.ok && rows[0]?.method === 'Matrixmetode',
        )
        record(
          `${cell} update`,
          listingRules.update(role, docCase),
          (await update(channel, role, 'offers', id, { outcomes: followUp('Ny metode') }, true)).ok,
        )
      }
    }
  })
})

describe('the matrix as a whole', () => {
  it('found no unexpected allow and no unexpected deny', () => {
    expect(cells.checked).toBeGreaterThan(1000)
    expect(cells.unexpectedAllows).toEqual([])
    expect(cells.unexpectedDenies).toEqual([])
  })
})

describe('the metrics endpoint (/api/metrics)', () => {
  it('answers the metrics token only: every role, with or without a session, gets 401', async () => {
    const metricsToken = inject('serviceEnv').METRICS_TOKEN!
    for (const role of roles) {
      const session = role === 'anonymous' ? undefined : tokens[role]
      for (const authorization of [
        undefined,
        session && `JWT ${session}`,
        session && `Bearer ${session}`,
        `Bearer ${metricsToken}x`,
      ]) {
        const response = await fetch(`${baseURL()}/api/metrics`, {
          headers: authorization ? { Authorization: authorization } : {},
        })
        expect([role, authorization?.slice(0, 10), response.status]).toEqual([
          role,
          authorization?.slice(0, 10),
          401,
        ])
        expect(await response.text()).not.toContain('videnportal_')
      }
    }
    const allowed = await fetch(`${baseURL()}/api/metrics`, {
      headers: { Authorization: `Bearer ${metricsToken}` },
    })
    expect(allowed.status).toBe(200)
  })
})

import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'
import { textToLexical } from '@/utilities/richText'

import { offerData, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * No inference of internal data through queries (issue 11, class 1). An oracle knows every internal
 * value: those of the seeded sample content and of a fixture offer with an internal contact whose
 * e-mail and phone are known. For readers who may not read them (anonymous visitors, an NGO editor
 * of another organization) it tries `where` with every operator, `sort`, `select`, counts, drafts,
 * versions, population and search, over REST and the Local API with overrideAccess: false, and
 * asserts that no answer depends on an internal value: a true and a false guess get the same
 * answer, a refusal, and no response carries an internal value. Staff still get true answers.
 */

const listingCollections = ['offers', 'mentors', 'school-options'] as const

let payload: Payload
let fixtureId = 0
let ownOrgFixtureId = 0
let internalListingId = 0
let noteId = 0
let staffUser: User
let ngoUser: User
const tokens = { ngo: '', caseworker: '', consultant: '' }

const key = uniqueKey('inferens').replace(/[^a-z0-9]/g, '')
const secret = {
  email: `hemmelig.${key}@intern.example`,
  phone: '70 55 19 83',
  name: `Hemmelig Person ${key}`,
  role: `Hemmelig funktion ${key}`,
}
const guess = {
  email: `forkert.${key}@intern.example`,
  phone: '99 99 99 99',
  name: `Forkert Person ${key}`,
  role: `Forkert funktion ${key}`,
}
const publicContact = { role: 'Offentlig kontakt', email: `aaben.${key}@offentlig.example` }
const ownInternalEmail = `egen.${key}@intern.example`

/** Every internal value, with the providers of the listings that hold it. */
const oracle = new Map<string, Set<number>>()
let ngoOrganization = 0

type Reader = 'anonymous' | 'ngoOther'
const readers: Reader[] = ['anonymous', 'ngoOther']

type Answer = { status: number; body: unknown; text: string }

async function rest(reader: Reader | 'caseworker' | 'consultant', path: string): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (reader === 'ngoOther') headers.Authorization = `JWT ${tokens.ngo}`
  if (reader === 'caseworker') headers.Authorization = `JWT ${tokens.caseworker}`
  if (reader === 'consultant') headers.Authorization = `JWT ${tokens.consultant}`
  const response = await fetch(`${baseURL()}/api${path}`, { headers })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: compared as text
  }
  return { status: response.status, body, text }
}

/** What of an answer may depend on the query: status, the documents and their order, counts. */
function shape(answer: Answer) {
  const body = answer.body as Record<string, unknown> | undefined
  const docs = Array.isArray(body?.docs)
    ? (body.docs as Array<{ id: unknown }>).map((doc) => doc.id)
    : undefined
  return {
    status: answer.status,
    docs,
    totalDocs: body?.totalDocs,
    errors: body?.errors,
  }
}

/** Where in an answer an internal value shows, as `path: value`. */
function leaks(reader: Reader, text: string) {
  // An NGO editor reads the internal data of their own organization's listings.
  const found = [...oracle]
    .filter(([, providers]) => reader === 'anonymous' || !providers.has(ngoOrganization))
    .map(([value]) => value)
    .filter((value) => text.includes(value))
  if (found.length === 0) return []
  const at: string[] = []
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const secretValue of found) if (value.includes(secretValue)) at.push(`${path}: ${value}`)
    } else if (value && typeof value === 'object')
      for (const [name, child] of Object.entries(value)) walk(child, `${path}.${name}`)
  }
  try {
    walk(JSON.parse(text), '')
  } catch {
    return found
  }
  return at
}

const enc = encodeURIComponent

/** `where` in the query string, as qs writes it. */
function whereQuery(path: string, operator: string, value: string | string[]) {
  const values = Array.isArray(value) ? value : [value]
  if (operator === 'in' || operator === 'not_in' || operator === 'all')
    return values.map((v, i) => `where[${path}][${operator}][${i}]=${enc(v)}`).join('&')
  return `where[${path}][${operator}]=${enc(values[0]!)}`
}

const contactPaths = ['email', 'phone', 'name', 'role'] as const
const operators = ['equals', 'not_equals', 'contains', 'like', 'not_like', 'in', 'not_in', 'all']

/** Prefix guesses as a digit-by-digit reader would send them. */
const prefix = (value: string) => value.slice(0, 4)

beforeAll(async () => {
  payload = await getTestPayload()
  const { docs: orgs } = await payload.find({
    collection: 'organizations',
    where: { externalId: { in: ['org-ungeliv', 'org-pusterummet'] } },
    depth: 0,
    overrideAccess: true,
  })
  const other = orgs.find((org) => org.externalId === 'org-ungeliv')!
  const own = orgs.find((org) => org.externalId === 'org-pusterummet')!
  const contacts = [
    { ...publicContact, internal: false },
    { ...secret, internal: true },
  ]
  const fixture = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      provider: other.id,
      contacts,
      cost: { type: 'paid', rateDkk: 4321, rateUnit: 'hour', rateNote: `Takstnote ${key}` },
      referral: {
        howTo: 'Ring.',
        municipalDecisionRequired: false,
        selfReferral: true,
        internalNote: `Intern henvisning ${key}`,
      },
    })) as never,
    overrideAccess: true,
    depth: 0,
  })
  fixtureId = fixture.id
  const ownFixture = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      provider: own.id,
      contacts: [
        contacts[0],
        { role: 'Egen intern linje', email: ownInternalEmail, internal: true },
      ],
    })) as never,
    overrideAccess: true,
    depth: 0,
  })
  ownOrgFixtureId = ownFixture.id
  // A public note that points at an internal listing: the pointer is internal data for the public.
  const internalListing = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, { provider: other.id, visibility: 'internal' })) as never,
    overrideAccess: true,
    depth: 0,
  })
  internalListingId = internalListing.id
  const note = await payload.create({
    collection: 'legislation-notes',
    data: {
      title: `Note om et internt opslag ${key}`,
      summary: 'Resumé.',
      body: textToLexical('Tekst.'),
      effectiveDate: '2024-01-01',
      affects: [{ relationTo: 'offers', value: internalListingId }],
      visibility: 'public',
      _status: 'published',
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  noteId = note.id

  // The oracle: every internal value in the database, seeded or ours, with the providers whose
  // listings hold it. A value that is also public somewhere (an organization's phone, a public
  // contact of another listing) is no secret and is left out.
  const publicValues = new Set<string>()
  const internalValues = new Map<string, Set<number>>()
  const { docs: organizations } = await payload.find({
    collection: 'organizations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // Organizations' agreements moved into cooperations (issue 19): their contacts, public on
  // the cooperation's page, are no secret either.
  const { docs: cooperations } = await payload.find({
    collection: 'cooperations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const organizationsText = JSON.stringify(organizations) + JSON.stringify(cooperations)
  for (const collection of listingCollections) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const note = (value: unknown) => {
        // Short generic words (a role such as "Leder") would also match public text.
        if (typeof value !== 'string' || value.length < 8) return
        internalValues.set(
          value,
          (internalValues.get(value) ?? new Set()).add(doc.provider as number),
        )
      }
      for (const contact of doc.contacts ?? [])
        for (const field of contactPaths)
          if (contact.internal) note(contact[field])
          else if (typeof contact[field] === 'string') publicValues.add(contact[field])
      note(doc.cost?.rateNote)
      note(doc.referral?.internalNote)
    }
  }
  // A value that shows inside a public one ("Forstander" in a public "Forstander, Skovly") is no
  // secret either: a reader could not tell the two apart.
  const publicText = [...publicValues].join('\n')
  for (const [value, providers] of internalValues)
    if (!publicText.includes(value) && !organizationsText.includes(value))
      oracle.set(value, providers)
  expect(oracle.has(secret.email)).toBe(true)

  tokens.ngo = await loginToken('ngo@videnportal.local')
  tokens.caseworker = await loginToken('sagsbehandler@videnportal.local')
  tokens.consultant = await loginToken('konsulent@videnportal.local')
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: ['ngo@videnportal.local', 'sagsbehandler@videnportal.local'] } },
    depth: 0,
    overrideAccess: true,
  })
  ngoUser = users.docs.find((user) => user.role === 'ngo-editor')!
  ngoOrganization = relationId(ngoUser.organization)!
  staffUser = users.docs.find((user) => user.role === 'caseworker')!
}, 120_000)

afterAll(async () => {
  if (noteId)
    await payload.delete({ collection: 'legislation-notes', id: noteId, overrideAccess: true })
  for (const id of [fixtureId, ownOrgFixtureId, internalListingId].filter(Boolean))
    await payload.delete({ collection: 'offers', id, overrideAccess: true })
})

describe('REST: a true and a false guess about an internal contact get the same refusal', () => {
  for (const reader of readers) {
    it(`${reader}: where on every contact field and operator, on lists, counts and drafts`, async () => {
      const differences: string[] = []
      const answered: string[] = []
      for (const field of contactPaths) {
        for (const operator of operators) {
          const value = operator === 'contains' || operator === 'like' ? prefix : (v: string) => v
          for (const route of ['/offers?', '/offers/count?', '/offers?draft=true&']) {
            const truth = await rest(
              reader,
              `${route}${whereQuery(`contacts.${field}`, operator, value(secret[field]))}`,
            )
            const lie = await rest(
              reader,
              `${route}${whereQuery(`contacts.${field}`, operator, value(guess[field]))}`,
            )
            const label = `${route} contacts.${field} ${operator}`
            if (JSON.stringify(shape(truth)) !== JSON.stringify(shape(lie))) differences.push(label)
            if (truth.status < 400) answered.push(label)
            expect(truth.status, label).toBeLessThan(500)
          }
        }
      }
      expect(differences).toEqual([])
      expect(answered).toEqual([])
    })

    it(`${reader}: the flag, the row ids and the array itself cannot be queried`, async () => {
      const probes = [
        'where[contacts.internal][equals]=true',
        'where[contacts.internal][exists]=true',
        'where[contacts.id][exists]=true',
        'where[contacts][exists]=true',
        `where[or][0][contacts.email][equals]=${enc(secret.email)}`,
        `where[and][0][id][equals]=${fixtureId}&where[and][1][contacts.phone][like]=70`,
        'where[contacts.email][exists]=true',
      ]
      for (const collection of listingCollections)
        for (const probe of probes) {
          const answer = await rest(reader, `/${collection}?${probe}`)
          expect(answer.status, `${collection} ${probe}`).toBe(400)
          expect(answer.text).toMatch(/cannot be queried: contacts/)
        }
    })

    it(`${reader}: sorting on a contact field is refused, not ordered by a secret`, async () => {
      for (const collection of listingCollections)
        for (const sort of ['contacts.email', '-contacts.phone', 'contacts.name', 'contacts.id']) {
          const answer = await rest(reader, `/${collection}?sort=${sort}&limit=100`)
          expect(answer.status, `${collection} sort=${sort}`).toBe(400)
        }
    })

    it(`${reader}: the internal fields with field access stay out of queries too`, async () => {
      const probes = [
        `where[cost.rateDkk][equals]=4321`,
        `where[cost.rateNote][like]=${enc('Takstnote')}`,
        `where[referral.internalNote][contains]=${enc('Intern henvisning')}`,
        'sort=cost.rateDkk',
        'sort=-referral.internalNote',
      ]
      for (const probe of probes) {
        const answer = await rest(reader, `/offers?${probe}`)
        expect(answer.status, probe).toBe(400)
        if (probe.startsWith('sort=')) continue
        const count = await rest(reader, `/offers/count?${probe}`)
        expect(count.status, `count ${probe}`).toBe(400)
      }
    })

    it(`${reader}: no select, depth, draft or version answer carries an internal value`, async () => {
      const paths = [
        `/offers/${fixtureId}`,
        `/offers/${fixtureId}?draft=true`,
        `/offers/${fixtureId}?select[contacts][email]=true&select[contacts][phone]=true`,
        `/offers/${fixtureId}?select[contacts][internal]=false`,
        `/offers/${fixtureId}?select[contacts][name]=true&select[contacts][role]=true`,
        `/offers?where[id][equals]=${fixtureId}&select[contacts][email]=true`,
        `/offers?where[id][equals]=${fixtureId}&select[cost][rateDkk]=true`,
        `/offers/versions?where[parent][equals]=${fixtureId}`,
        `/offers/versions?where[version.contacts.email][equals]=${enc(secret.email)}`,
        ...listingCollections.flatMap((collection) => [
          `/${collection}?limit=200&depth=1`,
          `/${collection}?limit=200&draft=true`,
          `/${collection}?limit=200&select[contacts][email]=true&select[contacts][phone]=true&select[contacts][name]=true&select[contacts][role]=true`,
          `/${collection}?limit=200&select[contacts][internal]=false&select[referral][internalNote]=true`,
        ]),
        '/legislation-notes?limit=100&depth=2',
      ]
      for (const path of paths) {
        const answer = await rest(reader, path)
        expect(answer.status, path).toBeLessThan(500)
        expect(leaks(reader, answer.text), path).toEqual([])
        if (answer.status === 200 && path.startsWith(`/offers/${fixtureId}`)) {
          const doc = answer.body as { contacts?: Array<{ email?: string }>; cost?: object }
          expect(doc.cost ?? {}).not.toHaveProperty('rateDkk')
          expect(doc.contacts?.some((contact) => contact.email === secret.email)).not.toBe(true)
        }
      }
    })

    it(`${reader}: search answers the same for a true and a false guess`, async () => {
      for (const field of ['email', 'phone', 'name'] as const) {
        const truth = await rest(reader, `/search?q=${enc(secret[field])}`)
        const lie = await rest(reader, `/search?q=${enc(guess[field])}`)
        expect(truth.status).toBeLessThan(500)
        // Partial matching answers with public documents that share the query's other words
        // (a number, a domain), so whole answers differ between two guesses by their public
        // words alone. What must not differ: whether the listings that hold the contact are found.
        const holders = (answer: Answer) =>
          ((answer.body as { hits?: Array<{ id: unknown; collection: unknown }> }).hits ?? [])
            .filter(
              (hit) =>
                hit.collection === 'offers' && (hit.id === fixtureId || hit.id === ownOrgFixtureId),
            )
            .map((hit) => hit.id)
        expect(holders(truth)).toEqual(holders(lie))
        // No document the reader may see holds every word of the secret: were the internal
        // contact searchable, the answer would be a match of all words.
        expect((truth.body as { match?: string }).match).not.toBe('all')
        expect(leaks(reader, truth.text)).toEqual([])
      }
    })
  }

  it('an NGO editor still reads the internal contacts of their own listing', async () => {
    const answer = await rest('ngoOther', `/offers/${ownOrgFixtureId}?depth=0`)
    expect(answer.status).toBe(200)
    const doc = answer.body as { contacts: Array<{ email?: string; internal: boolean }> }
    expect(doc.contacts.map((contact) => contact.email)).toEqual([
      publicContact.email,
      ownInternalEmail,
    ])
  })

  it('an anonymous reader still reads the public contact, whole', async () => {
    const answer = await rest('anonymous', `/offers/${fixtureId}?depth=0`)
    const doc = answer.body as { contacts: Array<Record<string, unknown>> }
    expect(doc.contacts).toHaveLength(1)
    expect(doc.contacts[0]).toMatchObject({ ...publicContact, internal: false })
  })

  it('a select of some contact fields still shows the public contact, and only it', async () => {
    const answer = await rest(
      'anonymous',
      `/offers/${fixtureId}?select[contacts][email]=true&select[contacts][phone]=true`,
    )
    const doc = answer.body as { contacts: Array<Record<string, unknown>> }
    expect(doc.contacts.map((contact) => contact.email)).toEqual([publicContact.email])
    const excluded = await rest(
      'anonymous',
      `/offers/${fixtureId}?select[contacts][internal]=false`,
    )
    expect((excluded.body as { contacts: unknown[] }).contacts).toEqual([])
  })
})

describe('REST: pointers to documents the reader may not read', () => {
  for (const reader of readers) {
    it(`${reader}: a note's affected listings cannot be probed by id`, async () => {
      const nowhere = internalListingId + 100_000
      const probes = [
        (id: number) => `where[affects.value][equals]=${id}`,
        (id: number) => `where[affects][in][0]=${id}`,
        (id: number) => `where[affects][equals]=${id}`,
        (id: number) =>
          `where[affects][equals][relationTo]=offers&where[affects][equals][value]=${id}`,
        (id: number) =>
          `where[affects][in][0][relationTo]=offers&where[affects][in][0][value]=${id}`,
        (id: number) =>
          `where[or][0][affects][equals][relationTo]=offers&where[or][0][affects][equals][value]=${id}`,
        (id: number) =>
          `where[affects][not_equals][relationTo]=offers&where[affects][not_equals][value]=${id}`,
        (id: number) =>
          `where[and][0][id][equals]=${noteId}&where[and][1][affects.value][in][0]=${id}`,
      ]
      for (const probe of probes) {
        for (const route of ['/legislation-notes?', '/legislation-notes/count?']) {
          const truth = await rest(reader, `${route}${probe(internalListingId)}`)
          const lie = await rest(reader, `${route}${probe(nowhere)}`)
          expect(shape(truth), probe(internalListingId)).toEqual(shape(lie))
          expect(truth.status, probe(internalListingId)).toBe(400)
        }
      }
      for (const probe of ['where[affects.relationTo][equals]=offers', 'sort=affects']) {
        const answer = await rest(reader, `/legislation-notes?${probe}`)
        expect(answer.status, probe).toBe(400)
      }
      // The portal's question, about a listing the reader may read, is still answered.
      const readable = await rest(
        reader,
        `/legislation-notes?where[affects][equals][relationTo]=offers&where[affects][equals][value]=${fixtureId}`,
      )
      expect(readable.status).toBe(200)
      const note = await rest(reader, `/legislation-notes/${noteId}?depth=0`)
      expect((note.body as { affects: unknown[] }).affects).toEqual([])
    })
  }

  it('a consultant, who reads every listing, still queries them', async () => {
    const answer = await rest(
      'consultant',
      `/legislation-notes/count?where[affects.value][equals]=${internalListingId}`,
    )
    expect(answer.body).toEqual({ totalDocs: 1 })
  })

  it("a caseworker cannot query other users' e-mail addresses", async () => {
    const probes = [
      'where[email][equals]=ngo@videnportal.local',
      'where[email][like]=ngo',
      'sort=email',
    ]
    for (const probe of probes) {
      const answer = await rest('caseworker', `/users?${probe}`)
      expect(answer.status, probe).toBe(400)
    }
  })
})

describe('REST: staff still query internal contacts', () => {
  it('a caseworker filters, counts and sorts on them and gets true answers', async () => {
    const truth = await rest(
      'caseworker',
      `/offers?${whereQuery('contacts.email', 'equals', secret.email)}`,
    )
    expect(shape(truth)).toMatchObject({ status: 200, docs: [fixtureId], totalDocs: 1 })
    const lie = await rest(
      'caseworker',
      `/offers?${whereQuery('contacts.email', 'equals', guess.email)}`,
    )
    expect(shape(lie)).toMatchObject({ status: 200, docs: [], totalDocs: 0 })
    const count = await rest(
      'caseworker',
      `/offers/count?${whereQuery('contacts.phone', 'contains', prefix(secret.phone))}&where[id][equals]=${fixtureId}`,
    )
    expect(count.body).toEqual({ totalDocs: 1 })
    const sorted = await rest('caseworker', '/offers?sort=contacts.email&limit=5')
    expect(sorted.status).toBe(200)
    const internal = await rest('caseworker', `/offers/${fixtureId}?depth=0`)
    expect(internal.text).toContain(secret.phone)
  })
})

describe('Local API with overrideAccess: false', () => {
  const whereOn = (field: (typeof contactPaths)[number], value: string): Where => ({
    [`contacts.${field}`]: { equals: value },
  })

  async function outcome(run: () => Promise<unknown>) {
    try {
      const result = (await run()) as { totalDocs?: number; docs?: Array<{ id: unknown }> }
      return { ok: true, totalDocs: result.totalDocs, ids: result.docs?.map((doc) => doc.id) }
    } catch (error) {
      return { ok: false, status: (error as { status?: number }).status }
    }
  }

  for (const reader of readers) {
    it(`${reader}: find, count and drafts refuse contact fields alike for true and false guesses`, async () => {
      const user =
        reader === 'ngoOther' ? { user: { ...ngoUser, collection: 'users' as const } } : {}
      for (const field of contactPaths) {
        for (const value of [secret[field], guess[field]]) {
          const find = await outcome(() =>
            payload.find({
              collection: 'offers',
              where: whereOn(field, value),
              overrideAccess: false,
              depth: 0,
              ...user,
            }),
          )
          expect(find, `find contacts.${field}`).toEqual({ ok: false, status: 400 })
          const draft = await outcome(() =>
            payload.find({
              collection: 'offers',
              where: whereOn(field, value),
              draft: true,
              overrideAccess: false,
              depth: 0,
              ...user,
            }),
          )
          expect(draft, `draft contacts.${field}`).toEqual({ ok: false, status: 400 })
          const count = await outcome(() =>
            payload.count({
              collection: 'offers',
              where: whereOn(field, value),
              overrideAccess: false,
              ...user,
            }),
          )
          expect(count, `count contacts.${field}`).toEqual({ ok: false, status: 400 })
        }
      }
      const sorted = await outcome(() =>
        payload.find({
          collection: 'mentors',
          sort: 'contacts.phone',
          overrideAccess: false,
          depth: 0,
          ...user,
        }),
      )
      expect(sorted).toEqual({ ok: false, status: 400 })
      for (const field of ['contacts.email', 'contacts.phone', 'contacts.internal']) {
        const distinct = await outcome(() =>
          payload.findDistinct({
            collection: 'offers',
            field: field as 'title',
            overrideAccess: false,
            ...user,
          }),
        )
        expect(distinct.ok, `findDistinct ${field}`).toBe(false)
        expect([400, 403], `findDistinct ${field}`).toContain(distinct.status)
      }
    })
  }

  it('staff get true answers', async () => {
    const user = { ...staffUser, collection: 'users' as const }
    const truth = await payload.count({
      collection: 'offers',
      where: whereOn('email', secret.email),
      overrideAccess: false,
      user,
    })
    const lie = await payload.count({
      collection: 'offers',
      where: whereOn('email', guess.email),
      overrideAccess: false,
      user,
    })
    expect([truth.totalDocs, lie.totalDocs]).toEqual([1, 0])
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { digestKey } from '@/legislation/follow/digest'
import { recordVisit } from '@/legislation/follow/visits'
import { unsubscribeToken } from '@/mail/queueMail'
import { textToLexical } from '@/utilities/richText'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { runFollowDigestAt } from '../helpers/followJobs'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { atomProblems, childrenNamed, childText, parseXml } from '../helpers/xml'

/**
 * Follow a topic (issue 15): the Atom feed carries only what an anonymous visitor may read, with
 * the elements RFC 4287 requires; a person's subscriptions are their own; the weekly digest holds
 * exactly the notes and listings in what they follow (and their municipality), once a week; a
 * subscription's signed stop link ends that one and nothing else; »Nyt siden sidst« counts from
 * the previous visit.
 */

const PASSWORD = 'foelg-kodeord-1'
let payload: Payload
let koege = 0
let elsewhere = 0
let topic = { id: 0, slug: '' }
let child = { id: 0, slug: '' }
let other = { id: 0, slug: '' }
let schoolLawBasis = 0
const created: Array<{
  collection: 'legislation-notes' | 'offers' | 'topics' | 'users'
  id: number
}> = []

async function makeTopic(name: string, parent?: number) {
  const doc = await payload.create({
    collection: 'topics',
    data: { name, facet: 'need', ...(parent ? { parent } : {}) } as never,
    depth: 0,
  })
  created.push({ collection: 'topics', id: doc.id })
  return { id: doc.id, slug: doc.slug! }
}

async function makeNote(
  title: string,
  data: { topics?: number[]; legalBases?: number[]; visibility?: string; status?: string },
) {
  const doc = await payload.create({
    collection: 'legislation-notes',
    data: {
      title,
      summary: `Resumé af ${title}.`,
      body: textToLexical('Tekst.'),
      effectiveDate: '2027-01-01',
      topics: data.topics ?? [],
      legalBases: data.legalBases ?? [],
      visibility: data.visibility ?? 'public',
      _status: data.status ?? 'published',
    } as never,
    draft: data.status === 'draft',
    depth: 0,
  })
  created.push({ collection: 'legislation-notes', id: doc.id })
  return doc
}

async function makeOffer(title: string, overrides: Record<string, unknown>) {
  const doc = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      title,
      contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      ...overrides,
    })) as never,
    depth: 0,
  })
  created.push({ collection: 'offers', id: doc.id })
  return doc
}

async function makeUser(role: 'caseworker' | 'ngo-editor', extra: Record<string, unknown> = {}) {
  const email = `${uniqueKey('foelg')}@test.local`.toLowerCase()
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: `Følger ${role}`, role, ...extra } as never,
    depth: 0,
  })
  created.push({ collection: 'users', id: user.id })
  return { id: user.id, email, token: await loginToken(email, PASSWORD) }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of several shapes
type Json = any

async function api(token: string | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Json,
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  koege = (await sampleIds(payload)).koege
  const { docs: members } = await payload.find({
    collection: 'municipalities',
    where: { and: [{ networkMember: { equals: true } }, { code: { not_equals: '259' } }] },
    depth: 0,
    limit: 1,
  })
  elsewhere = members[0]!.id
  topic = await makeTopic(`Følgetest ${uniqueKey('emne')}`)
  child = await makeTopic(`Følgetest under ${uniqueKey('emne')}`, topic.id)
  other = await makeTopic(`Følgetest andet ${uniqueKey('emne')}`)
  const { docs: bases } = await payload.find({
    collection: 'legal-bases',
    where: { law: { equals: 'folkeskoleloven' } },
    depth: 0,
    limit: 1,
  })
  schoolLawBasis =
    bases[0]?.id ??
    (
      await payload.create({
        collection: 'legal-bases',
        data: {
          law: 'folkeskoleloven',
          paragraph: '3',
          heading: 'Specialundervisning',
          eli: 'https://www.retsinformation.dk/eli/lta/2024/989',
          validFrom: '2024-01-01',
        } as never,
        depth: 0,
      })
    ).id
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
})

describe('the Atom feed /lovgivning/feed.xml', () => {
  it('carries only published public notes, whoever asks, narrowed by topic and law', async () => {
    const key = uniqueKey('feed')
    const open = await makeNote(`Feed offentlig ${key}`, { topics: [topic.id] })
    const internal = await makeNote(`Feed intern ${key}`, {
      topics: [topic.id],
      visibility: 'internal',
    })
    const draft = await makeNote(`Feed kladde ${key}`, { topics: [topic.id], status: 'draft' })
    const narrower = await makeNote(`Feed underemne ${key}`, { topics: [child.id] })
    const elsewhereNote = await makeNote(`Feed andet emne ${key}`, { topics: [other.id] })
    const school = await makeNote(`Feed folkeskole ${key}`, {
      topics: [topic.id],
      legalBases: [schoolLawBasis],
    })

    // A consultant's token and cookie change nothing: a feed is anonymous by design.
    const consultant = await loginToken('konsulent@videnportal.local')
    const response = await fetch(`${baseURL()}/lovgivning/feed.xml?emne=${topic.slug}`, {
      headers: { Authorization: `JWT ${consultant}`, Cookie: `payload-token=${consultant}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseXml(await response.text())
    expect(atomProblems(feed)).toEqual([])
    const titles = childrenNamed(feed, 'entry').map((entry) => childText(entry, 'title'))
    expect(titles.sort()).toEqual([open.title, narrower.title, school.title].sort())
    for (const hidden of [internal, draft, elsewhereNote])
      expect(titles).not.toContain(hidden.title)
    const entry = childrenNamed(feed, 'entry').find((e) => childText(e, 'title') === open.title)!
    const link = childrenNamed(entry, 'link')[0]!.attributes.href!
    expect(new URL(link).pathname).toBe(`/lovgivning/${open.slug}`)
    expect(childText(entry, 'id')).toMatch(
      new RegExp(`^tag:[^,]+,2024:legislation-note:${open.id}$`),
    )
    expect(childText(feed, 'id')).toContain(`/lovgivning/feed.xml?emne=${topic.slug}`)

    const both = parseXml(
      await (
        await fetch(`${baseURL()}/lovgivning/feed.xml?emne=${topic.slug}&lov=folkeskoleloven`)
      ).text(),
    )
    expect(childrenNamed(both, 'entry').map((e) => childText(e, 'title'))).toEqual([school.title])
    const empty = parseXml(
      await (
        await fetch(`${baseURL()}/lovgivning/feed.xml?emne=${other.slug}&lov=stu-loven`)
      ).text(),
    )
    expect(atomProblems(empty)).toEqual([])
    expect(childrenNamed(empty, 'entry')).toEqual([])

    // The whole feed: the public note is there, the internal one is not.
    const all = await (await fetch(`${baseURL()}/lovgivning/feed.xml`)).text()
    expect(atomProblems(parseXml(all))).toEqual([])
    expect(all).toContain(open.title)
    expect(all).not.toContain(internal.title)
    expect(all).not.toContain(draft.title)
  })

  it('answers an unknown topic or law with a 400 that says which', async () => {
    const topicResponse = await fetch(`${baseURL()}/lovgivning/feed.xml?emne=findes-ikke-xyz`)
    expect(topicResponse.status).toBe(400)
    expect(await topicResponse.text()).toContain('Ukendt emne i ?emne=: »findes-ikke-xyz«')
    const lawResponse = await fetch(`${baseURL()}/lovgivning/feed.xml?lov=%00`)
    expect(lawResponse.status).toBe(400)
  })
})

describe('subscriptions', () => {
  it('are made by the person for themselves, once, and read by nobody else', async () => {
    const anna = await makeUser('caseworker', { municipality: koege })
    const bo = await makeUser('caseworker', { municipality: koege })
    const made = await api(anna.token, 'POST', '/subscriptions', { kind: 'topic', topic: topic.id })
    expect(made.status).toBe(201)
    expect(made.body.doc.user).toBe(anna.id)
    const again = await api(anna.token, 'POST', '/subscriptions', {
      kind: 'topic',
      topic: topic.id,
    })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('Du følger allerede dette emne.')
    const forOther = await api(anna.token, 'POST', '/subscriptions', {
      kind: 'law',
      law: 'barnets-lov',
      user: bo.id,
    })
    expect(forOther.status).toBe(400)
    expect(JSON.stringify(forOther.body)).toContain('Du kan kun følge emner og love for dig selv.')
    const noLaw = await api(anna.token, 'POST', '/subscriptions', {
      kind: 'law',
      law: 'grundloven',
    })
    expect(noLaw.status).toBe(400)
    expect(
      (await api(null, 'POST', '/subscriptions', { kind: 'law', law: 'barnets-lov' })).status,
    ).toBe(403)
    // Bo sees none of Anna's, and cannot stop hers.
    expect((await api(bo.token, 'GET', `/subscriptions/${made.body.doc.id}`)).status).toBe(404)
    expect(
      (await api(bo.token, 'DELETE', `/subscriptions/${made.body.doc.id}`)).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await api(anna.token, 'GET', `/subscriptions/${made.body.doc.id}`)).status).toBe(200)
  })
})

describe('the weekly digest', () => {
  it('sends each follower one mail a week with what changed in their topics, laws and municipality', async () => {
    const reader = await makeUser('caseworker', { municipality: koege })
    expect(
      (await api(reader.token, 'POST', '/subscriptions', { kind: 'topic', topic: topic.id }))
        .status,
    ).toBe(201)
    expect(
      (await api(reader.token, 'POST', '/subscriptions', { kind: 'law', law: 'folkeskoleloven' }))
        .status,
    ).toBe(201)
    const key = uniqueKey('uge')
    const inTopic = await makeNote(`Digest note emne ${key}`, { topics: [topic.id] })
    const internal = await makeNote(`Digest intern note ${key}`, {
      topics: [topic.id],
      visibility: 'internal',
    })
    const byLaw = await makeNote(`Digest note lov ${key}`, {
      topics: [other.id],
      legalBases: [schoolLawBasis],
    })
    const notFollowed = await makeNote(`Digest note andet ${key}`, { topics: [other.id] })
    const draft = await makeNote(`Digest kladde ${key}`, { topics: [topic.id], status: 'draft' })
    const inKoege = await makeOffer(`Digest tilbud Køge ${key}`, { topics: [topic.id] })
    const network = await makeOffer(`Digest tilbud netværk ${key}`, {
      topics: [child.id],
      coverage: [],
      wholeNetwork: true,
    })
    const farAway = await makeOffer(`Digest tilbud andetsteds ${key}`, {
      topics: [topic.id],
      coverage: [elsewhere],
    })
    const otherTopic = await makeOffer(`Digest tilbud andet emne ${key}`, { topics: [other.id] })

    const at = new Date(Date.now() + 2 * 60 * 60_000)
    await runFollowDigestAt(payload, at, [reader.id])
    const { docs: mails } = await payload.find({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: digestKey(reader.id, at) } },
      depth: 0,
    })
    expect(mails).toHaveLength(1)
    const mail = mails[0] as unknown as { to: string; subject: string; text: string; topic: string }
    expect(mail.to).toBe(reader.email)
    expect(mail.topic).toBe('followDigest')
    expect(mail.subject).toMatch(
      /^Videnportal uge \d+: 3 lovgivningsnoter og 2 opslag i det, du følger$/,
    )
    for (const shown of [inTopic, internal, byLaw, inKoege, network])
      expect(mail.text).toContain(shown.title)
    for (const hidden of [notFollowed, draft, farAway, otherTopic])
      expect(mail.text).not.toContain(hidden.title)
    expect(mail.text).toContain(`/lovgivning/${inTopic.slug}`)
    expect(mail.text).toContain(`/tilbud/${inKoege.slug}`)

    // Another run the same week (as another server without the memory would) sends no second mail.
    await payload.delete({
      collection: 'follow-visits',
      where: { user: { equals: reader.id } },
      overrideAccess: true,
    })
    await runFollowDigestAt(payload, new Date(at.getTime() + 60_000), [reader.id])
    const { totalDocs } = await payload.count({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: digestKey(reader.id, at) } },
    })
    expect(totalDocs).toBe(1)

    // The stop link of the topic ends that subscription only, without a login.
    const stop = mail.text.match(/Stop emnet »[^«]+«: (\S+)/)?.[1]
    expect(stop, mail.text).toBeTruthy()
    const token = new URL(stop!).searchParams.get('t')!
    expect(new URL(stop!).pathname).toBe('/foelg/stop')
    const page = await (
      await fetch(`${baseURL()}/foelg/stop?t=${encodeURIComponent(token)}`)
    ).text()
    expect(page).toContain('Stop abonnementet')
    // Opening the page changed nothing.
    expect(
      (await payload.count({ collection: 'subscriptions', where: { user: { equals: reader.id } } }))
        .totalDocs,
    ).toBe(2)
    const tampered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`
    expect((await api(null, 'POST', '/follow/stop', { t: tampered })).status).toBe(400)
    const general = unsubscribeToken(reader.id, 'followDigest')
    expect((await api(null, 'POST', '/follow/stop', { t: general })).status).toBe(400)
    const stopped = await api(null, 'POST', '/follow/stop', { t: token })
    expect(stopped).toMatchObject({ status: 200, body: { stopped: true } })
    const left = await payload.find({
      collection: 'subscriptions',
      where: { user: { equals: reader.id } },
      depth: 0,
    })
    expect(left.docs.map((doc) => doc.kind)).toEqual(['law'])
    expect((await api(null, 'POST', '/follow/stop', { t: token })).body.stopped).toBe(false)
  })

  it('sends nothing when nothing changed, and an NGO editor never gets internal notes', async () => {
    const editor = await makeUser('ngo-editor', {
      organization: (await sampleIds(payload)).provider,
    })
    expect(
      (await api(editor.token, 'POST', '/subscriptions', { kind: 'topic', topic: other.id }))
        .status,
    ).toBe(201)
    const at = new Date(Date.now() + 3 * 60 * 60_000)
    await runFollowDigestAt(payload, at, [editor.id])
    expect(
      (
        await payload.count({
          collection: 'mail-outbox',
          where: { dedupeKey: { equals: digestKey(editor.id, at) } },
        })
      ).totalDocs,
    ).toBe(0)
    const internal = await makeNote(`Intern for redaktør ${uniqueKey('n')}`, {
      topics: [other.id],
      visibility: 'internal',
    })
    const open = await makeNote(`Offentlig for redaktør ${uniqueKey('n')}`, { topics: [other.id] })
    // The digest of the next week covers what came after the previous one.
    const nextWeek = new Date(at.getTime() + 7 * 86_400_000)
    await payload.update({
      collection: 'follow-visits',
      where: { user: { equals: editor.id } },
      data: { digestedUntil: new Date(Date.now() - 60_000).toISOString() } as never,
      overrideAccess: true,
    })
    await runFollowDigestAt(payload, nextWeek, [editor.id])
    const { docs } = await payload.find({
      collection: 'mail-outbox',
      where: { dedupeKey: { equals: digestKey(editor.id, nextWeek) } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const text = (docs[0] as unknown as { text: string }).text
    expect(text).toContain(open.title)
    expect(text).not.toContain(internal.title)
  })
})

describe('»Nyt siden sidst«', () => {
  it('counts from the end of the previous visit', async () => {
    const user = await makeUser('caseworker', { municipality: koege })
    const t0 = new Date('2027-03-01T08:00:00Z')
    const minutes = (n: number) => new Date(t0.getTime() + n * 60_000)
    expect(await recordVisit(payload, user.id, t0)).toMatchObject({ first: true })
    expect((await recordVisit(payload, user.id, minutes(5))).first).toBe(true)
    // Two hours later: a new visit, counting from when the first one ended.
    expect(await recordVisit(payload, user.id, minutes(120))).toEqual({
      since: minutes(5),
      first: false,
    })
    // Reloading during the visit shows the same.
    expect(await recordVisit(payload, user.id, minutes(130))).toEqual({
      since: minutes(5),
      first: false,
    })
    expect(await recordVisit(payload, user.id, minutes(300))).toEqual({
      since: minutes(130),
      first: false,
    })
  })

  it('shows a logged-in follower what was published in their topics', async () => {
    const user = await makeUser('caseworker', { municipality: koege })
    await api(user.token, 'POST', '/subscriptions', { kind: 'topic', topic: child.id })
    const note = await makeNote(`Nyt siden sidst ${uniqueKey('n')}`, { topics: [child.id] })
    const unrelated = await makeNote(`Ikke fulgt ${uniqueKey('n')}`, { topics: [other.id] })
    const response = await fetch(`${baseURL()}/foelg`, {
      headers: { Cookie: `payload-token=${user.token}` },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Nyt siden sidst')
    expect(html).toContain(note.title)
    expect(html).not.toContain(unrelated.title)
    const anonymous = await fetch(`${baseURL()}/foelg`, { redirect: 'manual' })
    expect([303, 307, 308]).toContain(anonymous.status)
    expect(anonymous.headers.get('location')).toContain('/log-ind?next=')
  })
})

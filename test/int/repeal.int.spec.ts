import { _internal_jobSystemGlobals, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { copenhagenDay } from '@/domain/danishDate'
import { repealTaskKey } from '@/legislation/repeal/flags'
import { moveListings } from '@/legislation/repeal/move'
import { REPEAL_QUEUE } from '@/legislation/repeal/task'
import type { User } from '@/payload-types'

import { offerData, sampleIds, uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Provisions with a life (src/legislation/repeal): a provision whose last day has passed and that
 * a successor replaces flags exactly the published listings that still cite it and the notes that
 * cite it without the successor, the day it happens (the daily task on the test's clock) or at
 * once when a provision is saved with a past date; each flagged listing's owners get a task; the
 * bulk move records the move in each listing's history, and an NGO-owned listing is only moved
 * once its owner confirms, without publishing the owner's own pending change.
 */
let payload: Payload
const DAY = 86_400_000
const PASSWORD = 'ophaevet-kodeord-1'

const people = {} as {
  consultant: User
  editor: User
  consultantEmail: string
  editorEmail: string
}
const orgs = { ngo: 0, municipal: 0 }

let sequence = 0
/** A provision of our own: a paragraph number no sample provision has, and a unique heading. */
async function provision(extra: Record<string, unknown> = {}) {
  const paragraph = String(5000 + Math.floor(Math.random() * 400) * 10 + (sequence++ % 10))
  return payload.create({
    collection: 'legal-bases',
    data: {
      law: 'serviceloven',
      paragraph,
      heading: `Ophævelsestest ${uniqueKey('p')}`,
      eli: 'https://www.retsinformation.dk/eli/lta/2005/573',
      validFrom: '2007-01-01',
      ...extra,
    } as never,
    depth: 0,
  })
}

async function listing(
  collection: 'offers' | 'mentors' | 'school-options',
  legalBasis: number[],
  { org = orgs.municipal, status = 'published' }: { org?: number; status?: string } = {},
) {
  const base = await offerData(payload, { provider: org, legalBasis, _status: status })
  const kind =
    collection === 'offers'
      ? {}
      : collection === 'mentors'
        ? { offerType: undefined, mentorType: 'professional', focus: ['school'] }
        : {
            offerType: undefined,
            schoolType: 'special-class',
            gradeFrom: 0,
            gradeTo: 9,
            admissionViaPPR: true,
          }
  const doc = await payload.create({
    collection,
    data: {
      ...base,
      contacts: [{ role: 'Koordinator', phone: '70 20 31 45', internal: false }],
      ...kind,
    } as never,
    draft: status === 'draft',
    depth: 0,
  })
  return doc.id
}

async function note(legalBases: number[]) {
  const doc = await payload.create({
    collection: 'legislation-notes',
    data: {
      title: `Ophævelsesnote ${uniqueKey('n')}`,
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
      legalBases,
      visibility: 'public',
      _status: 'published',
    } as never,
    depth: 0,
  })
  return doc.id
}

type Ref = { collection: 'offers' | 'mentors' | 'school-options' | 'legislation-notes'; id: number }

/** Which of `refs` carry the flag, on the document and (what the admin lists read) its newest version. */
async function flagged(refs: Ref[]): Promise<string[]> {
  const out: string[] = []
  for (const ref of refs) {
    const doc = (await payload.findByID({ ...ref, depth: 0 })) as { citesRepealed?: boolean }
    const { docs } = await payload.findVersions({
      collection: ref.collection,
      where: { and: [{ parent: { equals: ref.id } }, { latest: { equals: true } }] },
      depth: 0,
      limit: 1,
    })
    const latest = (docs[0]?.version as { citesRepealed?: boolean } | undefined)?.citesRepealed
    expect(latest ?? false, `${ref.collection}:${ref.id} newest version`).toBe(
      doc.citesRepealed ?? false,
    )
    if (doc.citesRepealed) out.push(`${ref.collection}:${ref.id}`)
  }
  return out
}

/** The review task a flagged listing's owners get, by its dedupe key. */
async function task(dedupeKey: string) {
  // access: the test reads the task store.
  const { docs } = await payload.find({
    collection: 'review-tasks',
    where: { dedupeKey: { equals: dedupeKey } },
    depth: 0,
    limit: 1,
  })
  return docs[0]
}

/** Runs the daily task once, as the job it is, on the test's clock (never reached by the server). */
async function noticeRepealsAt(at: Date) {
  const job = await payload.jobs.queue({
    task: 'noticeRepeals',
    queue: REPEAL_QUEUE,
    input: {},
    waitUntil: new Date(at.getTime() - 60_000),
  })
  const restore = _internal_jobSystemGlobals.getCurrentDate
  _internal_jobSystemGlobals.getCurrentDate = () => at
  try {
    await payload.jobs.runByID({ id: job.id, silent: { info: true } })
  } finally {
    _internal_jobSystemGlobals.getCurrentDate = restore
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const key = uniqueKey('ophaev')
  const organization = async (name: string, type: string) =>
    (
      await payload.create({
        collection: 'organizations',
        data: {
          name: `${name} ${key}`,
          type,
          phone: '70 20 31 45',
          _status: 'published',
        } as never,
        depth: 0,
      })
    ).id
  orgs.ngo = await organization('Ophævelsesforeningen', 'ngo')
  orgs.municipal = await organization('Ophævelsescentret', 'municipal')
  people.consultantEmail = `${key}-konsulent@videnportal.local`
  people.editorEmail = `${key}-redaktoer@videnportal.local`
  const { koege } = await sampleIds(payload)
  people.consultant = (await payload.create({
    collection: 'users',
    data: {
      email: people.consultantEmail,
      password: PASSWORD,
      name: 'Ophævelseskonsulent',
      role: 'consultant',
      municipality: koege,
    },
  })) as User
  people.editor = (await payload.create({
    collection: 'users',
    data: {
      email: people.editorEmail,
      password: PASSWORD,
      name: 'Ophævelsesredaktør',
      role: 'ngo-editor',
      organization: orgs.ngo,
    },
  })) as User
})

describe('the sample content', () => {
  it('flags the two sample listings that still cite Serviceloven, gives their owners a task, and no sample note', async () => {
    const expected = [
      {
        collection: 'offers',
        externalId: 'tilbud-pusterummet-kontaktperson',
        old: 'sel-kontaktperson',
      },
      {
        collection: 'mentors',
        externalId: 'mentor-koege-familiehus-hjemmementor',
        old: 'sel-foranstaltninger',
      },
    ] as const
    for (const sample of expected) {
      const { docs } = await payload.find({
        collection: sample.collection,
        where: { externalId: { equals: sample.externalId } },
        depth: 0,
        limit: 1,
      })
      const doc = docs[0] as { id: number; citesRepealed?: boolean }
      expect(doc.citesRepealed, sample.externalId).toBe(true)
      const old = await payload.find({
        collection: 'legal-bases',
        where: { externalId: { equals: sample.old } },
        depth: 0,
        limit: 1,
      })
      expect(await task(repealTaskKey(sample.collection, doc.id, old.docs[0]!.id))).toMatchObject({
        status: 'open',
        kind: 'repealed-provision',
      })
    }
    // The sample notes that cite an old provision also cite its successor, to explain the change.
    const notes = await payload.find({
      collection: 'legislation-notes',
      where: { and: [{ externalId: { like: 'note-' } }, { citesRepealed: { equals: true } }] },
      depth: 0,
    })
    expect(notes.docs.map((doc) => doc.externalId)).toEqual([])
  })
})

describe('the day a provision lapses', () => {
  // Its last day is tomorrow (Copenhagen); the job runs on a clock the test moves.
  const lastDay = copenhagenDay(new Date(Date.now() + DAY))
  const eveningOfLastDay = new Date(`${lastDay}T20:00:00Z`)
  const morningAfter = new Date(new Date(`${lastDay}T12:00:00Z`).getTime() + DAY - 6 * 3_600_000)
  const refs = {} as Record<string, Ref>

  beforeAll(async () => {
    const old = await provision({ validTo: lastDay })
    const successor = await provision({ law: 'barnets-lov', replaces: old.id })
    // Ran out long ago, but nothing replaced it: nowhere to move to.
    const orphan = await provision({ validTo: '2023-12-31' })
    refs.offerCitingOld = { collection: 'offers', id: await listing('offers', [old.id]) }
    refs.mentorCitingBoth = {
      collection: 'mentors',
      id: await listing('mentors', [successor.id, old.id], { org: orgs.ngo }),
    }
    refs.schoolDraftCitingOld = {
      collection: 'school-options',
      id: await listing('school-options', [old.id], { status: 'draft' }),
    }
    refs.offerCitingSuccessor = {
      collection: 'offers',
      id: await listing('offers', [successor.id]),
    }
    refs.offerCitingOrphan = { collection: 'offers', id: await listing('offers', [orphan.id]) }
    refs.noteCitingOld = { collection: 'legislation-notes', id: await note([old.id]) }
    refs.noteExplainingChange = {
      collection: 'legislation-notes',
      id: await note([old.id, successor.id]),
    }
    refs.noteCitingSuccessor = { collection: 'legislation-notes', id: await note([successor.id]) }
    refs.old = { collection: 'offers', id: old.id }
  })

  it('flags nothing while the provision is still in force', async () => {
    await noticeRepealsAt(eveningOfLastDay)
    expect(await flagged(Object.values(refs).filter((ref) => ref !== refs.old))).toEqual([])
  })

  it('flags exactly the published listings citing it and the notes citing it without its successor, the day after', async () => {
    await noticeRepealsAt(morningAfter)
    expect(await flagged(Object.values(refs).filter((ref) => ref !== refs.old))).toEqual([
      `offers:${refs.offerCitingOld!.id}`,
      `mentors:${refs.mentorCitingBoth!.id}`,
      `legislation-notes:${refs.noteCitingOld!.id}`,
    ])
    // The admin's list filter »Henviser til ophævet bestemmelse« finds them as the list asks.
    const { docs } = await payload.find({
      collection: 'offers',
      where: {
        and: [
          { citesRepealed: { equals: true } },
          {
            id: {
              in: [
                refs.offerCitingOld!.id,
                refs.offerCitingSuccessor!.id,
                refs.offerCitingOrphan!.id,
              ],
            },
          },
        ],
      },
      draft: true,
      depth: 0,
    })
    expect(docs.map((doc) => doc.id)).toEqual([refs.offerCitingOld!.id])
  })

  it('gives each flagged listing’s owners one task per repealed provision, and nobody else one', async () => {
    const old = refs.old!.id
    for (const ref of [refs.offerCitingOld!, refs.mentorCitingBoth!]) {
      const opened = await task(repealTaskKey(ref.collection as 'offers', ref.id, old))
      expect(opened).toMatchObject({
        status: 'open',
        kind: 'repealed-provision',
        assignee: 'owners',
      })
    }
    for (const ref of [refs.schoolDraftCitingOld!, refs.offerCitingSuccessor!]) {
      expect(await task(repealTaskKey(ref.collection as 'offers', ref.id, old))).toBeUndefined()
    }
    // A second run the same day changes nothing.
    await noticeRepealsAt(new Date(morningAfter.getTime() + 3_600_000))
    const { docs } = await payload.find({
      collection: 'review-tasks',
      where: { dedupeKey: { like: `legal-bases:${old}` } },
      depth: 0,
      pagination: false,
    })
    const keys = docs
      .map((doc) => (doc as { dedupeKey: string }).dedupeKey)
      .filter((key) => key.endsWith(`:legal-bases:${old}`))
    expect(keys.sort()).toEqual(
      [
        repealTaskKey('offers', refs.offerCitingOld!.id, old),
        repealTaskKey('mentors', refs.mentorCitingBoth!.id, old),
      ].sort(),
    )
  })
})

describe('a provision saved with a past last day, and the bulk move', () => {
  const ids = { old: 0, successor: 0, municipalOffer: 0, ngoOffer: 0, bystander: 0 }
  let consultantToken = ''
  let editorToken = ''
  const publishedSummary = 'Den offentliggjorte beskrivelse.'
  const pendingSummary = 'Redaktørens ændring, der venter på gennemsyn.'

  beforeAll(async () => {
    ids.old = (await provision()).id
    ids.successor = (await provision({ law: 'barnets-lov', replaces: ids.old })).id
    ids.municipalOffer = await listing('offers', [ids.old])
    ids.ngoOffer = await listing('offers', [ids.old], { org: orgs.ngo })
    await payload.update({
      collection: 'offers',
      id: ids.ngoOffer,
      data: { summary: publishedSummary } as never,
      depth: 0,
    })
    ids.bystander = await listing('offers', [ids.successor])
    consultantToken = await loginToken(people.consultantEmail, PASSWORD)
    editorToken = await loginToken(people.editorEmail, PASSWORD)
    // The owner has a change of their own waiting for review.
    const pending = await fetch(`${baseURL()}/api/offers/${ids.ngoOffer}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ summary: pendingSummary }),
    })
    expect(pending.status).toBe(200)
  })

  it('flags at once when a consultant saves the provision with a past »Gælder til«', async () => {
    const refs: Ref[] = [
      { collection: 'offers', id: ids.municipalOffer },
      { collection: 'offers', id: ids.ngoOffer },
      { collection: 'offers', id: ids.bystander },
    ]
    expect(await flagged(refs)).toEqual([])
    await payload.update({
      collection: 'legal-bases',
      id: ids.old,
      data: { validTo: '2024-06-30' } as never,
      overrideAccess: false,
      user: { ...people.consultant, collection: 'users' },
    })
    expect(await flagged(refs)).toEqual([`offers:${ids.municipalOffer}`, `offers:${ids.ngoOffer}`])
  })

  it('counts the listings per repealed provision in the Overblik and its CSV', async () => {
    const response = await fetch(`${baseURL()}/api/overblik/repealed-provisions`, {
      headers: { Authorization: `JWT ${consultantToken}` },
    })
    expect(response.status).toBe(200)
    const csv = await response.text()
    const { citation } = await payload.findByID({ collection: 'legal-bases', id: ids.old })
    const row = csv.split('\r\n').find((line) => line.startsWith(`${citation};`))
    // provision; last day; successors; offers; mentors; school options; notes; listings; awaiting
    expect(row?.split(';').slice(1)).toEqual([
      '30. juni 2024',
      expect.stringContaining('Barnets Lov'),
      '2',
      '0',
      '0',
      '0',
      '2',
      '0',
    ])
  })

  it('refuses the bulk move to anyone but consultants, and a target that is no successor', async () => {
    const post = (token: string | undefined, body: unknown) =>
      fetch(`${baseURL()}/api/legal-bases/${ids.old}/move-listings`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `JWT ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
    expect((await post(undefined, {})).status).toBe(401)
    expect((await post(editorToken, {})).status).toBe(403)
    const wrong = await post(consultantToken, { to: ids.bystander })
    expect(wrong.status).toBe(400)
    expect(((await wrong.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /kun flyttes til en efterfølger/,
    )
    expect((await post(consultantToken, { to: 'x' })).status).toBe(400)
  })

  it('moves the municipal listing at once and proposes the NGO-owned one to its owner, both on record', async () => {
    const versionsBefore = await payload.findVersions({
      collection: 'offers',
      where: { parent: { equals: ids.municipalOffer } },
      depth: 0,
      limit: 1,
    })
    const response = await fetch(`${baseURL()}/api/legal-bases/${ids.old}/move-listings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${consultantToken}` },
      body: JSON.stringify({}),
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as {
      results: { id: number; outcome: string }[]
    }
    const outcome = Object.fromEntries(report.results.map((result) => [result.id, result.outcome]))
    expect(outcome).toEqual({ [ids.municipalOffer]: 'applied', [ids.ngoOffer]: 'proposed' })

    // The municipal listing: published with the successor, a new version by the consultant.
    const moved = await payload.findByID({ collection: 'offers', id: ids.municipalOffer, depth: 0 })
    expect(moved.legalBasis).toEqual([ids.successor])
    const versions = await payload.findVersions({
      collection: 'offers',
      where: { parent: { equals: ids.municipalOffer } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(versions.totalDocs).toBe(versionsBefore.totalDocs + 1)
    expect(versions.docs[0]!.version).toMatchObject({
      _status: 'published',
      legalBasis: [ids.successor],
      updatedBy: people.consultant.id,
    })
    const record = await payload.find({
      collection: 'legal-basis-moves',
      where: { listingKey: { equals: `offers:${ids.municipalOffer}` } },
      depth: 0,
    })
    expect(record.docs[0]).toMatchObject({
      status: 'applied',
      from: ids.old,
      to: ids.successor,
      proposedBy: people.consultant.id,
      decidedBy: people.consultant.id,
    })
    expect(await task(repealTaskKey('offers', ids.municipalOffer, ids.old))).toMatchObject({
      status: 'done',
      completedBy: people.consultant.id,
    })

    // The NGO-owned listing: unchanged and still flagged until its owner confirms.
    const untouched = await payload.findByID({ collection: 'offers', id: ids.ngoOffer, depth: 0 })
    expect(untouched.legalBasis).toEqual([ids.old])
    expect(untouched.summary).toBe(publishedSummary)
    expect(
      await flagged([
        { collection: 'offers', id: ids.municipalOffer },
        { collection: 'offers', id: ids.ngoOffer },
      ]),
    ).toEqual([`offers:${ids.ngoOffer}`])
    expect(await task(repealTaskKey('offers', ids.ngoOffer, ids.old))).toMatchObject({
      status: 'open',
    })
    // Asking again proposes nothing new.
    const again = await moveListings(payload, {
      from: ids.old,
      user: people.consultant,
      listings: [{ collection: 'offers', id: ids.ngoOffer }],
    })
    expect(again.results.map((result) => result.outcome)).toEqual(['already-proposed'])
  })

  it('shows it in the admin: the list filter, the consultants’ view, and the proposal with its button for the owner', async () => {
    const page = async (path: string, token: string) => {
      const response = await fetch(`${baseURL()}${path}`, {
        headers: { Cookie: `payload-token=${token}` },
      })
      expect(response.status, path).toBe(200)
      return response.text()
    }
    const { citation } = await payload.findByID({ collection: 'legal-bases', id: ids.old })
    const view = await page(`/admin/ophaevede-bestemmelser?provision=${ids.old}`, consultantToken)
    expect(view).toContain('Ophævede bestemmelser')
    expect(view).toContain(citation!)
    expect(view).toContain('Afventer ejerens bekræftelse')
    const list = await page('/admin/collections/offers', consultantToken)
    expect(list).toContain('Henviser til ophævet bestemmelse')
    const edit = await page(`/admin/collections/offers/${ids.ngoOffer}`, editorToken)
    expect(edit).toContain('Lovgrundlag flyttet')
    expect(edit).toContain('Bekræft flytningen')
  })

  it('applies the proposal when the owner confirms it, keeping their pending change unpublished', async () => {
    const { docs } = await payload.find({
      collection: 'legal-basis-moves',
      where: { listingKey: { equals: `offers:${ids.ngoOffer}` } },
      depth: 0,
    })
    const proposal = docs[0]!
    expect(proposal.status).toBe('proposed')
    const confirm = (token: string) =>
      fetch(`${baseURL()}/api/legal-basis-moves/${proposal.id}/confirm`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}` },
      })
    // The consultant who proposed it cannot wave it through.
    expect((await confirm(consultantToken)).status).toBe(403)
    expect((await confirm(editorToken)).status).toBe(200)
    expect((await confirm(editorToken)).status).toBe(409)

    const published = await payload.findByID({ collection: 'offers', id: ids.ngoOffer, depth: 0 })
    expect(published.legalBasis).toEqual([ids.successor])
    expect(published.summary).toBe(publishedSummary)
    const latest = (await payload.findByID({
      collection: 'offers',
      id: ids.ngoOffer,
      draft: true,
      depth: 0,
    })) as unknown as {
      _status: string
      summary: string
      legalBasis: number[]
      review: { status: string }
    }
    expect(latest).toMatchObject({
      _status: 'draft',
      summary: pendingSummary,
      legalBasis: [ids.successor],
      review: { status: 'awaiting-review' },
    })
    const history = await payload.findVersions({
      collection: 'offers',
      where: {
        and: [{ parent: { equals: ids.ngoOffer } }, { 'version._status': { equals: 'published' } }],
      },
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
    })
    expect(history.docs[0]!.version).toMatchObject({
      legalBasis: [ids.successor],
      summary: publishedSummary,
      updatedBy: people.editor.id,
    })
    const record = await payload.findByID({
      collection: 'legal-basis-moves',
      id: proposal.id,
      depth: 0,
    })
    expect(record).toMatchObject({ status: 'applied', decidedBy: people.editor.id })
    expect(await flagged([{ collection: 'offers', id: ids.ngoOffer }])).toEqual([])
    expect(await task(repealTaskKey('offers', ids.ngoOffer, ids.old))).toMatchObject({
      status: 'done',
      completedBy: people.editor.id,
    })
  })
})

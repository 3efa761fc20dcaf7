import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '@/jobs/runner'
import { textToLexical } from '@/utilities/richText'

import { uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Notes scheduled for their day: Payload's scheduled publishing (versions.drafts.schedulePublish)
 * for legislation notes, worked by the portal's one jobs runner. A schedule is queued exactly as
 * the admin's »Planlæg offentliggørelse« queues it (task `schedulePublish`, `waitUntil`, the
 * scheduling consultant as `user`). Nobody publishes by hand: the injected clock passes the time
 * (runDueJobs), or the production server's own runner reaches it a few seconds later.
 */

let payload: Payload
let consultantId: number
const createdNotes: number[] = []

async function draftNote(title: string) {
  // access: test setup, as a consultant's draft would be saved.
  const note = await payload.create({
    collection: 'legislation-notes',
    data: {
      title,
      summary: 'Ny praksis for børnesamtaler fra den dag, loven træder i kraft.',
      body: textToLexical('Noten forklarer ændringen for sagsbehandlerne.') as never,
      effectiveDate: '2027-01-01',
      visibility: 'public',
      _status: 'draft',
    },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  createdNotes.push(note.id)
  return note.id
}

/** What the admin's schedule drawer queues (@payloadcms/ui schedulePublishHandler). */
async function schedule(noteId: number, at: Date, type: 'publish' | 'unpublish' = 'publish') {
  return payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: {
      type,
      doc: { relationTo: 'legislation-notes', value: String(noteId) },
      user: { relationTo: 'users', value: consultantId },
    },
  } as never)
}

async function anonymousRead(noteId: number) {
  const response = await fetch(`${baseURL()}/api/legislation-notes/${noteId}?depth=0`)
  const body = (await response.json().catch(() => ({}))) as { _status?: string; title?: string }
  return { status: response.status, body }
}

beforeAll(async () => {
  payload = await getTestPayload()
  // access: test setup.
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'konsulent@videnportal.local' } },
    depth: 0,
    overrideAccess: true,
  })
  consultantId = docs[0]!.id
})

afterAll(async () => {
  for (const id of createdNotes) {
    // access: test clean-up.
    await payload
      .delete({ collection: 'legislation-notes', id, overrideAccess: true })
      .catch(() => undefined)
  }
})

describe('notes scheduled for their day', () => {
  it('turns Payload’s scheduled publishing on for legislation notes', () => {
    const notes = payload.collections['legislation-notes'].config
    const drafts =
      notes.versions && typeof notes.versions.drafts === 'object' ? notes.versions.drafts : null
    expect(drafts?.schedulePublish).toBeTruthy()
    expect(payload.config.jobs.tasks?.some((task) => task.slug === 'schedulePublish')).toBe(true)
  })

  it('publishes a note when the injected clock passes its time, with nobody acting', async () => {
    const title = `Planlagt note ${uniqueKey('p')}`
    const id = await draftNote(title)
    // Two days ahead: the test server's own runner, on the real clock, does not reach it.
    const at = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000)
    const job = await schedule(id, at)
    expect((await anonymousRead(id)).status).toBe(404)

    // Just before: nothing happens. (`schedules: false`: only queued jobs, no daily tasks run at
    // the fake time; `default` is the queue Payload's schedulePublish uses; `only` this test's
    // job, as other files' jobs in that queue are theirs or the server runner's to work.)
    const ownJob = { id: { equals: job.id } }
    await runDueJobs(payload, {
      now: new Date(at.getTime() - 60_000),
      schedules: false,
      queues: ['default'],
      only: ownJob,
    })
    expect((await anonymousRead(id)).status).toBe(404)

    await runDueJobs(payload, {
      now: new Date(at.getTime() + 60_000),
      schedules: false,
      queues: ['default'],
      only: ownJob,
    })
    const after = await anonymousRead(id)
    expect(after.status).toBe(200)
    expect(after.body).toMatchObject({ title, _status: 'published' })
    // No schedule is left waiting.
    // access: the test reads the job queue.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: String(id) } },
          { completedAt: { exists: false } },
        ],
      },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('the production server’s runner publishes a note scheduled a few seconds ahead', async () => {
    const title = `Planlagt om lidt ${uniqueKey('p')}`
    const id = await draftNote(title)
    await schedule(id, new Date(Date.now() + 2000))
    expect((await anonymousRead(id)).status).toBe(404)
    // The runner polls every 5 s; allow a loaded machine some more.
    const deadline = Date.now() + 45_000
    let read = await anonymousRead(id)
    while (read.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      read = await anonymousRead(id)
    }
    expect(read.status).toBe(200)
    expect(read.body._status).toBe('published')
  })

  it('a schedule that cannot publish (an incomplete draft) leaves the note a draft and says so in the Overblik', async () => {
    const title = `Ufærdig planlagt note ${uniqueKey('p')}`
    // access: test setup; drafts may lack the fields publishing requires.
    const note = await payload.create({
      collection: 'legislation-notes',
      data: { title, visibility: 'public', _status: 'draft' } as never,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    createdNotes.push(note.id)
    const at = new Date(Date.now() + 4 * 24 * 60 * 60 * 1000)
    const job = await schedule(note.id, at)
    await runDueJobs(payload, {
      now: new Date(at.getTime() + 60_000),
      schedules: false,
      queues: ['default'],
      only: { id: { equals: job.id } },
    })
    expect((await anonymousRead(note.id)).status).toBe(404)
    const response = await fetch(`${baseURL()}/api/overblik/planlagte-noter`, {
      headers: { Authorization: `JWT ${await loginToken('konsulent@videnportal.local')}` },
    })
    const line = (await response.text()).split(/\r?\n/).find((row) => row.includes(title))
    expect(line).toContain('Mislykkedes')
  })

  it('lists what is scheduled in the Overblik, for consultants only', async () => {
    const title = `Vises i overblikket ${uniqueKey('p')}`
    const id = await draftNote(title)
    await schedule(id, new Date(Date.now() + 3 * 24 * 60 * 60 * 1000))
    const csv = async (token?: string) => {
      const response = await fetch(`${baseURL()}/api/overblik/planlagte-noter`, {
        headers: token ? { Authorization: `JWT ${token}` } : {},
      })
      return { status: response.status, text: await response.text() }
    }
    const consultant = await csv(await loginToken('konsulent@videnportal.local'))
    expect(consultant.status).toBe(200)
    const line = consultant.text.split(/\r?\n/).find((row) => row.includes(title))
    expect(line).toBeDefined()
    expect(line).toContain('Offentliggøres')
    expect(line).toContain('Kladde')
    expect((await csv()).status).toBeGreaterThanOrEqual(400)
    expect(
      (await csv(await loginToken('sagsbehandler@videnportal.local'))).status,
    ).toBeGreaterThanOrEqual(400)
  })
})

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Payload } from 'payload'

import { type RunningNext, startNext, waitUntilServing } from '../../src/launcher/app'
import { findFreePort } from '../../src/launcher/ports'
import { queueMail } from '@/mail/queueMail'
import { collectSharedState } from '@/ops/metrics/collect'
import { Registry } from '@/ops/metrics/registry'
import { textToLexical } from '@/utilities/richText'

import { loginFrom, newLoopbackClient } from '../helpers/clients'
import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

type Samples = Map<string, number>

/** The samples of a Prometheus text answer, by series (`name{labels}`, labels sorted). */
function parse(text: string): Samples {
  const samples: Samples = new Map()
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue
    const at = line.lastIndexOf(' ')
    samples.set(line.slice(0, at), Number(line.slice(at + 1)))
  }
  return samples
}

const token = () => inject('serviceEnv').METRICS_TOKEN!

async function scrape(url = baseURL()): Promise<Samples> {
  const response = await fetch(`${url}/api/metrics`, {
    headers: { Authorization: `Bearer ${token()}` },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return parse(await response.text())
}

const value = (samples: Samples, series: string) => samples.get(series) ?? 0

/** How much each series moved between two scrapes. */
const moved = (before: Samples, after: Samples, series: string) =>
  value(after, series) - value(before, series)

let payload: Payload
const jobsToRemove: Array<number | string> = []
const servers: RunningNext[] = []

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  for (const id of jobsToRemove) {
    await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true }).catch(() => {})
  }
  await Promise.all(servers.map((server) => server.stop()))
})

// A loaded machine (a first page render, a second server starting) may need more than a minute.
describe('/api/metrics', { timeout: 240_000 }, () => {
  it('answers 401 without the token or with a wrong one, and says nothing else', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { Authorization: `Bearer ${token()}-not` },
      { Authorization: token() },
    ]
    for (const headers of attempts) {
      const response = await fetch(`${baseURL()}/api/metrics`, { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(await response.text()).not.toContain('videnportal_')
    }
  })

  it('counts requests by route kind with their latency', async () => {
    const before = await scrape()
    expect((await fetch(`${baseURL()}/da`)).status).toBe(200)
    expect((await fetch(`${baseURL()}/da/findes-ikke-${Date.now()}`)).status).toBe(404)
    const after = await scrape()
    expect(
      moved(
        before,
        after,
        'videnportal_http_requests_total{kind="page",method="GET",status="2xx"}',
      ),
    ).toBe(1)
    expect(
      moved(
        before,
        after,
        'videnportal_http_requests_total{kind="page",method="GET",status="4xx"}',
      ),
    ).toBe(1)
    // Every page answer counted is also timed (whatever else reached the server meanwhile).
    const pageAnswers = [...after.keys()]
      .filter((series) => series.startsWith('videnportal_http_requests_total{kind="page",'))
      .reduce((sum, series) => sum + moved(before, after, series), 0)
    expect(pageAnswers).toBeGreaterThanOrEqual(2)
    expect(
      moved(before, after, 'videnportal_http_request_duration_seconds_count{kind="page"}'),
    ).toBe(pageAnswers)
    expect(
      moved(
        before,
        after,
        'videnportal_http_request_duration_seconds_bucket{kind="page",le="+Inf"}',
      ),
    ).toBe(pageAnswers)
    expect(value(after, 'videnportal_http_requests_in_flight')).toBeGreaterThanOrEqual(0)
  })

  it('measures search latency by the backend that answered', async () => {
    const before = await scrape()
    const response = await fetch(`${baseURL()}/api/search?q=autisme`)
    expect(response.status).toBe(200)
    const after = await scrape()
    expect(
      moved(before, after, 'videnportal_search_duration_seconds_count{backend="meilisearch"}'),
    ).toBe(1)
    expect(
      moved(
        before,
        after,
        'videnportal_http_requests_total{kind="search",method="GET",status="2xx"}',
      ),
    ).toBe(1)
    expect(moved(before, after, 'videnportal_search_degraded_total')).toBe(0)
  })

  it('counts degraded answers when Meilisearch is down (a server of its own)', async () => {
    const deadPort = await findFreePort()
    const server = await startNext({
      mode: 'start',
      port: await findFreePort(),
      env: {
        ...process.env,
        ...inject('serviceEnv'),
        MEILI_HOST: `http://127.0.0.1:${deadPort}`,
        // Its jobs stay with the main test server, whose metrics the other tests read.
        JOBS_RUNNER: 'off',
      },
      stdio: 'ignore',
    })
    servers.push(server)
    expect(await waitUntilServing(server.url, server.child)).toBe(true)
    const before = await scrape(server.url)
    const response = await fetch(`${server.url}/api/search?q=autisme`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { degraded: boolean }).degraded).toBe(true)
    const after = await scrape(server.url)
    expect(moved(before, after, 'videnportal_search_degraded_total')).toBe(1)
    expect(
      moved(before, after, 'videnportal_search_duration_seconds_count{backend="postgres"}'),
    ).toBe(1)
    expect(value(after, 'videnportal_scrape_errors{part="search"}')).toBe(1)
    await server.stop()
    servers.splice(servers.indexOf(server), 1)
  })

  it('counts failed logins and the lock that follows, once per lock', async () => {
    const client = newLoopbackClient()
    const email = 'sagsbehandler@videnportal.local'
    const before = await scrape()
    expect((await loginFrom(client, email, 'forkert-kodeord')).status).toBe(401)
    const one = await scrape()
    expect(moved(before, one, 'videnportal_login_failures_total{reason="credentials"}')).toBe(1)
    expect(moved(before, one, 'videnportal_login_locks_total')).toBe(0)
    for (let attempt = 2; attempt <= 5; attempt++) await loginFrom(client, email, 'forkert-kodeord')
    // The sixth attempt is refused by the lock, even with the right password.
    expect((await loginFrom(client, email, 'demo1234')).status).toBe(401)
    expect((await loginFrom(client, email, 'demo1234')).status).toBe(401)
    const after = await scrape()
    expect(moved(before, after, 'videnportal_login_failures_total{reason="credentials"}')).toBe(5)
    expect(moved(before, after, 'videnportal_login_failures_total{reason="locked"}')).toBe(2)
    expect(moved(before, after, 'videnportal_login_locks_total')).toBe(1)
  })

  it('shows the job queue by task and state, and the oldest due job’s age', async () => {
    const before = await scrape()
    const waitUntil = new Date(Date.now() + 3600_000)
    const job = await payload.jobs.queue({
      task: 'sendMail',
      input: { outboxId: 2_000_000_000 },
      waitUntil,
    })
    jobsToRemove.push(job.id)
    const after = await scrape()
    expect(
      moved(
        before,
        after,
        'videnportal_jobs_queued{queue="default",state="scheduled",task="sendMail"}',
      ),
    ).toBe(1)
    // Two hours on, the job is due and has waited an hour (the clock is injected, not waited for).
    const later = parse(
      (
        await collectSharedState(payload, {
          now: new Date(waitUntil.getTime() + 3600_000),
          registry: new Registry(),
        })
      ).render(),
    )
    expect(
      value(later, 'videnportal_jobs_queued{queue="default",state="due",task="sendMail"}'),
    ).toBeGreaterThanOrEqual(1)
    expect(
      value(later, 'videnportal_jobs_oldest_due_age_seconds{queue="default",task="sendMail"}'),
    ).toBeGreaterThanOrEqual(3600)
  })

  it('shows the index lag: changes in Postgres not yet in the search index', async () => {
    const { docs } = await payload.find({
      collection: 'offers',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const offer = docs[0]!
    const before = await scrape()
    expect(value(before, 'videnportal_search_last_indexed_timestamp_seconds')).toBeGreaterThan(0)
    const changedAt = Date.now() / 1000
    await payload.update({
      collection: 'offers',
      id: offer.id,
      data: { summary: `${offer.summary ?? ''}`.trim() || 'Opdateret' },
      overrideAccess: true,
    })
    // A change whose sync waits (as if the indexer were behind).
    const job = await payload.jobs.queue({
      task: 'syncSearchDocument',
      queue: 'search',
      input: { collection: 'offers', id: offer.id as number },
      waitUntil: new Date(Date.now() + 3600_000),
    })
    jobsToRemove.push(job.id)
    const after = await scrape()
    expect(value(after, 'videnportal_search_last_change_timestamp_seconds')).toBeGreaterThanOrEqual(
      Math.floor(changedAt) - 1,
    )
    expect(value(after, 'videnportal_search_pending_changes')).toBeGreaterThanOrEqual(1)
    const later = parse(
      (
        await collectSharedState(payload, {
          now: new Date(Date.now() + 600_000),
          registry: new Registry(),
        })
      ).render(),
    )
    expect(value(later, 'videnportal_search_index_lag_seconds')).toBeGreaterThanOrEqual(600)
  })

  it('counts a change to every indexed collection in the last change, methods included', async () => {
    // The list comes from the search plugin's own options: a method (a kind of its own) counts.
    const method = await payload.create({
      collection: 'methods',
      data: {
        title: `Metrikmetode ${Date.now()}`,
        methodType: 'method',
        summary: 'En metode, der ændres for at måle indekseringen.',
        description: textToLexical('Beskrivelse.'),
        whenToUse: 'Når metrikken måles.',
        evidenceLevel: 'experience-based',
        owner: 'Testgruppen',
        version: '1.0',
        visibility: 'internal',
        _status: 'published',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    try {
      const changed = new Date(method.updatedAt).getTime() / 1000
      const samples = parse(
        (await collectSharedState(payload, { registry: new Registry() })).render(),
      )
      expect(
        value(samples, 'videnportal_search_last_change_timestamp_seconds'),
      ).toBeGreaterThanOrEqual(changed - 0.001)
    } finally {
      await payload.delete({ collection: 'methods', id: method.id, overrideAccess: true })
    }
  })

  it('counts e-mails sent, and shows the outbox by status', async () => {
    const before = await scrape()
    expect(
      await queueMail(payload, {
        to: `metrics-${Date.now()}@videnportal.test`,
        subject: 'Målepunkt',
        content: { intro: ['En e-mail til målingen.'] },
        reason: 'Du får denne e-mail, fordi den er en test.',
      }),
    ).toBe('queued')
    // The server's jobs runner wakes on the queued job and sends it.
    let after = before
    for (let wait = 0; wait < 60; wait++) {
      after = await scrape()
      if (moved(before, after, 'videnportal_mails_sent_total') >= 1) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(moved(before, after, 'videnportal_mails_sent_total')).toBe(1)
    expect(moved(before, after, 'videnportal_mail_outbox_messages{status="sent"}')).toBe(1)

    await payload.create({
      collection: 'mail-outbox',
      data: {
        to: 'metrics-failed@videnportal.test',
        subject: 'Fejlet',
        text: 'x',
        html: '<p>x</p>',
        reason: 'test',
        status: 'failed',
        attempts: 6,
      } as never,
      overrideAccess: true,
    })
    const failed = await scrape()
    expect(moved(after, failed, 'videnportal_mail_outbox_messages{status="failed"}')).toBe(1)
  })
})

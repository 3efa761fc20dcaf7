import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import type { CollectionSlug, Payload } from 'payload'

import { offerData } from '../helpers/fixtures'
import { fuzzFetch } from './client'
import { collections, entryPoints } from './entryPoints'
import { fieldPaths, loadOracle, type Oracle, storedMarkers } from './oracle'
import type { EntryPoint, FuzzContext, HttpProbe, Probe, ProbePair, Role } from './types'

export type FuzzOptions = {
  payload: Payload
  baseURL: string
  seed: number
  /** About how many probes in all (split by the entry points' weights), plus `pairs` pairs. */
  requests: number
  pairs: number
  /** Requests in flight at once. */
  concurrency?: number
  entries?: EntryPoint[]
  log?: (line: string) => void
}

export type Finding = {
  entry: string
  kind: '5xx' | 'leak' | 'inference' | 'stored' | 'error'
  detail: string
}

export type FuzzReport = {
  seed: number
  requests: number
  /** entry point → status class (2xx, 3xx, 4xx, 5xx, or 'error' for a failed connection) → count */
  counts: Record<string, Record<string, number>>
  pairs: number
  refusedWrites: number
  findings: Finding[]
  ms: number
}

const loginPassword = 'demo1234'
const demoEmails: Record<Exclude<Role, 'anonymous'>, string> = {
  ngo: 'ngo@videnportal.local',
  caseworker: 'sagsbehandler@videnportal.local',
  consultant: 'konsulent@videnportal.local',
  admin: 'admin@videnportal.local',
}

/** A guess with the shape of a value (letters for letters, digits for digits), but not it. */
export function lieFor(value: string, salt: number): string {
  let i = salt
  const lie = value
    .replace(/[a-zæøå]/gi, () => 'qxzvkw'[i++ % 6]!)
    .replace(/\d/g, () => String((i++ * 7) % 10))
  return lie === value ? `${value}q` : lie
}

/**
 * Sends generated bad input to every entry point of the registry and checks each answer: never a
 * 5xx, never an internal value in an answer to a reader who may not read it, a true and a false
 * guess about an internal value answered alike, and nothing stored from a refused write.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { payload, baseURL, seed, concurrency = 4, log = () => undefined } = options
  const entries = options.entries ?? entryPoints
  const started = Date.now()
  const findings: Finding[] = []
  const counts: Record<string, Record<string, number>> = {}
  const count = (entry: string, bucket: string) => {
    counts[entry] ??= {}
    counts[entry][bucket] = (counts[entry][bucket] ?? 0) + 1
  }

  const tokens: Partial<Record<Role, string>> = {}
  for (const [role, email] of Object.entries(demoEmails)) {
    const response = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: loginPassword }),
    })
    if (!response.ok) throw new Error(`the harness cannot log in as ${email}: ${response.status}`)
    tokens[role as Role] = ((await response.json()) as { token: string }).token
  }

  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-fuzz-'))
  const markerPrefix = `fuzzmark${seed}x${Date.now().toString(36)}`
  const fixtures: Record<string, number> = {}
  // The harness's own documents: writes and review decisions aim at these, never at seeded rows.
  // Its internal values are words no text has, so a search for one can only find it through them.
  const word = (n: number) =>
    Array.from(
      { length: 9 },
      (_, i) => 'bcdfghjklmnpqrstvwxz'[(seed * 7 + n * 13 + i * i * 31 + Date.now()) % 20],
    ).join('')
  const hidden = { name: word(1), email: word(2), note: word(3) }
  const guessed = { name: word(4), email: word(5), note: word(6) }
  const { docs: others } = await payload.find({
    collection: 'organizations',
    where: { externalId: { equals: 'org-ungeliv' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const fixtureOffer = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, {
      title: `${markerPrefix} fixture`,
      ...(others[0] ? { provider: others[0].id } : {}),
      contacts: [
        { role: 'Koordinator', email: 'koordinator@fuzz.example', internal: false },
        {
          name: `Hemmelig ${hidden.name}`,
          email: `${hidden.email}@intern.example`,
          internal: true,
        },
      ],
      referral: {
        howTo: 'Ring.',
        municipalDecisionRequired: false,
        selfReferral: true,
        internalNote: `Intern note ${hidden.note}`,
      },
    })) as never,
    overrideAccess: true,
    depth: 0,
  })
  fixtures.offers = fixtureOffer.id
  const oracle: Oracle = await loadOracle(payload)

  const ids: Record<string, number[]> = {}
  const slugs: Record<string, string[]> = {}
  const paths: Record<string, string[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      limit: 5,
      depth: 0,
      overrideAccess: true,
      select: collection === 'users' || collection === 'media' ? {} : ({ slug: true } as never),
    })
    ids[collection] = docs.map((doc) => doc.id as number)
    slugs[collection] = docs
      .map((doc) => (doc as { slug?: string }).slug)
      .filter((s): s is string => !!s)
    paths[collection] = fieldPaths(payload, collection as CollectionSlug)
  }
  const secrets = [...oracle.secrets.keys()]
  const publicWords = await readPublicWords(payload)
  const ctx: FuzzContext = {
    fixtures,
    ids,
    slugs,
    paths,
    secretGuesses: secrets.map((value, i) => ({ value, lie: lieFor(value, i) })),
    // For search: the fixture's internal values, words no public text has (seeded ones share
    // words, stems and near-typos with public text, which a search finds either way).
    uniqueSecrets: [
      { value: `Hemmelig ${hidden.name}`, lie: `Hemmelig ${guessed.name}` },
      { value: `${hidden.email}@intern.example`, lie: `${guessed.email}@intern.example` },
      { value: hidden.note, lie: guessed.note },
    ].filter(({ value, lie }) => value !== lie && !publicWords.includes(value.toLowerCase())),
    markerPrefix,
    tmpDir,
    baseURL,
  }
  if (ctx.uniqueSecrets.length === 0)
    ctx.uniqueSecrets.push({ value: 'ingen-hemmelighed', lie: 'ingen-hemmelighedq' })
  if (ctx.secretGuesses.length === 0) ctx.secretGuesses.push(ctx.uniqueSecrets[0]!)

  /** Spread the client address so the per-client limits see many clients (they still apply). */
  let client = 0
  const send = async (probe: HttpProbe) => {
    const headers: Record<string, string> = { ...probe.headers }
    const token = probe.role === 'anonymous' ? undefined : tokens[probe.role]
    if (token) headers.Authorization = `JWT ${token}`
    headers['X-Forwarded-For'] ??=
      `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client++ & 255}`
    const response = await fuzzFetch(`${baseURL}${probe.path}`, {
      method: probe.method,
      headers,
      body: probe.method === 'GET' || probe.method === 'HEAD' ? undefined : probe.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    })
    return { status: response.status, text: await response.text() }
  }

  const refused = new Set<string>()
  let requests = 0
  const check = async (entry: string, probe: Probe) => {
    let answer: { status: number; text: string }
    requests++
    try {
      answer = probe.kind === 'http' ? await send(probe) : await probe.run(payload)
    } catch (error) {
      count(entry, probe.kind === 'local' ? '5xx' : 'error')
      findings.push({
        entry,
        kind: probe.kind === 'local' ? '5xx' : 'error',
        detail: `${describe(probe)}: ${String(error).slice(0, 300)}`,
      })
      return
    }
    count(entry, `${Math.floor(answer.status / 100)}xx`)
    if (answer.status >= 500)
      findings.push({
        entry,
        kind: '5xx',
        detail: `${answer.status} ${describe(probe)}: ${answer.text.slice(0, 200)}`,
      })
    const leaked = oracle.leaks(probe.role, answer.text).filter((value) => !sentBy(probe, value))
    if (leaked.length > 0)
      findings.push({
        entry,
        kind: 'leak',
        detail: `${describe(probe)} shows ${leaked.slice(0, 3).join(' | ')}`,
      })
    if (probe.marker && answer.status >= 400) refused.add(probe.marker)
  }

  const compare = async (entry: string, pair: ProbePair) => {
    if (!oracle.hiddenFrom(pair.truth.role).includes(pair.secret)) return
    requests += 2
    const [truth, lie] = [await send(pair.truth), await send(pair.lie)]
    for (const answer of [truth, lie]) {
      count(entry, `${Math.floor(answer.status / 100)}xx`)
      if (answer.status >= 500)
        findings.push({
          entry,
          kind: '5xx',
          detail: `${answer.status} ${pair.label}: ${answer.text.slice(0, 200)}`,
        })
    }
    const leaked = oracle
      .leaks(pair.truth.role, truth.text)
      .filter((value) => !sentBy(pair.truth, value))
    if (leaked.length > 0)
      findings.push({ entry, kind: 'leak', detail: `${pair.label} shows ${leaked[0]}` })
    if (JSON.stringify(shape(truth, pair.lie.path)) !== JSON.stringify(shape(lie, pair.lie.path)))
      findings.push({
        entry,
        kind: 'inference',
        detail: `${pair.truth.role} ${pair.label}: ${JSON.stringify(shape(truth, '')).slice(0, 150)} ≠ ${JSON.stringify(shape(lie, '')).slice(0, 150)}`,
      })
  }

  // The plan: each entry point's share of the requests, drawn with one seed.
  const totalWeight = entries.reduce((sum, entry) => sum + (entry.weight ?? 1), 0)
  const jobs: Array<() => Promise<void>> = []
  entries.forEach((entry, index) => {
    const n = Math.round((options.requests * (entry.weight ?? 1)) / totalWeight)
    if (n > 0)
      for (const probe of fc.sample(entry.probes(ctx), { seed: seed + index, numRuns: n }))
        jobs.push(() => check(entry.name, probe))
  })
  const pairEntries = entries.filter((entry) => entry.pairs)
  pairEntries.forEach((entry, index) => {
    const n = Math.ceil(options.pairs / pairEntries.length)
    for (const pair of fc.sample(entry.pairs!(ctx), { seed: seed + 1000 + index, numRuns: n }))
      jobs.push(() => compare(`${entry.name} (pairs)`, pair))
  })
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!
      await job()
      if (++done % 500 === 0) log(`  ${done}/${jobs.length} …`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))

  // Nothing stored from a refused write: the markers of refused writes, searched in every row.
  const stored = await storedMarkers(payload, markerPrefix)
  for (const marker of refused)
    if (stored.has(marker))
      findings.push({
        entry: 'writes',
        kind: 'stored',
        detail: `${marker} was refused but is stored`,
      })

  await cleanUp(payload, markerPrefix, fixtures)
  rmSync(tmpDir, { recursive: true, force: true })
  return {
    seed,
    requests,
    counts,
    pairs: options.pairs,
    refusedWrites: refused.size,
    findings,
    ms: Date.now() - started,
  }
}

/** Every word an anonymous reader can read in the portal's documents, in lower case. */
async function readPublicWords(payload: Payload): Promise<string[]> {
  const words = new Set<string>()
  for (const collection of [
    'offers',
    'mentors',
    'school-options',
    'legislation-notes',
    'organizations',
    'topics',
    'legal-bases',
    'municipalities',
  ] as const) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user: null,
    })
    for (const word of JSON.stringify(docs)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [])
      words.add(word)
  }
  return [...words]
}

/** Whether a value is one the request itself sent (a search box shows what was searched for). */
function sentBy(probe: Probe, value: string): boolean {
  if (probe.kind === 'local') return false
  let sent = probe.path
  try {
    sent = decodeURIComponent(probe.path.replace(/\+/g, ' '))
  } catch {
    // keep it encoded
  }
  const body = typeof probe.body === 'string' ? probe.body : ''
  return sent.includes(value) || body.includes(value)
}

/** Status, documents, counts and facets: what of an answer may depend on the query. */
function shape(answer: { status: number; text: string }, _path: string) {
  let body: Record<string, unknown> | undefined
  try {
    body = JSON.parse(answer.text) as Record<string, unknown>
  } catch {
    // HTML: the listings it links to.
    const links = [
      ...answer.text.matchAll(
        /href="(\/(?:en\/|nb\/)?(?:tilbud|mentorordninger|skoletilbud)\/[^"?#]+)"/g,
      ),
    ].map((m) => m[1])
    return { status: answer.status, links: [...new Set(links)].sort() }
  }
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.map((doc) => (doc as { id?: unknown }).id) : undefined
  return {
    status: answer.status,
    docs: ids(body?.docs),
    hits: ids(body?.hits),
    totalDocs: body?.totalDocs,
    total: body?.total ?? body?.estimatedTotalHits,
    facets: body?.facets,
    errors: Array.isArray(body?.errors)
      ? (body.errors as Array<{ message?: string }>).map((e) =>
          e.message?.replace(/»[^«]*«/g, '»…«'),
        )
      : undefined,
  }
}

function describe(probe: Probe) {
  if (probe.kind === 'local') return `${probe.label} (${probe.marker})`
  const body =
    typeof probe.body === 'string' ? ` ${probe.body.slice(0, 80)}` : probe.body ? ' <form>' : ''
  return `${probe.role} ${probe.method} ${probe.path.slice(0, 160)}${body}`
}

/** Deletes what accepted writes created, and the harness's fixtures. */
async function cleanUp(payload: Payload, prefix: string, fixtures: Record<string, number>) {
  for (const collection of collections) {
    const fields = payload.collections[collection as CollectionSlug].config.flattenedFields
    const names = ['title', 'name', 'summary', 'email', 'alt', 'heading', 'text'].filter((name) =>
      fields.some((field) => field.name === name),
    )
    if (names.length === 0) continue
    await payload
      .delete({
        collection: collection as CollectionSlug,
        where: { or: names.map((name) => ({ [name]: { like: prefix } })) },
        overrideAccess: true,
      })
      .catch(() => undefined)
  }
  for (const [collection, id] of Object.entries(fixtures))
    await payload
      .delete({ collection: collection as CollectionSlug, id, overrideAccess: true })
      .catch(() => undefined)
}

/** The report as lines: counts per entry point and status class, and the findings. */
export function formatReport(report: FuzzReport): string[] {
  const classes = ['2xx', '3xx', '4xx', '5xx', 'error']
  const lines = [
    `seed ${report.seed} · ${report.requests} requests (${report.pairs} inference pairs) · ${(report.ms / 1000).toFixed(1)} s`,
    '',
    `| entry point | ${classes.join(' | ')} |`,
    `| --- | ${classes.map(() => '--:').join(' | ')} |`,
  ]
  const total: Record<string, number> = {}
  for (const [entry, byClass] of Object.entries(report.counts)) {
    lines.push(`| ${entry} | ${classes.map((c) => byClass[c] ?? 0).join(' | ')} |`)
    for (const c of classes) total[c] = (total[c] ?? 0) + (byClass[c] ?? 0)
  }
  lines.push(`| **all** | ${classes.map((c) => total[c] ?? 0).join(' | ')} |`, '')
  const kinds = ['5xx', 'leak', 'inference', 'stored', 'error'] as const
  lines.push(
    `5xx: ${report.findings.filter((f) => f.kind === '5xx').length} · inferences/leaks of internal values: ${report.findings.filter((f) => f.kind === 'leak' || f.kind === 'inference').length} · stored refusals: ${report.findings.filter((f) => f.kind === 'stored').length} (of ${report.refusedWrites} refused writes) · connection errors: ${report.findings.filter((f) => f.kind === 'error').length}`,
  )
  for (const kind of kinds)
    for (const finding of report.findings.filter((f) => f.kind === kind).slice(0, 15))
      lines.push(`  ${kind} [${finding.entry}] ${finding.detail}`)
  return lines
}

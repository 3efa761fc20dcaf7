import type { Payload } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { lawLabel } from '@/domain/options'
import { openReviewTask } from '@/reviewTasks'

import type { RetsinformationSource } from './client'
import { WATCHED_ACTS, type ActStatus } from './collection'
import { actCitation } from './citation'
import { actPath, publicActUrl, type ActPath } from './eli'
import type { ActMetadata, FeedEntry } from './format'

export type WatchReport = {
  /** Distinct acts the legal bases cite. */
  acts: number
  /** Acts whose metadata was read. */
  checked: number
  /** Acts whose metadata could not be read (retried at the next run). */
  failed: number
  /** Review tasks opened for the consultants. */
  opened: number
  /** Amending acts recorded without a task at an act's first check. */
  baseline: number
  feed: 'read' | 'failed'
}

type CitedAct = {
  path: ActPath
  /** Our names of the act ("Barnets Lov"), from the legal bases' `law`. */
  laws: string[]
  /** Legal bases that link to it. */
  legalBases: { id: number; citation: string }[]
}

type WatchedRow = {
  id: number
  eli: string
  amendedBy?:
    | {
        eli: string
        label?: string | null
        firstSeenAt?: string | null
        baseline?: boolean | null
      }[]
    | null
  lastSucceededAt?: string | null
  failures?: number | null
}

const LISTING_COLLECTIONS = ['offers', 'mentors', 'school-options'] as const

/** The cited acts: every legal basis's ELI, grouped by act. */
async function citedActs(payload: Payload): Promise<CitedAct[]> {
  // access: system job; the register of legal bases is public anyway.
  const { docs } = await payload.find({
    collection: 'legal-bases',
    select: { eli: true, law: true, citation: true },
    depth: 0,
    pagination: false,
    sort: 'citation',
    overrideAccess: true,
  })
  const acts = new Map<ActPath, CitedAct>()
  for (const doc of docs as {
    id: number
    eli?: string | null
    law?: string | null
    citation?: string | null
  }[]) {
    const path = actPath(doc.eli)
    if (!path) continue
    const act = acts.get(path) ?? { path, laws: [], legalBases: [] }
    const law = doc.law ? lawLabel(doc.law) : null
    if (law && !act.laws.includes(law)) act.laws.push(law)
    act.legalBases.push({ id: doc.id, citation: doc.citation ?? '' })
    acts.set(path, act)
  }
  return [...acts.values()]
}

/** What cites the act in the portal, for the task's detail: provisions, notes and listings. */
async function citations(payload: Payload, act: CitedAct): Promise<string> {
  const ids = act.legalBases.map((basis) => basis.id)
  // access: system job; only counts, shown to consultants.
  const notes = await payload.count({
    collection: 'legislation-notes',
    where: { legalBases: { in: ids } },
    overrideAccess: true,
  })
  let listings = 0
  for (const collection of LISTING_COLLECTIONS) {
    // access: system job; only counts, shown to consultants.
    const { totalDocs } = await payload.count({
      collection,
      where: { legalBasis: { in: ids } },
      overrideAccess: true,
    })
    listings += totalDocs
  }
  const provisions = act.legalBases.map((basis) => basis.citation).filter(Boolean)
  return [
    `Bestemmelser i lovgrundlagsregistret: ${provisions.join('; ') || '–'}.`,
    `${notes.totalDocs} ${notes.totalDocs === 1 ? 'note' : 'noter'} og ${listings} ${listings === 1 ? 'opslag' : 'opslag'} henviser til dem.`,
  ].join('\n')
}

const lawName = (act: CitedAct, metadata: ActMetadata | null) =>
  act.laws.length > 0 ? act.laws.join(' / ') : (metadata?.title ?? publicActUrl(act.path))

/**
 * One run of the Retsinformation watch: reads the update feed and every cited act's ELI metadata,
 * and opens an `act-changed` review task for the consultants for each act that changes a cited
 * act (once per amending act: the task's dedupe key holds both) and for a cited act that is no
 * longer in force. The first successful check of an act records the amending acts it already
 * lists without tasks (the register was written knowing them); only later ones open tasks.
 * A read that fails is logged as a warning and recorded on the act; the next run tries again.
 * Nothing here throws for what Retsinformation answers.
 */
export async function runRetsinformationWatch(
  payload: Payload,
  { source, now }: { source: RetsinformationSource; now: Date },
): Promise<WatchReport> {
  const acts = await citedActs(payload)
  const report: WatchReport = {
    acts: acts.length,
    checked: 0,
    failed: 0,
    opened: 0,
    baseline: 0,
    feed: 'read',
  }

  // The feed names what changed lately; it gives titles to new amending acts without a request.
  const feed = new Map<ActPath, FeedEntry>()
  try {
    for (const entry of await source.updateFeed()) feed.set(entry.path, entry)
  } catch (error) {
    report.feed = 'failed'
    payload.logger.warn(
      `Retsinformation watch: could not read the ELI update feed (${(error as Error).message}); the acts are still checked one by one`,
    )
  }

  // access: the job's own records.
  const { docs: rows } = await payload.find({
    collection: WATCHED_ACTS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const known = new Map<ActPath, WatchedRow>()
  for (const row of rows as unknown as WatchedRow[]) {
    const path = actPath(row.eli)
    if (path) known.set(path, row)
  }

  for (const act of acts) {
    const row = known.get(act.path)
    let metadata: ActMetadata | null
    try {
      metadata = await source.actMetadata(act.path)
      if (metadata === null) throw new Error(`Retsinformation kender ikke ${act.path} (404)`)
    } catch (error) {
      report.failed += 1
      const message = (error as Error).message
      payload.logger.warn(
        `Retsinformation watch: could not check ${lawName(act, null)} (${act.path}): ${message}; retrying at the next run`,
      )
      await saveRow(payload, act, row, {
        lastCheckedAt: now.toISOString(),
        failures: (row?.failures ?? 0) + 1,
        lastError: message.slice(0, 500),
      })
      continue
    }
    report.checked += 1
    const firstCheck = !row?.lastSucceededAt
    const amendedBy = [...(row?.amendedBy ?? [])].map(({ eli, label, firstSeenAt, baseline }) => ({
      eli,
      label,
      firstSeenAt,
      baseline,
    }))
    const seen = new Set(amendedBy.map((entry) => actPath(entry.eli)))
    const name = lawName(act, metadata)

    for (const amending of metadata.changedBy) {
      if (seen.has(amending)) continue
      // At the first check, the register was written knowing these. An act no longer in force
      // gets one task for that (below), which names what replaced it: no task per relation.
      if (firstCheck || metadata.inForce === false) {
        amendedBy.push({
          eli: publicActUrl(amending),
          label: actCitation(amending, null, feed.get(amending)),
          firstSeenAt: now.toISOString(),
          baseline: firstCheck,
        })
        if (firstCheck) report.baseline += 1
        seen.add(amending)
        continue
      }
      // The amending act's own metadata gives its type and date; without it, its number will do.
      let amendingMetadata: ActMetadata | null = null
      try {
        amendingMetadata = await source.actMetadata(amending)
      } catch (error) {
        payload.logger.warn(
          `Retsinformation watch: could not read ${amending} (${(error as Error).message}); the task names it by number`,
        )
      }
      const citation = actCitation(amending, amendingMetadata, feed.get(amending))
      const outcome = await openReviewTask(payload, {
        kind: 'act-changed',
        dedupeKey: `act-changed:${act.path}:${amending}`,
        assignee: 'consultants',
        title:
          `${name} er ændret ved ${citation}: gennemgå noter og opslag der henviser til den`.slice(
            0,
            300,
          ),
        detail: [
          `Ændringsloven: ${publicActUrl(amending)}${amendingMetadata?.title ? ` (${amendingMetadata.title})` : feed.get(amending)?.title ? ` (${feed.get(amending)!.title})` : ''}.`,
          `Den ændrede lov: ${publicActUrl(act.path)}${metadata.title ? ` (${metadata.title})` : ''}.`,
          await citations(payload, act),
          'Retsinformation siger ikke, hvilke paragraffer der er ændret: læs ændringsloven, og ret noter, opslag og lovgrundlag (fx med »Erstatter bestemmelsen«) efter behov.',
        ].join('\n'),
        legalBasis: act.legalBases[0]?.id,
      })
      if (outcome === 'opened') report.opened += 1
      amendedBy.push({
        eli: publicActUrl(amending),
        label: citation,
        firstSeenAt: now.toISOString(),
        baseline: false,
      })
      seen.add(amending)
    }

    if (metadata.inForce === false) {
      const since = metadata.noLongerInForceOn
        ? ` fra ${formatDanishDate(metadata.noLongerInForceOn)}`
        : ''
      const outcome = await openReviewTask(payload, {
        kind: 'act-changed',
        dedupeKey: `act-changed:${act.path}:not-in-force`,
        assignee: 'consultants',
        title:
          `${name} er ikke længere i kraft${since}: gennemgå noter og opslag der henviser til den`.slice(
            0,
            300,
          ),
        detail: [
          `Loven: ${publicActUrl(act.path)}${metadata.title ? ` (${metadata.title})` : ''}.`,
          metadata.changedBy.length > 0
            ? `Ændret eller afløst ved: ${metadata.changedBy.map(publicActUrl).join(', ')}.`
            : 'Retsinformation nævner ingen lov, der afløser den.',
          await citations(payload, act),
          'Registrér efterfølgeren som nyt lovgrundlag med »Erstatter bestemmelsen«, og sæt »Gælder til« på de gamle bestemmelser, så opslagene bliver markeret.',
        ].join('\n'),
        legalBasis: act.legalBases[0]?.id,
      })
      if (outcome === 'opened') report.opened += 1
    }

    const status: ActStatus =
      metadata.inForce === true
        ? 'in-force'
        : metadata.inForce === false
          ? 'not-in-force'
          : 'unknown'
    await saveRow(payload, act, row, {
      title: metadata.title,
      status,
      noLongerInForceOn: metadata.noLongerInForceOn,
      amendedBy,
      lastCheckedAt: now.toISOString(),
      lastSucceededAt: now.toISOString(),
      failures: 0,
      lastError: null,
    })
  }
  // An act no legal basis cites any more is no longer watched (cited again, it starts afresh).
  const cited = new Set(acts.map((act) => act.path))
  for (const [path, row] of known) {
    if (cited.has(path)) continue
    // access: the job's own records.
    await payload.delete({ collection: WATCHED_ACTS, id: row.id, overrideAccess: true })
  }
  return report
}

async function saveRow(
  payload: Payload,
  act: CitedAct,
  row: WatchedRow | undefined,
  data: Record<string, unknown>,
) {
  const fields = { ...data, eli: publicActUrl(act.path), law: act.laws.join(' / ') || null }
  // access: the job's own records; nobody writes them over the API.
  if (row) {
    await payload.update({
      collection: WATCHED_ACTS,
      id: row.id,
      data: fields,
      depth: 0,
      overrideAccess: true,
    })
  } else {
    await payload.create({
      collection: WATCHED_ACTS,
      data: fields as never,
      depth: 0,
      overrideAccess: true,
    })
  }
}

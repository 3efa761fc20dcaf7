import type { Config, Payload, PayloadRequest } from 'payload'

import type { OverviewTable } from './tables'

/** What a section's loader gets: the reader's request (their access) and the clock. */
export type OverviewContext = {
  payload: Payload
  req: PayloadRequest
  now: Date
  /** The view's search parameters, for drill-down tables (already strings). */
  params?: Record<string, string | undefined>
}

/**
 * One part of the secretariat's overview: a heading and the tables under it. Other features add
 * theirs (listings citing repealed provisions, zero-result searches …) with addOverviewSection;
 * each table gets a CSV export at /api/overblik/<table key>. `load` reads with the reader's
 * access (`overrideAccess: false`, `req`) and returns no table when it has nothing to show.
 */
export type OverviewSection = {
  key: string
  title: string
  load: (context: OverviewContext) => Promise<OverviewTable[]>
}

const customKey = 'overviewSections'

/** Adds a section to the overview, for plugins: `addOverviewSection(config, { … })`. */
export function addOverviewSection(config: Config, section: OverviewSection): Config {
  const existing = (config.custom?.[customKey] as OverviewSection[] | undefined) ?? []
  if (existing.some((entry) => entry.key === section.key)) {
    throw new Error(`addOverviewSection: there is already a section "${section.key}"`)
  }
  return { ...config, custom: { ...config.custom, [customKey]: [...existing, section] } }
}

export function overviewSections(payload: Pick<Payload, 'config'>): OverviewSection[] {
  return ((payload.config.custom as Record<string, unknown> | undefined)?.[customKey] ??
    []) as OverviewSection[]
}

import type { Config, Payload } from 'payload'
import { z } from 'zod'

import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '@/domain/freshness'
import type { ListingCollection } from '@/domain/options'

export type FreshnessPluginOptions = {
  /**
   * The listing collections whose verification is tracked, each with its review interval in
   * months (default 6; the UK Open Referral guidance's 3 suits more volatile kinds).
   */
  collections: Partial<Record<ListingCollection, { intervalMonths?: number }>>
  /** The jobs queue of the reminder and re-sync tasks. */
  queue?: string
  /** When the daily reminder digest runs (cron, server time); default 06:00. */
  remindersCron?: string
  /** When the daily re-sync of listings that turned overdue runs; default 00:15. */
  resyncCron?: string
}

export type SanitizedFreshnessOptions = {
  collections: ListingCollection[]
  intervalMonths: Record<ListingCollection, number>
  queue: string
  remindersCron: string
  resyncCron: string
}

/**
 * `REVIEW_INTERVAL_MONTHS=offers=3,mentors=6,school-options=12`: the review interval per kind from
 * the environment, over the plugin options (no rebuild needed to change it).
 */
export function intervalsFromEnv(raw: string | undefined): Partial<Record<string, number>> {
  if (!raw?.trim()) return {}
  const entry = z
    .string()
    .trim()
    .regex(/^[a-z-]+\s*=\s*\d{1,2}$/, 'skriv samling=måneder, fx offers=3')
  const out: Record<string, number> = {}
  for (const part of raw.split(',')) {
    const parsed = entry.safeParse(part)
    if (!parsed.success) {
      throw new Error(
        `REVIEW_INTERVAL_MONTHS: »${part.trim()}« – ${parsed.error.issues[0]?.message}`,
      )
    }
    const [name, months] = parsed.data.split('=').map((value) => value.trim())
    out[name!] = Number(months)
  }
  return out
}

export function sanitizeFreshnessOptions(
  options: FreshnessPluginOptions,
  env: string | undefined = process.env.REVIEW_INTERVAL_MONTHS,
): SanitizedFreshnessOptions {
  const collections = Object.keys(options.collections) as ListingCollection[]
  const fromEnv = intervalsFromEnv(env)
  for (const name of Object.keys(fromEnv)) {
    if (!collections.includes(name as ListingCollection)) {
      throw new Error(`REVIEW_INTERVAL_MONTHS: »${name}« is not one of ${collections.join(', ')}`)
    }
  }
  const intervalMonths = {} as Record<ListingCollection, number>
  for (const collection of collections) {
    const months =
      fromEnv[collection] ??
      options.collections[collection]?.intervalMonths ??
      DEFAULT_REVIEW_INTERVAL_MONTHS
    if (!Number.isInteger(months) || months < 1 || months > 36) {
      throw new Error(`freshnessPlugin: the review interval of "${collection}" must be 1–36 months`)
    }
    intervalMonths[collection] = months
  }
  return {
    collections,
    intervalMonths,
    queue: options.queue ?? 'freshness',
    remindersCron: options.remindersCron ?? '0 6 * * *',
    resyncCron: options.resyncCron ?? '15 0 * * *',
  }
}

const customKey = 'freshness'

export const withFreshnessOptions = (
  config: Config,
  options: SanitizedFreshnessOptions,
): Config => ({
  ...config,
  custom: { ...config.custom, [customKey]: options },
})

export function freshnessOptions(payload: Pick<Payload, 'config'>): SanitizedFreshnessOptions {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[customKey]
  if (!options) throw new Error('freshnessPlugin is not configured')
  return options as SanitizedFreshnessOptions
}

/** The review interval of a collection's listings, in months. */
export const intervalOf = (payload: Pick<Payload, 'config'>, collection: string): number =>
  freshnessOptions(payload).intervalMonths[collection as ListingCollection] ??
  DEFAULT_REVIEW_INTERVAL_MONTHS

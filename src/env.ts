import { z } from 'zod'

import { parseTrustedProxies } from './security/trustedProxies'
import { mapTileUrlSchema } from './geo/tiles'

/**
 * The server's environment, validated once. The launcher (src/launcher) fills in the embedded
 * defaults before Next or Payload start, so at this point every value is explicit.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1')

const serverEnvSchema = z.object({
  DATABASE_URI: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URI must be a postgres:// connection string')
    .optional(),
  PAYLOAD_SECRET: z.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
  MEILI_HOST: z.url('MEILI_HOST must be a URL such as http://127.0.0.1:7700').optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_API_KEY: z.string().optional(),
  /** Name of the search index; tests and benchmarks use their own. */
  MEILI_INDEX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]{1,60}$/, 'MEILI_INDEX may hold only a-z, 0-9, _ and -')
    .default('videnportal'),
  /** Minutes between comparisons of Postgres with the search index (0 turns them off). */
  SEARCH_RECONCILE_MINUTES: z.coerce.number().min(0).max(1440).default(5),
  /** "off": this server does not run the jobs runner (every queue and schedule; another one does). */
  JOBS_RUNNER: z.enum(['on', 'off']).optional(),
  /** The older name of JOBS_RUNNER, still honoured when JOBS_RUNNER is unset. */
  SEARCH_RUNNER: z.enum(['on', 'off']).optional(),
  /** Seconds between re-reads of the search vocabulary (search-terms) on every app server. */
  SEARCH_TERMS_REFRESH_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Suggestions as you type: requests per minute per account or client (apart from searches). */
  SUGGEST_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Months the daily search statistics are kept. */
  SEARCH_STATS_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(13),
  /**
   * Where the watch on Retsinformation reads acts' ELI metadata and the update feed, e.g.
   * https://www.retsinformation.dk; unset (the embedded start: no internet): the watch is off.
   */
  RETSINFORMATION_URL: z
    .url('RETSINFORMATION_URL must be a URL such as https://www.retsinformation.dk')
    .optional(),
  /** Seconds the watch waits for one answer from Retsinformation. */
  RETSINFORMATION_TIMEOUT_SECONDS: z.coerce.number().min(1).max(300).default(20),
  SERVER_URL: z.url('SERVER_URL must be a URL such as https://videnportal.dk').optional(),
  /**
   * Load balancers whose X-Forwarded-For the front server believes: IPs and CIDR ranges, comma
   * separated (none by default: the socket address is the client).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value)
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message })
      }
    }),
  /** Where mail goes: smtp://user:pass@host:587 or smtps://…; without it mail stays in the outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  /** The sender of the portal's mail: `Name <address>` or an address. */
  MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
      'MAIL_FROM must be an address or "Name <address>"',
    )
    .default('Videnportal <noreply@videnportal.local>'),
  SEED_DEMO_USERS: booleanFlag,
  SEED_SAMPLE_CONTENT: booleanFlag,
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** The map's tile server (src/geo/tiles.ts); unset: places are shown as a list, no map. */
  MAP_TILE_URL: mapTileUrlSchema.optional(),
  /** The attribution the tile server's licence asks for, shown on the map. */
  MAP_TILE_ATTRIBUTION: z.string().max(300).optional(),
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

export function readServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment: ${problems.join('; ')}`)
  }
  return parsed.data
}

/** True while `next build` collects pages: no services exist then and none are needed. */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

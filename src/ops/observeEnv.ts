import { z } from 'zod'

import { LOG_LEVELS } from './logging/logger'

/**
 * The operations settings of logs, metrics and shutdown, checked with zod where they are read (the
 * front server in the launcher and the app server both read them).
 */
const observeEnvSchema = z.object({
  /** The bearer token of /api/metrics; without it the metrics answer 401 to everybody. */
  METRICS_TOKEN: z
    .string()
    .min(16, 'METRICS_TOKEN must be at least 16 characters')
    .regex(/^\S+$/, 'METRICS_TOKEN may not contain spaces')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }))
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** `json` or `pretty`; unset: pretty in a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty', '']).optional(),
  /** Seconds an app server waits for requests in flight (and a running job) after SIGTERM. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).optional(),
})

export type ObserveEnv = z.infer<typeof observeEnvSchema>

export function readObserveEnv(source: NodeJS.ProcessEnv = process.env): ObserveEnv {
  const parsed = observeEnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment: ${problems.join('; ')}`)
  }
  return parsed.data
}

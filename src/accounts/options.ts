import type { Config, Payload } from 'payload'
import { z } from 'zod'

export type AccountsPluginOptions = {
  /** Months without a sign-in after which an account is closed (ACCOUNT_INACTIVE_MONTHS wins). */
  inactiveMonths?: number
  /** Days before the closing that the user is warned by e-mail (0: no warning). */
  warnDays?: number
  /** Days an invitation link holds (INVITATION_VALID_DAYS wins). */
  invitationDays?: number
  /** The jobs queue of the daily account task. */
  queue?: string
  /** When the daily account task runs (cron, server time); default 03:30. */
  cron?: string
}

export type SanitizedAccountsOptions = Required<AccountsPluginOptions>

export const DEFAULT_INACTIVE_MONTHS = 6
export const DEFAULT_WARN_DAYS = 14
export const DEFAULT_INVITATION_DAYS = 7

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, `${name} skal være et helt tal`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${name} skal være mellem ${min} og ${max}`)

const envSchema = z.object({
  ACCOUNT_INACTIVE_MONTHS: wholeNumber('ACCOUNT_INACTIVE_MONTHS', 1, 60).optional(),
  INVITATION_VALID_DAYS: wholeNumber('INVITATION_VALID_DAYS', 1, 90).optional(),
})

/** The options with defaults, the environment over the plugin's options. */
export function sanitizeAccountsOptions(
  options: AccountsPluginOptions = {},
  env: Record<string, string | undefined> = process.env,
): SanitizedAccountsOptions {
  const parsed = envSchema.safeParse({
    ACCOUNT_INACTIVE_MONTHS: env.ACCOUNT_INACTIVE_MONTHS?.trim() || undefined,
    INVITATION_VALID_DAYS: env.INVITATION_VALID_DAYS?.trim() || undefined,
  })
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '))
  const inactiveMonths =
    parsed.data.ACCOUNT_INACTIVE_MONTHS ?? options.inactiveMonths ?? DEFAULT_INACTIVE_MONTHS
  const invitationDays =
    parsed.data.INVITATION_VALID_DAYS ?? options.invitationDays ?? DEFAULT_INVITATION_DAYS
  const warnDays = options.warnDays ?? DEFAULT_WARN_DAYS
  if (!Number.isInteger(warnDays) || warnDays < 0 || warnDays > 60) {
    throw new Error('accountsPlugin: warnDays must be 0–60')
  }
  return {
    inactiveMonths,
    invitationDays,
    warnDays,
    queue: options.queue ?? 'accounts',
    cron: options.cron ?? '30 3 * * *',
  }
}

const customKey = 'accounts'

export const withAccountsOptions = (config: Config, options: SanitizedAccountsOptions): Config => ({
  ...config,
  custom: { ...config.custom, [customKey]: options },
})

export function accountsOptions(payload: Pick<Payload, 'config'>): SanitizedAccountsOptions {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[customKey]
  return (options as SanitizedAccountsOptions | undefined) ?? sanitizeAccountsOptions()
}

import type { Payload, PayloadRequest } from 'payload'

import {
  ERROR_REPORT_MESSAGES,
  errorReportInput,
  type ErrorReportFieldError,
  type ErrorReportTarget,
  fieldErrors,
} from '@/domain/errorReports'
import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { takeReportAttempt } from './clientLimit'
import { checkFormToken } from './formToken'

/** The honeypot: hidden from people, tempting to bots (a field called »website«). */
export const HONEYPOT_FIELD = 'website'

export type SubmitOutcome =
  | { ok: true; id: number }
  | {
      ok: false
      status: 400 | 429 | 503
      errors: ErrorReportFieldError[]
      retryAfterSeconds?: number
    }

const refuse = (
  status: 400 | 429 | 503,
  field: string,
  message: string,
  retryAfterSeconds?: number,
): SubmitOutcome => ({ ok: false, status, errors: [{ field, message }], retryAfterSeconds })

/**
 * One report from the portal form or the API, checked in this order: the per-client limit (every
 * attempt counts), the honeypot, the time trap, the reader's text (category, ≤ 2,000 characters,
 * no markup, no CPR-like number, an optional e-mail), and the target, which must be a listing or
 * organization this reader can see. Only then is a row written; a refusal stores nothing. No IP
 * address is stored: the client key only counts attempts in memory.
 */
export async function submitErrorReport(
  payload: Payload,
  raw: unknown,
  {
    client,
    user,
    now = new Date(),
    req,
  }: { client: string; user: User | null; now?: Date; req?: Partial<PayloadRequest> },
): Promise<SubmitOutcome> {
  const limit = takeReportAttempt({ userId: user?.id, client }, now)
  if (!limit.allowed) {
    return refuse(
      429,
      'form',
      ERROR_REPORT_MESSAGES.rateLimited(limit.retryAfterSeconds),
      limit.retryAfterSeconds,
    )
  }
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>

  const honeypot = body[HONEYPOT_FIELD]
  if (honeypot !== undefined && honeypot !== null && honeypot !== '') {
    return refuse(400, HONEYPOT_FIELD, ERROR_REPORT_MESSAGES.honeypot)
  }
  const verdict = checkFormToken(body.formToken, now)
  if (verdict === 'too-fast') return refuse(400, 'form', ERROR_REPORT_MESSAGES.tooFast)
  if (verdict === 'stale') return refuse(400, 'form', ERROR_REPORT_MESSAGES.staleForm)

  const parsed = errorReportInput.safeParse(body)
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrors(parsed.error) }
  const input = parsed.data

  const organization = await organizationOfTarget(
    payload,
    input.targetCollection,
    input.targetId,
    user,
  )
  if (organization === null) return refuse(400, 'targetId', ERROR_REPORT_MESSAGES.target)

  try {
    // access: readers have no create access to error-reports; this function is the gate (limit,
    // honeypot, time trap, the rules above and a target the reader can read).
    const doc = await payload.create({
      collection: 'error-reports',
      data: {
        target: { relationTo: input.targetCollection, value: input.targetId },
        organization: organization || undefined,
        category: input.category,
        text: input.text,
        reporterEmail: input.reporterEmail,
        status: 'new',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { ok: true, id: doc.id }
  } catch (error) {
    payload.logger.error({ err: error }, 'error report: could not store a checked report')
    return refuse(503, 'form', ERROR_REPORT_MESSAGES.unavailable)
  }
}

/**
 * The organization a target belongs to (a listing's provider, or the organization itself), 0 for
 * a listing without one, or null when this reader cannot see the target (drafts, internal listings
 * for anonymous readers, ids that do not exist).
 */
async function organizationOfTarget(
  payload: Payload,
  collection: ErrorReportTarget,
  id: number,
  user: User | null,
): Promise<number | null> {
  try {
    if (collection === 'organizations') {
      const doc = await payload.findByID({
        collection,
        id,
        depth: 0,
        select: { name: true },
        overrideAccess: false,
        user,
        disableErrors: true,
      })
      return doc ? doc.id : null
    }
    const doc = await payload.findByID({
      collection,
      id,
      depth: 0,
      select: { provider: true },
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    if (!doc) return null
    return relationId((doc as { provider?: unknown }).provider) ?? 0
  } catch {
    return null
  }
}

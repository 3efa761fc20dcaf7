'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { ErrorReportFieldError } from '@/domain/errorReports'
import { submitErrorReport } from '@/errorReports/submit'
import { getViewer } from '@/queries/session'
import { clientKey } from '@/security/rateLimit'

export type ErrorReportState = {
  status: 'idle' | 'sent' | 'error'
  errors: ErrorReportFieldError[]
  /** What the reader wrote, to fill the form again after a refusal (never after success). */
  values: { category: string; text: string; reporterEmail: string }
  answerByEmail: boolean
}

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

/**
 * The portal's "Meld en fejl" form (a server action, so it works without JavaScript): the same
 * checks as POST /api/error-reports/submit (src/errorReports/submit.ts), with the reader's session
 * and the client address the front server decided on.
 */
export async function reportError(
  _previous: ErrorReportState,
  formData: FormData,
): Promise<ErrorReportState> {
  const raw: Record<string, unknown> = {}
  for (const name of [
    'targetCollection',
    'targetId',
    'category',
    'text',
    'reporterEmail',
    'formToken',
    'website',
  ]) {
    const value = formData.get(name)
    // Files and absent fields are left out; zod names what is missing.
    if (typeof value === 'string') raw[name] = value
  }
  const values = {
    category: text(formData, 'category', 40),
    // Kept so the reader can shorten it; a 10,000-character text is not sent back in full.
    text: text(formData, 'text', 4000),
    reporterEmail: text(formData, 'reporterEmail', 254),
  }
  const [payload, requestHeaders, user] = await Promise.all([
    getPayload({ config }),
    headers(),
    getViewer(),
  ])
  const outcome = await submitErrorReport(payload, raw, {
    client: clientKey(requestHeaders),
    user,
  })
  if (outcome.ok) {
    return {
      status: 'sent',
      errors: [],
      values: { category: '', text: '', reporterEmail: '' },
      answerByEmail: Boolean(values.reporterEmail.trim()),
    }
  }
  return { status: 'error', errors: outcome.errors, values, answerByEmail: false }
}

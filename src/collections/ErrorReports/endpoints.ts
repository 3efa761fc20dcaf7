import type { Endpoint } from 'payload'

import { issueFormToken } from '@/errorReports/formToken'
import { submitErrorReport } from '@/errorReports/submit'
import type { User } from '@/payload-types'
import { clientKey } from '@/security/rateLimit'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * GET /api/error-reports/form-token: the time trap's token for a form shown now (what the portal
 * form carries in a hidden field), for clients of the API.
 */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'get',
  handler: async () => Response.json({ formToken: issueFormToken() }, { headers: noStore }),
}

/**
 * POST /api/error-reports/submit { targetCollection, targetId, category, text, reporterEmail?,
 * formToken, website (the honeypot, empty) }: 201 with the report's id, or 400/429 with
 * `{ errors: [{ field, message }] }` in Danish, and nothing stored.
 */
export const submitEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const body = await req.json?.().catch(() => undefined)
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return Response.json(
        { errors: [{ field: 'form', message: 'Send meldingen som et JSON-objekt.' }] },
        { status: 400, headers: noStore },
      )
    }
    const outcome = await submitErrorReport(req.payload, body, {
      client: clientKey(req.headers),
      user: req.user && req.user.collection === 'users' ? (req.user as User) : null,
    })
    if (outcome.ok) {
      return Response.json(
        {
          id: outcome.id,
          message: 'Tak. Fejlmeldingen er sendt til dem, der holder opslaget ajour.',
        },
        { status: 201, headers: noStore },
      )
    }
    return Response.json(
      { errors: outcome.errors },
      {
        status: outcome.status,
        headers: {
          ...noStore,
          ...(outcome.retryAfterSeconds
            ? { 'Retry-After': String(outcome.retryAfterSeconds) }
            : {}),
        },
      },
    )
  },
}

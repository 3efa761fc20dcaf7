import type { Endpoint } from 'payload'

import { tokenProblemDa } from '@/mail/signedLinks'

import { followPaths } from './paths'
import { readSubscriptionToken, stopSubscription } from './unsubscribe'

/** The token from the page's form, a JSON body or the query. */
async function readToken(req: Parameters<Endpoint['handler']>[0]) {
  const type = req.headers.get('content-type') ?? ''
  const body = req.text ? await req.text().catch(() => '') : ''
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body)
    if (form.has('t')) return { token: form.get('t'), fromPage: true }
  }
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(body) as unknown
      if (parsed && typeof parsed === 'object' && 't' in parsed) {
        return { token: (parsed as { t: unknown }).t, fromPage: false }
      }
    } catch {
      // Falls through to the query, then to »malformed«.
    }
  }
  return { token: req.searchParams.get('t') ?? undefined, fromPage: false }
}

/**
 * POST /api/follow/stop: ends the one subscription a signed link names, without a login
 * (the digest's »Stop emnet …« links lead to a page whose button posts here). A root endpoint,
 * not the collection's: the REST boundary refuses form posts to collection paths. The page's form is
 * answered with a redirect back to that page; anything else with JSON.
 */
export const stopSubscriptionEndpoint: Endpoint = {
  path: '/follow/stop',
  method: 'post',
  handler: async (req) => {
    const { token, fromPage } = await readToken(req)
    const check = readSubscriptionToken(token)
    if (!check.ok) {
      if (fromPage) {
        return new Response(null, {
          status: 303,
          headers: { Location: `${followPaths.stop}?fejl=${check.reason}` },
        })
      }
      return Response.json(
        { errors: [{ message: tokenProblemDa[check.reason], reason: check.reason }] },
        { status: 400 },
      )
    }
    const outcome = await stopSubscription(req.payload, check.target)
    if (fromPage) {
      return new Response(null, {
        status: 303,
        headers: {
          Location: `${followPaths.stop}?t=${encodeURIComponent(String(token))}&stoppet=1`,
        },
      })
    }
    return Response.json({
      stopped: outcome === 'stopped',
      message:
        outcome === 'stopped' ? 'Abonnementet er stoppet.' : 'Abonnementet var allerede stoppet.',
    })
  },
}

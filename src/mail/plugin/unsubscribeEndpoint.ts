import type { Endpoint } from 'payload'

import { tokenProblemDa } from '../signedLinks'
import { readUnsubscribeToken, unsubscribe } from '../unsubscribe'

type Asked = { token: unknown; fromPage: boolean }

/** The token, and whether the portal's own page asked (a person) or a mail program (one-click). */
async function read(req: Parameters<Endpoint['handler']>[0]): Promise<Asked> {
  const type = req.headers.get('content-type') ?? ''
  const body = req.text ? await req.text().catch(() => '') : ''
  const form = type.includes('application/x-www-form-urlencoded')
    ? new URLSearchParams(body)
    : new URLSearchParams()
  let token: unknown = req.searchParams.get('t') ?? form.get('t') ?? undefined
  if (token === undefined && type.includes('application/json')) {
    try {
      token = (JSON.parse(body) as { t?: unknown }).t
    } catch {
      token = undefined
    }
  }
  const oneClick = form.get('List-Unsubscribe') === 'One-Click'
  return { token, fromPage: form.has('t') && !oneClick }
}

/**
 * POST /api/mail/unsubscribe: stops one kind of mail for the user a signed token names. Serves
 * the page's button (a form post, answered with a redirect back to /afmeld) and mail programs'
 * RFC 8058 one-click requests (the token in the query, answered 200).
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/mail/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const { token, fromPage: fromForm } = await read(req)
    const check = readUnsubscribeToken(token)
    if (!check.ok) {
      if (fromForm) {
        return new Response(null, {
          status: 303,
          headers: { Location: `/afmeld?fejl=${check.reason}` },
        })
      }
      return Response.json(
        { errors: [{ message: tokenProblemDa[check.reason], reason: check.reason }] },
        { status: 400 },
      )
    }
    const done = await unsubscribe(req.payload, check.target)
    if (!done) {
      return Response.json(
        { errors: [{ message: 'Brugeren findes ikke længere.' }] },
        { status: 404 },
      )
    }
    if (fromForm) {
      return new Response(null, {
        status: 303,
        headers: { Location: `/afmeld?stoppet=${check.target.topic}` },
      })
    }
    return Response.json({ message: `Du får ikke længere: ${done.topicLabel}.` })
  },
}

import type { Endpoint } from 'payload'
import { z } from 'zod'

import { clientKey, SlidingWindow } from '@/security/rateLimit'

import { recordClick } from './record'

/** One browser opens at most this many results a minute; more is not a person reading. */
const clicks = new SlidingWindow(120, 60_000)

const clickSchema = z.object({
  q: z.string().max(200),
  query: z.string().max(2000),
  position: z.number().int().min(1).max(5000),
})

const answer = (status: number, message?: string) =>
  message
    ? Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
    : new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })

/**
 * `POST /api/search-clicks` with `{ q, query, position }`: the results page sends it with
 * `navigator.sendBeacon` when a hit is opened (links stay plain links, no redirect). Only a count
 * per position is kept, in today's row of those words and filters; nothing about the reader.
 */
export const searchClickEndpoint: Endpoint = {
  path: '/search-clicks',
  method: 'post',
  handler: async (req) => {
    if (!clicks.take(clientKey(req.headers)).allowed) return answer(429, 'For mange klik.')
    let body: unknown
    try {
      body = JSON.parse((await req.text?.()) ?? '')
    } catch {
      return answer(400, 'The body must be JSON: { q, query, position }.')
    }
    const parsed = clickSchema.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      return answer(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
    }
    await recordClick(req.payload, parsed.data)
    return answer(204)
  },
}

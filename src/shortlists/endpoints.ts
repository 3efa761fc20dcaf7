import type { Endpoint } from 'payload'
import { z } from 'zod'

import { shortlistEntry } from '@/domain/shortlist'
import type { User } from '@/payload-types'

import { currentShortlist, toggleOnCurrent, type ShortlistCore } from './store'

const notLoggedIn = () =>
  Response.json(
    { errors: [{ message: 'Log ind for at gemme huskelister på din konto.' }] },
    { status: 401 },
  )

const answer = (list: ShortlistCore | null) =>
  Response.json(
    { list: list && { id: list.id, name: list.name, key: list.shareKey, entries: list.entries } },
    { headers: { 'Cache-Control': 'no-store' } },
  )

const readerOf = (req: Parameters<Endpoint['handler']>[0]) =>
  req.user && req.user.collection === 'users' ? (req.user as unknown as User) : null

/** GET /api/shortlist/current: the logged-in reader's current list (the one changed last). */
export const currentShortlistEndpoint: Endpoint = {
  path: '/shortlist/current',
  method: 'get',
  handler: async (req) => {
    const user = readerOf(req)
    if (!user) return notLoggedIn()
    return answer(await currentShortlist({ payload: req.payload, user, req }))
  },
}

const toggleBody = z.object({ entry: shortlistEntry }).strict()

/**
 * POST /api/shortlist/toggle `{ "entry": "tilbud/<slug>" }`: puts the listing on the reader's
 * current list or takes it off (a list »Min huskeliste« is made for the first one).
 */
export const toggleShortlistEntryEndpoint: Endpoint = {
  path: '/shortlist/toggle',
  method: 'post',
  handler: async (req) => {
    const user = readerOf(req)
    if (!user) return notLoggedIn()
    let body: unknown
    try {
      body = req.json ? await req.json() : undefined
    } catch {
      body = undefined
    }
    const parsed = toggleBody.safeParse(body)
    if (!parsed.success) {
      return Response.json(
        {
          errors: [
            {
              message:
                'Send JSON med feltet »entry«: et opslags adresse som »tilbud/<slug>«, »mentorordninger/<slug>« eller »skoletilbud/<slug>«.',
            },
          ],
        },
        { status: 400 },
      )
    }
    return answer(await toggleOnCurrent({ payload: req.payload, user, req }, parsed.data.entry))
  },
}

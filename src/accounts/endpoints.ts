import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { jobClockNow } from '@/freshness/clock'

import { deactivateUser, reactivateUser } from './deactivate'

const error = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

function targetId(req: PayloadRequest): number | null {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}

/**
 * POST /api/users/:id/deactivate: an admin closes an account (the sidebar button in the admin, or
 * any API client with an admin's session). Its sessions end at once and the user is told by mail.
 */
export const deactivateEndpoint: Endpoint = {
  path: '/:id/deactivate',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error('Log ind som administrator for at lukke en konto.', 401)
    if (!checkRole(['admin'], req.user)) return error('Kun sekretariatet kan lukke konti.', 403)
    const id = targetId(req)
    if (id === null) return error('Ugyldigt id.', 400)
    if (String(id) === String(req.user.id)) {
      return error('Du kan ikke lukke din egen konto. Bed en anden administrator om det.', 400)
    }
    const result = await deactivateUser(req.payload, id, {
      reason: 'admin',
      now: jobClockNow(),
      req,
    })
    if (result === 'not-found') return error('Brugeren findes ikke.', 404)
    return Response.json({
      result,
      message:
        result === 'deactivated'
          ? 'Kontoen er lukket, og brugeren er logget ud.'
          : 'Kontoen var allerede lukket.',
    })
  },
}

/** POST /api/users/:id/reactivate: an admin opens a closed account again. */
export const reactivateEndpoint: Endpoint = {
  path: '/:id/reactivate',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error('Log ind som administrator for at genåbne en konto.', 401)
    if (!checkRole(['admin'], req.user)) return error('Kun sekretariatet kan genåbne konti.', 403)
    const id = targetId(req)
    if (id === null) return error('Ugyldigt id.', 400)
    const result = await reactivateUser(req.payload, id, { now: jobClockNow(), req })
    if (result === 'not-found') return error('Brugeren findes ikke.', 404)
    return Response.json({
      result,
      message:
        result === 'reactivated'
          ? 'Kontoen er åbnet igen. Brugeren kan logge ind.'
          : 'Kontoen var ikke lukket.',
    })
  },
}

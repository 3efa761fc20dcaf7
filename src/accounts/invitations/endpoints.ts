import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { addDays } from '@/domain/freshness'
import { jobClockNow } from '@/freshness/clock'

import { accountsOptions } from '../options'
import { acceptInvitation } from './accept'
import { INVITATIONS_SLUG } from './hooks/prepareInvitation'
import { newLinkNonce } from './link'
import { readInvitation, sendInvitationMail } from './send'

const error = (message: string, status: number, extra: Record<string, unknown> = {}) =>
  Response.json({ errors: [{ message, ...extra }] }, { status })

const MAX_BODY = 10_000

type AcceptBody = { t: unknown; password: unknown; passwordAgain: unknown; fromPage: boolean }

/** The page's form post (urlencoded) or an API client's JSON. */
async function readBody(req: PayloadRequest): Promise<AcceptBody | null> {
  const type = req.headers.get('content-type') ?? ''
  const text = req.text ? await req.text().catch(() => '') : ''
  if (text.length > MAX_BODY) return null
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(text)
    return {
      t: form.get('t') ?? undefined,
      password: form.get('password') ?? undefined,
      passwordAgain: form.get('passwordAgain') ?? undefined,
      fromPage: true,
    }
  }
  if (type.includes('application/json')) {
    try {
      const body = JSON.parse(text) as unknown
      if (!body || typeof body !== 'object' || Array.isArray(body)) return null
      const { t, password, passwordAgain } = body as Record<string, unknown>
      return { t, password, passwordAgain, fromPage: false }
    } catch {
      return null
    }
  }
  return null
}

/**
 * POST /api/invitation/accept (a root endpoint: the REST boundary lets the portal's own endpoints
 * read plain form posts, src/security/restBoundary.ts): the invitee chooses a password with the link's token (`t`),
 * `password` and optionally `passwordAgain`. Anonymous by design (the token is the credential).
 * The page's form is answered with a redirect back to /invitation (never with the password in the
 * address), an API client with JSON: 201 with the e-mail, or 400 naming the problem.
 */
export const acceptEndpoint: Endpoint = {
  path: '/invitation/accept',
  method: 'post',
  handler: async (req) => {
    const body = await readBody(req)
    if (!body) {
      return error('Send t (linkets kode) og password som JSON eller som en formular.', 400)
    }
    const token = typeof body.t === 'string' ? body.t : ''
    const back = (query: string) =>
      new Response(null, {
        status: 303,
        headers: { Location: `/invitation?t=${encodeURIComponent(token)}&${query}` },
      })
    if (typeof body.password !== 'string' || body.password.length === 0) {
      return body.fromPage
        ? back('fejl=password-short')
        : error('Vælg en adgangskode (password).', 400, { problem: 'password-short' })
    }
    if (body.passwordAgain !== undefined && typeof body.passwordAgain !== 'string') {
      return error('passwordAgain skal være tekst.', 400)
    }
    const result = await acceptInvitation(req.payload, {
      token: body.t,
      password: body.password,
      passwordAgain: body.passwordAgain as string | undefined,
      now: jobClockNow(),
    })
    if (result.ok) {
      return body.fromPage
        ? back('oprettet=1')
        : Response.json(
            { message: 'Din konto er oprettet. Log ind med din e-mail.', email: result.email },
            { status: 201 },
          )
    }
    // The page names the problem by its code (never with text from the address).
    if (body.fromPage) return back(`fejl=${result.problem}`)
    return error(result.message, 400, { problem: result.problem })
  },
}

/**
 * POST /api/invitations/:id/resend: mails the invitation again with a new link and a new expiry
 * (the old link stops working). For the secretariat and the consultant who sent it; not for an
 * invitation that was taken.
 */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return error('Log ind for at sende en invitation igen.', 401)
    if (!checkRole(['admin', 'consultant'], req.user)) {
      return error('Kun sekretariatet og konsulenter kan sende invitationer.', 403)
    }
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return error('Ugyldigt id.', 400)
    // Read with the caller's access: a consultant reaches only their own invitations.
    const visible = await req.payload.find({
      collection: INVITATIONS_SLUG,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (visible.docs.length === 0) return error('Invitationen findes ikke.', 404)
    const invitation = await readInvitation(req.payload, id, req)
    if (!invitation) return error('Invitationen findes ikke.', 404)
    if (invitation.status === 'accepted') {
      return error('Invitationen er taget imod; kontoen findes allerede.', 400)
    }
    const now = jobClockNow()
    const expiresAt = addDays(now, accountsOptions(req.payload).invitationDays)
    // access: a system write of the invitation's link and state (the caller's access was checked).
    await req.payload.db.updateOne({
      collection: INVITATIONS_SLUG,
      id,
      data: { linkNonce: newLinkNonce(), status: 'pending', expiresAt: expiresAt.toISOString() },
      req,
      returning: false,
    })
    await sendInvitationMail(req.payload, id, { req, now })
    return Response.json({
      message: `Invitationen er sendt igen til ${invitation.email}. Det nye link gælder i ${accountsOptions(req.payload).invitationDays} dage; det gamle virker ikke længere.`,
      expiresAt: expiresAt.toISOString(),
    })
  },
}

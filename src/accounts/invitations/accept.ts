import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  ValidationError,
  type Payload,
} from 'payload'

import { passwordProblem, passwordRulesDa, type PasswordRule } from '../password'
import { INVITATIONS_SLUG } from './hooks/prepareInvitation'
import { readInvitationToken } from './link'
import { readInvitation } from './send'

export type AcceptProblem =
  | 'malformed'
  | 'signature'
  | 'purpose'
  | 'expired'
  | 'used'
  | 'withdrawn'
  | PasswordRule
  | 'mismatch'
  | 'taken'

export type AcceptResult =
  | { ok: true; userId: number; email: string }
  | { ok: false; problem: AcceptProblem; message: string }

/** What the page and the API say for each refusal, in Danish. */
export const acceptProblemDa: Record<AcceptProblem, string> = {
  ...passwordRulesDa,
  malformed: 'Linket er ufuldstændigt. Kopiér hele linket fra e-mailen.',
  signature: 'Linket er ikke gyldigt. Brug linket fra den seneste invitation.',
  purpose: 'Linket hører til en anden handling.',
  expired:
    'Invitationen er udløbet. Bed den, der inviterede dig, om at sende den igen; så får du et nyt link.',
  used: 'Linket er allerede brugt: din konto er oprettet. Log ind med din e-mail og den adgangskode, du valgte.',
  withdrawn:
    'Invitationen findes ikke længere eller er sendt igen med et nyt link. Brug linket i den seneste e-mail.',
  mismatch: 'De to adgangskoder er ikke ens.',
  taken: 'Der findes allerede en konto med denne e-mail. Log ind, eller kontakt sekretariatet.',
}

const refuse = (problem: AcceptProblem): AcceptResult & { ok: false } => ({
  ok: false,
  problem,
  message: acceptProblemDa[problem],
})

/** What the invitation page shows before the form: whether the link still holds, and for whom. */
export async function invitationForLink(
  payload: Payload,
  token: unknown,
  now: Date,
): Promise<
  | { ok: true; email: string; name: string; expiresAt: string }
  | { ok: false; problem: AcceptProblem; message: string }
> {
  const link = readInvitationToken(token, now)
  if (!link.ok) return refuse(link.reason)
  const invitation = await readInvitation(payload, link.id)
  if (!invitation || invitation.linkNonce !== link.nonce) {
    return refuse('withdrawn')
  }
  if (invitation.status === 'accepted') {
    return refuse('used')
  }
  if (invitation.status !== 'pending' || new Date(invitation.expiresAt) <= now) {
    return refuse('expired')
  }
  return {
    ok: true,
    email: invitation.email,
    name: invitation.name,
    expiresAt: invitation.expiresAt,
  }
}

/**
 * The invitee chooses a password: the link must be signed, current (its secret is the
 * invitation's latest), unexpired and unused. In one transaction the invitation is marked as
 * taken (a conditional update: of two simultaneous uses exactly one gets the row) and the account
 * is created with the role and affiliation the inviter chose. The link cannot be used again.
 */
export async function acceptInvitation(
  payload: Payload,
  {
    token,
    password,
    passwordAgain,
    now,
  }: { token: unknown; password: string; passwordAgain?: string; now: Date },
): Promise<AcceptResult> {
  const state = await invitationForLink(payload, token, now)
  if (!state.ok) return state
  if (passwordAgain !== undefined && passwordAgain !== password) return refuse('mismatch')
  const weak = passwordProblem(password, state.email)
  if (weak) return refuse(weak)

  const link = readInvitationToken(token, now)
  if (!link.ok) return refuse(link.reason)
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    // access: the system takes the invitation, once (atomic: the row is locked until commit).
    const taken = await payload.db.updateOne({
      collection: INVITATIONS_SLUG,
      where: {
        and: [
          { id: { equals: link.id } },
          { status: { equals: 'pending' } },
          { linkNonce: { equals: link.nonce } },
          { expiresAt: { greater_than: now.toISOString() } },
        ],
      },
      data: { status: 'accepted', acceptedAt: now.toISOString() },
      options: { atomic: true },
      req,
    })
    if (!taken) {
      if (owns) await killTransaction(req)
      return refuse('used')
    }
    const invitation = await readInvitation(payload, link.id, req)
    if (!invitation) throw new Error('the invitation vanished inside its transaction')
    const relation = (value: unknown) =>
      typeof value === 'number'
        ? value
        : value && typeof value === 'object' && 'id' in value
          ? Number((value as { id: unknown }).id)
          : undefined
    // access: the system creates the account the inviter described; the invitee chose only the
    // password.
    const user = await payload.create({
      collection: 'users',
      data: {
        email: invitation.email,
        password,
        name: invitation.name,
        ...(invitation.title ? { title: invitation.title } : {}),
        role: invitation.role,
        ...(relation(invitation.municipality)
          ? { municipality: relation(invitation.municipality) }
          : {}),
        ...(relation(invitation.organization)
          ? { organization: relation(invitation.organization) }
          : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    // access: a system write of the invitation's record.
    await payload.db.updateOne({
      collection: INVITATIONS_SLUG,
      id: link.id,
      data: { user: user.id },
      req,
      returning: false,
    })
    if (owns) await commitTransaction(req)
    payload.logger.info(`Invitation ${link.id} accepted: account ${user.id} created`)
    return { ok: true, userId: Number(user.id), email: invitation.email }
  } catch (error) {
    if (owns) await killTransaction(req)
    if (
      error instanceof ValidationError &&
      error.data.errors.some((problem) => problem.path === 'email')
    ) {
      return refuse('taken')
    }
    throw error
  }
}

import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { jobClockNow } from '@/freshness/clock'
import { addDays } from '@/domain/freshness'

import { accountsOptions } from '../../options'
import { newLinkNonce } from '../link'
import { invitationProblems } from '../rules'

export const INVITATIONS_SLUG = 'invitations'

const labels: Record<string, { da: string; en: string }> = {
  email: { da: 'E-mail', en: 'E-mail' },
  role: { da: 'Rolle', en: 'Role' },
  municipality: { da: 'Kommune', en: 'Municipality' },
  organization: { da: 'Organisation', en: 'Organization' },
}

/**
 * A new invitation: checks what the inviter may ask for (src/accounts/invitations/rules.ts), that
 * nobody has an account or a pending invitation with the e-mail, and stamps who invited, the
 * expiry and the link's secret. Nothing is changed after creation except by the system.
 */
export const prepareInvitation: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const fail = (problems: Array<{ path: string; message: string }>): never => {
    throw new ValidationError(
      {
        collection: INVITATIONS_SLUG,
        errors: problems.map((problem) => ({ ...problem, label: labels[problem.path] })),
        req,
      },
      req.t,
    )
  }
  const email = String(data.email ?? '')
    .trim()
    .toLowerCase()
  const inviter = req.user
  // The Local API without a user (the seed, a script) acts as the secretariat.
  const asInviter = inviter ?? { id: 0, role: 'admin' }
  const problems = invitationProblems(
    asInviter as { id: number; role?: string | null; municipality?: unknown },
    data,
  )
  if (problems.length > 0) fail(problems)

  // access: system check that the e-mail is free; answered only with "taken" to an inviter.
  const { totalDocs: accounts } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
    req,
  })
  if (accounts > 0) {
    fail([
      {
        path: 'email',
        message:
          'Der findes allerede en konto med denne e-mail. Er den lukket, kan sekretariatet åbne den igen under Brugere.',
      },
    ])
  }
  const now = jobClockNow()
  // access: system check for an invitation that is still open.
  const { totalDocs: pending } = await req.payload.count({
    collection: INVITATIONS_SLUG,
    where: {
      and: [
        { email: { equals: email } },
        { status: { equals: 'pending' } },
        { expiresAt: { greater_than: now.toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (pending > 0) {
    fail([
      {
        path: 'email',
        message:
          'Der er allerede sendt en invitation til denne e-mail, som stadig gælder. Send den igen fra invitationen, hvis den er blevet væk.',
      },
    ])
  }

  const { invitationDays } = accountsOptions(req.payload)
  return {
    ...data,
    email,
    status: 'pending',
    invitedBy: inviter ? inviter.id : null,
    expiresAt: addDays(now, invitationDays).toISOString(),
    linkNonce: newLinkNonce(),
  }
}

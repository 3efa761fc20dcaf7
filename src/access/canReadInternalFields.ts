import type { FieldAccess } from 'payload'

import { relationId } from '@/utilities/relationId'

import { checkRole } from './checkRole'
import { organizationOf } from './organizationOf'
import { staffRoles } from './roles'

type MaybeUser = Parameters<typeof organizationOf>[0]

/**
 * Who may read a listing's internal fields (the rate, its note, the internal referral note,
 * internal contacts): professionals who are logged in, and the NGO editor of its own provider.
 */
export function mayReadInternal(user: MaybeUser, provider: unknown): boolean {
  if (checkRole(staffRoles, user)) return true
  const organization = organizationOf(user)
  return Boolean(organization && relationId(provider) === organization)
}

export const canReadInternalFields: FieldAccess = ({ req: { user }, doc }) =>
  mayReadInternal(user, doc?.provider)

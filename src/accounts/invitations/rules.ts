import { municipalRoles, roles, type Role } from '@/access/roles'

/** The roles a consultant may invite: NGO editors, and caseworkers of their own municipality. */
export const consultantInvitableRoles: readonly Role[] = ['ngo-editor', 'caseworker']

type Inviter = { id: number | string; role?: string | null; municipality?: unknown }
type Invited = { role?: unknown; municipality?: unknown; organization?: unknown }

const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return null
}

export type InvitationProblem = { path: string; message: string }

/**
 * What an inviter may ask for, in Danish: the secretariat any role; a consultant an NGO editor or
 * a caseworker of their own municipality, never a consultant or an admin. A municipal role names
 * its municipality, an NGO editor their organization.
 */
export function invitationProblems(inviter: Inviter, invited: Invited): InvitationProblem[] {
  const problems: InvitationProblem[] = []
  const role = invited.role
  if (typeof role !== 'string' || !(roles as readonly string[]).includes(role)) {
    return [{ path: 'role', message: 'Vælg en rolle.' }]
  }
  if (inviter.role === 'consultant') {
    if (!consultantInvitableRoles.includes(role as Role)) {
      problems.push({
        path: 'role',
        message:
          'Som udviklingskonsulent kan du invitere redaktører i organisationer og sagsbehandlere i din egen kommune. Bed sekretariatet om andre roller.',
      })
    } else if (role === 'caseworker') {
      const own = idOf(inviter.municipality)
      if (own === null) {
        problems.push({
          path: 'municipality',
          message: 'Din bruger har ingen kommune, så du kan ikke invitere sagsbehandlere.',
        })
      } else if (idOf(invited.municipality) !== own) {
        problems.push({
          path: 'municipality',
          message: 'Du kan kun invitere sagsbehandlere i din egen kommune.',
        })
      }
    }
  } else if (inviter.role !== 'admin') {
    problems.push({ path: 'role', message: 'Kun sekretariatet og konsulenter kan invitere.' })
  }
  if (municipalRoles.includes(role as Role) && idOf(invited.municipality) === null) {
    problems.push({ path: 'municipality', message: 'Vælg den kommune, personen arbejder for.' })
  }
  if (role === 'ngo-editor' && idOf(invited.organization) === null) {
    problems.push({
      path: 'organization',
      message: 'Vælg den organisation, redaktøren skriver for.',
    })
  }
  return problems
}

export { idOf as relationIdOf }

import { relationId } from '@/utilities/relationId'

type MaybeUser = { role?: string | null; organization?: unknown } | null | undefined

/** The id of the organization an NGO editor writes for (populated or not), if any. */
export function organizationOf(user: MaybeUser): number | undefined {
  if (user?.role !== 'ngo-editor') return undefined
  return relationId(user.organization)
}

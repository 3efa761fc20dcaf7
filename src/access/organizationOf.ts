import { relationId } from '@/utilities/relationId'

type MaybeUser = { role?: string | null; organization?: unknown } | null | undefined

/** The id of the organization an NGO editor writes for (populated or not), if any. */
export function organizationOf(user: MaybeUser): number | undefined {
  if (user?.role !== 'ngo-editor') return undefined
  return relationId(user.organization)
}

/**
 * @deprecated Moved to '@/utilities/relationId'. Re-exported only until the portal and search
 * branches, which still import them from here, are merged; then this line goes.
 */
export { relationId, relationIds } from '@/utilities/relationId'

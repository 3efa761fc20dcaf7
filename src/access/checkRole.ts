import type { Role } from './roles'

type MaybeUser = { role?: string | null } | null | undefined

/** True when the user has one of `allowed`. Anonymous (null) never has a role. */
export const checkRole = (allowed: readonly Role[], user: MaybeUser): boolean =>
  Boolean(user?.role && (allowed as readonly string[]).includes(user.role))

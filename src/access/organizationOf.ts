type MaybeUser = { role?: string | null; organization?: unknown } | null | undefined

/** The id of the organization an NGO editor writes for (populated or not), if any. */
export function organizationOf(user: MaybeUser): number | undefined {
  if (user?.role !== 'ngo-editor') return undefined
  const organization = user.organization
  if (typeof organization === 'number') return organization
  if (organization && typeof organization === 'object' && 'id' in organization) {
    return Number((organization as { id: unknown }).id)
  }
  return undefined
}

/** The id a relationship value points at, populated or not. */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value)
    return Number((value as { id: unknown }).id)
  return undefined
}

/** The ids of a hasMany relationship, populated or not. */
export function relationIds(list: unknown): number[] {
  return Array.isArray(list)
    ? list.map(relationId).filter((id): id is number => id !== undefined)
    : []
}

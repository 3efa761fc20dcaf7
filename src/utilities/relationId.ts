/**
 * The id a relationship value points at, whether Payload returned it populated (`{ id, … }`) or as
 * a bare id; undefined for null, undefined and anything else. Payload's own `extractID` (from
 * 'payload/shared') does the same for a value that is there, but throws on null, which an empty
 * relationship field is; ids are numbers here (Postgres serial ids).
 */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value)
    return Number((value as { id: unknown }).id)
  return undefined
}

/** The ids of a hasMany relationship, populated or not; entries without an id are left out. */
export function relationIds(list: unknown): number[] {
  return Array.isArray(list)
    ? list.map(relationId).filter((id): id is number => id !== undefined)
    : []
}

import type { CollectionBeforeOperationHook } from 'payload'

import { InvalidQueryError, idMessage, isIdValue, queryErrors } from './queryErrors'

/** Operations that take a `where` (and those on versions, whose paths start with `version.`). */
const versionOperations = new Set(['countVersions', 'findVersions', 'findVersionByID'])

/**
 * Refuses a query Postgres could not answer (see `queryErrors`) and an id that cannot exist, with
 * a 400 naming the field, before Payload builds any SQL. Without it these reached Postgres and came
 * back as 500s: `/api/offers/a`, `where[provider][equals]=x`, `where[_status][equals]=x`,
 * `where[contacts.email][all]=x`. Runs for every operation, the Local API included.
 */
export const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && id !== null && typeof id !== 'object' && !isIdValue(id))
    // The REST handler has already turned "a" into NaN: name what was sent.
    throw new InvalidQueryError([{ path: 'id', message: idMessage(req.routeParams?.id ?? id) }])
  if (where === undefined || where === null) return args
  const errors = queryErrors(collection.flattenedFields, where, req.payload.collections as never, {
    versions: versionOperations.has(operation),
  })
  if (errors.length > 0) throw new InvalidQueryError(errors)
  return args
}

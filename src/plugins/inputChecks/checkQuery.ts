import type { CollectionBeforeOperationHook } from 'payload'

import { InvalidQueryError, idMessage, isIdValue, queryErrors, sortErrors } from './queryErrors'

/**
 * Refuses a query Postgres could not answer (see `queryErrors`) and an id that cannot exist, with
 * a 400 naming the field, before Payload builds any SQL. Without it these reached Postgres and came
 * back as 500s: `/api/offers/a`, `where[provider][equals]=x`, `where[_status][equals]=x`,
 * `where[contacts.email][all]=x`, `sort=topics,-locations.postalCode`. Runs for every operation, the Local API included.
 */
export const checkQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, sort, where } = args as { id?: unknown; sort?: unknown; where?: unknown }
  if (id !== undefined && id !== null && typeof id !== 'object' && !isIdValue(id))
    // The REST handler has already turned "a" into NaN: name what was sent.
    throw new InvalidQueryError([{ path: 'id', message: idMessage(req.routeParams?.id ?? id) }])
  const collections = req.payload.collections as never
  const options = { versions: Boolean(collection.versions) }
  const errors = [
    ...queryErrors(collection.flattenedFields, where, collections, options),
    ...sortErrors(collection.flattenedFields, sort, collections, options),
  ]
  if (errors.length > 0) throw new InvalidQueryError(errors)
  return args
}

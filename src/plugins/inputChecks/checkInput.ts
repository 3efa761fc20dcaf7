import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { inputErrors, type InputError } from './inputErrors'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The paths of strings (values or keys) with a NUL character, which Postgres text cannot hold. */
export function nulPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || '(tekst)'] : []
  if (Array.isArray(value))
    return value.flatMap((item, index) => nulPaths(item, `${path}${path ? '.' : ''}${index}`))
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) =>
      key.includes('\u0000')
        ? [`${path}${path ? '.' : ''}${key}`]
        : nulPaths(item, `${path}${path ? '.' : ''}${key}`),
    )
  return []
}

const nulErrors = (data: unknown): InputError[] =>
  nulPaths(data).map((path) => ({
    path,
    message: `Feltet »${path}« indeholder et NUL-tegn (\\u0000), som ikke kan gemmes: fjern det.`,
  }))

/**
 * Refuses data of the wrong JSON type for its field, rich text with links that may not be stored
 * and free text with a CPR number, with a 400 naming each field. It reads the input as sent,
 * before Payload's field hooks quietly turn a string given for a group into `{}` or "tolv" for a
 * number into NaN, and it runs for drafts too, which skip field `validate`. Data that is no object
 * at all (a list, a text, a body sent as text/plain) and NUL characters, in any operation that
 * takes data (login included), are refused as well.
 */
export const checkInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { data } = args as { data?: unknown }
  const writes = operation === 'create' || operation === 'update'
  if (writes && !isRecord(data))
    throw new APIError(
      'Indholdet skal være et JSON-objekt med dokumentets felter (Content-Type: application/json).',
      400,
      undefined,
      true,
    )
  if (data === undefined) return args
  const errors = [...nulErrors(data), ...(writes ? inputErrors(collection.fields, data) : [])]
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return args
}

import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { inputErrors } from './inputErrors'

/**
 * Refuses data of the wrong JSON type for its field and rich text with links that may not be
 * stored, with a 400 naming each field. It reads the input as sent, before Payload's field hooks
 * quietly turn a string given for a group into `{}` or "tolv" for a number into NaN, and it runs
 * for drafts too, which skip field `validate`.
 */
export const checkInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const errors = inputErrors(collection.fields, (args as { data?: unknown }).data)
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return args
}

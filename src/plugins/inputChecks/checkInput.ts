import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { inputErrors } from './inputErrors'

/**
 * Refuses data of the wrong JSON type for its field and rich text with links that may not be
 * stored, with a 400 naming each field. A collection `beforeValidate` hook runs after Payload's own
 * coercions (e.g. "5" → 5 for a number) and, unlike field `validate`, for drafts as well.
 */
export const checkInput: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const errors = inputErrors(collection.fields, data)
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors }, req.t)
  }
  return data
}

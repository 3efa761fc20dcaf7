import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * A draft is saved without its required fields, but not without a title: an empty draft would
 * only fill the consultants' review queue. Published saves are covered by `required` already.
 */
export const refuseEmptyDrafts: CollectionBeforeValidateHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const titleField = collection.admin?.useAsTitle
  if (!titleField || titleField === 'id') return data
  const status = data?._status ?? originalDoc?._status
  if (status === 'published') return data
  const title = data && titleField in data ? data[titleField] : originalDoc?.[titleField]
  if (hasText(title)) return data
  const word = titleField === 'name' ? 'navnet' : 'titlen'
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: titleField, message: `Udfyld mindst ${word}, før du gemmer.` }],
    },
    req.t,
  )
}

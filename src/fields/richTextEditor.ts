import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { isAllowedLinkTarget, unsafeLinkMessage } from '@/domain/rules'

/**
 * The link drawer's URL field refuses a target that may not be stored, with the same Danish
 * message as the save (src/plugins/inputChecks), so the editor learns it where they type it.
 */
const validateLinkUrl =
  (validate: TextFieldSingleValidation | undefined): TextFieldSingleValidation =>
  (value, options) => {
    const internal = (options?.siblingData as { linkType?: string } | undefined)?.linkType
    if (internal !== 'internal' && typeof value === 'string' && !isAllowedLinkTarget(value)) {
      return unsafeLinkMessage(value)
    }
    return validate ? validate(value, options) : true
  }

/** The rich-text editor of every richText field: Payload's defaults, with safe link targets. */
export const richTextEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({
        fields: ({ defaultFields }) =>
          defaultFields.map((field) =>
            field.name === 'url' && field.type === 'text' && !field.hasMany
              ? { ...field, validate: validateLinkUrl(field.validate) }
              : field,
          ),
      }),
    ],
  })

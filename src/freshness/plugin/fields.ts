import type { Field, FieldAccess } from 'payload'

import { canReadInternalFields } from '@/access/canReadInternalFields'

import { verificationMethodLabels, verificationMethods } from '../verification'

/** Nobody types a verification: it is set by an action (../verify.ts), an approval or an import. */
const setByActionsOnly: FieldAccess = () => false

const readOnly = (field: Field): Field => {
  if (!('name' in field)) return field
  const withAdmin = field as Field & { admin?: Record<string, unknown> }
  return {
    ...field,
    access: {
      ...('access' in field ? field.access : {}),
      create: setByActionsOnly,
      update: setByActionsOnly,
    },
    admin: { ...withAdmin.admin, readOnly: true },
  } as Field
}

/**
 * The listing's verification fields: `lastVerifiedAt` and `nextReviewAt` (from fields/listing.ts)
 * become read-only for every request, and who verified it and how follow them, with the button
 * "Opslaget er stadig korrekt" in the sidebar.
 */
export function withVerificationFields(fields: Field[]): Field[] {
  return fields.flatMap((field): Field[] => {
    if (!('name' in field)) return [field]
    if (field.name === 'nextReviewAt') {
      return [
        readOnly({
          ...field,
          admin: {
            ...(field as { admin?: object }).admin,
            description: {
              da: 'Beregnes ud fra seneste kontrol og gennemgangsintervallet for denne slags opslag.',
              en: 'Computed from the last verification and the review interval of this kind.',
            },
          },
        } as Field),
      ]
    }
    if (field.name !== 'lastVerifiedAt') return [field]
    return [
      {
        name: 'verifyListing',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/components/admin/VerifyListingButton.client#VerifyListingButton' },
        },
      },
      readOnly(field),
      readOnly({
        name: 'lastVerifiedHow',
        type: 'select',
        options: verificationMethods.map((value) => ({
          value,
          label: verificationMethodLabels[value],
        })),
        label: { da: 'Kontrolleret hvordan', en: 'Verified how' },
        admin: { position: 'sidebar' },
      }),
      readOnly({
        name: 'lastVerifiedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { da: 'Kontrolleret af', en: 'Verified by' },
        access: { read: canReadInternalFields },
        admin: { position: 'sidebar' },
      }),
    ]
  })
}

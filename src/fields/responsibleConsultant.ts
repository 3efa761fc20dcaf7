import type { FilterOptionsProps, RelationshipField } from 'payload'

import { isContentEditorField } from '@/access/isContentEditor'
import { contentEditorRoles } from '@/access/roles'

/**
 * The development consultant (or secretariat member) who answers for a listing or an
 * organization: reminded when its review is due, told of error reports. A listing without one
 * uses its organization's (src/queries/owners.ts). Only consultants and the secretariat set it.
 */
export function responsibleConsultantField(scope: 'listing' | 'organization'): RelationshipField {
  return {
    name: 'responsibleConsultant',
    type: 'relationship',
    relationTo: 'users',
    label: { da: 'Ansvarlig konsulent', en: 'Responsible consultant' },
    // Only admins may read users' roles, so a filter on `role` would match nobody for a consultant
    // (and Payload checks the saved value against this filter with the saver's access). The ids
    // of the consultants and admins are looked up with system access instead: everyone then sees,
    // and may save, exactly those.
    filterOptions: consultantIds,
    access: { create: isContentEditorField, update: isContentEditorField },
    admin: {
      position: 'sidebar',
      description:
        scope === 'listing'
          ? {
              da: 'Får påmindelser og fejlmeldinger om opslaget. Tom: organisationens ansvarlige konsulent.',
              en: "Gets reminders and error reports for this listing. Empty: the organization's.",
            }
          : {
              da: 'Får påmindelser og fejlmeldinger om organisationens opslag, når et opslag ikke har sin egen.',
              en: 'Gets reminders and error reports for listings that have no consultant of their own.',
            },
    },
  }
}

/** Only consultants and admins can answer for content: their ids, read with system access. */
async function consultantIds({ req }: FilterOptionsProps) {
  // access: only ids leave this function, as a filter the saver's own access then applies.
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: [...contentEditorRoles] } },
    select: { role: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return { id: { in: docs.map((doc) => doc.id) } }
}

import type { RelationshipField } from 'payload'

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
    filterOptions: { role: { in: [...contentEditorRoles] } },
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

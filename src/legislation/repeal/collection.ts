import type { Access, CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { nobody } from '@/access/nobody'
import { organizationOf } from '@/access/organizationOf'
import { contentEditorRoles } from '@/access/roles'
import { danishDateField } from '@/fields/danishDate'

export const MOVES_COLLECTION = 'legal-basis-moves' as const

export const moveStatuses = [
  { value: 'proposed', da: 'Afventer ejerens bekræftelse', en: 'Awaiting the owner' },
  { value: 'applied', da: 'Gennemført', en: 'Applied' },
  { value: 'superseded', da: 'Overflødig (opslaget er rettet)', en: 'Superseded' },
] as const

export type MoveStatus = (typeof moveStatuses)[number]['value']

/**
 * Consultants and the secretariat read every move; an NGO editor the moves of their own
 * organization's listings (they confirm them). Nobody else.
 */
export const canReadMoves: Access = ({ req: { user } }) => {
  if (checkRole(contentEditorRoles, user)) return true
  const organization = organizationOf(user)
  if (organization) return { organization: { equals: organization } }
  return false
}

/**
 * The record of a listing moved from a repealed provision to its successor: proposed by a
 * consultant, confirmed by the owner (NGO-owned listings) or applied at once (the others). It is
 * the listing's history of the move (who, when, from, to), next to the version the move saved.
 * Written only by the move endpoints (./move.ts), never over the API. The relationships are not
 * required in the schema, so deleting a listing, a provision or a user leaves the record (its
 * summary names both provisions) instead of failing.
 */
export const LegalBasisMoves: CollectionConfig = {
  slug: MOVES_COLLECTION,
  labels: {
    singular: { da: 'Flytning af lovgrundlag', en: 'Legal basis move' },
    plural: { da: 'Flytninger af lovgrundlag', en: 'Legal basis moves' },
  },
  access: { read: canReadMoves, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'proposedAt', 'decidedAt'],
    group: { da: 'Lovgivning', en: 'Legislation' },
    description: {
      da: 'Opslag, der flyttes fra en ophævet bestemmelse til den, der afløste den. Forslag til opslag, som en organisation ejer, gennemføres først, når organisationens redaktør (eller en anden konsulent) bekræfter dem.',
      en: 'Listings moved from a repealed provision to its successor.',
    },
  },
  defaultSort: '-proposedAt',
  fields: [
    { name: 'summary', type: 'text', required: true, label: { da: 'Flytning', en: 'Move' } },
    {
      name: 'listing',
      type: 'relationship',
      relationTo: ['offers', 'mentors', 'school-options'],
      index: true,
      label: { da: 'Opslag', en: 'Listing' },
    },
    {
      name: 'listingKey',
      type: 'text',
      required: true,
      index: true,
      label: { da: 'Opslag (samling:id)', en: 'Listing (collection:id)' },
      admin: { hidden: true },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { da: 'Organisation', en: 'Organization' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'relationship',
          relationTo: 'legal-bases',
          label: { da: 'Fra (ophævet)', en: 'From (repealed)' },
        },
        {
          name: 'to',
          type: 'relationship',
          relationTo: 'legal-bases',
          label: { da: 'Til (efterfølger)', en: 'To (successor)' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: moveStatuses.map(({ value, da, en }) => ({ value, label: { da, en } })),
      label: { da: 'Status', en: 'Status' },
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Foreslået af', en: 'Proposed by' },
    },
    danishDateField({
      name: 'proposedAt',
      withTime: true,
      required: true,
      label: { da: 'Foreslået', en: 'Proposed' },
    }),
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Bekræftet af', en: 'Confirmed by' },
    },
    danishDateField({
      name: 'decidedAt',
      withTime: true,
      label: { da: 'Gennemført', en: 'Applied' },
    }),
  ],
}

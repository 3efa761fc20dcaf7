import type { CollectionConfig } from 'payload'

import { danishArrayLabels } from '@/fields/arrayLabels'
import { contactFields } from '@/fields/contact'
import { externalIdField, importHashField } from '@/fields/externalId'

import {
  canDeleteCooperationSides,
  canReadCooperationSides,
  canWriteCooperationSides,
} from '../access'
import { keepPendingSide } from '../hooks/keepPendingSide'
import { matchCooperationParty } from '../hooks/matchCooperationParty'
import { prose } from './fields'

/**
 * The organization's side of a cooperation's agreement (issue 19): its roles and responsibilities
 * (economic, functional, professional), its contact persons and what it brings. Its own document,
 * so that an NGO editor's pending draft (held for review by the moderation plugin, published by a
 * consultant) and a consultant's direct edit of the cooperation never overwrite each other: Payload
 * keeps one draft per document, and the two sides are two documents.
 */
export const CooperationSides: CollectionConfig<'cooperation-sides'> = {
  slug: 'cooperation-sides',
  labels: {
    singular: { da: 'Organisationens del af aftalen', en: "The organization's side" },
    plural: { da: 'Organisationernes dele af aftaler', en: "Organizations' sides" },
  },
  access: {
    create: canWriteCooperationSides,
    read: canReadCooperationSides,
    // As for listings: an NGO editor edits their draft without reading the version history.
    readVersions: canDeleteCooperationSides,
    update: canWriteCooperationSides,
    delete: canDeleteCooperationSides,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'provider', '_status', 'updatedAt'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 400,
      label: { da: 'Titel', en: 'Title' },
      admin: {
        readOnly: true,
        description: { da: 'Sættes ud fra samarbejdet.', en: 'Set from the cooperation.' },
      },
    },
    {
      name: 'cooperation',
      type: 'relationship',
      relationTo: 'cooperations',
      required: true,
      unique: true,
      index: true,
      label: { da: 'Samarbejde', en: 'Cooperation' },
    },
    {
      // Named as on listings, so that the moderation plugin finds the organization's documents.
      name: 'provider',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { da: 'Organisation', en: 'Organization' },
    },
    {
      name: 'roles',
      type: 'group',
      label: { da: 'Organisationens roller og ansvar', en: "The organization's roles" },
      fields: [
        prose('economic', { da: 'Økonomisk ansvar', en: 'Economic responsibility' }, 2000),
        prose('functional', { da: 'Funktionelt ansvar', en: 'Functional responsibility' }, 2000),
        prose('professional', { da: 'Fagligt ansvar', en: 'Professional responsibility' }, 2000),
      ],
    },
    {
      name: 'contacts',
      type: 'array',
      label: { da: 'Organisationens kontaktpersoner', en: "The organization's contacts" },
      ...danishArrayLabels(
        { da: 'Kontaktperson', en: 'Contact person' },
        { da: 'Kontaktpersoner', en: 'Contact persons' },
      ),
      fields: contactFields(),
    },
    prose('contribution', {
      da: 'Det bidrager organisationen med',
      en: 'What the organization brings',
    }),
    externalIdField(),
    importHashField(),
  ],
  hooks: { beforeValidate: [matchCooperationParty], beforeChange: [keepPendingSide] },
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
}

import type { CollectionConfig } from 'payload'

import { canReadOrganizations } from '@/access/canReadOrganizations'
import { canUpdateOrganization } from '@/access/canWriteOwnOrganization'
import { isContentEditor } from '@/access/isContentEditor'
import { organizationTypes, selectOptions } from '@/domain/options'
import { cvr, email, phone, webUrl } from '@/domain/rules'
import { addressFields } from '@/fields/address'
import { authorshipFields } from '@/fields/authorship'
import { externalIdField, importHashField } from '@/fields/externalId'
import { responsibleConsultantField } from '@/fields/responsibleConsultant'
import { slugField } from '@/fields/slug'
import { validateWith } from '@/fields/validate'

import { keepListingsReachable } from './shared/hooks/keepListingsReachable'

/**
 * NGO partners, municipal units and private providers. Their collaboration agreements with
 * municipalities are cooperations (src/cooperations, issue 19).
 */
export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  labels: {
    singular: { da: 'Organisation', en: 'Organization' },
    plural: { da: 'Organisationer', en: 'Organizations' },
  },
  access: {
    create: isContentEditor,
    read: canReadOrganizations,
    readVersions: isContentEditor,
    update: canUpdateOrganization,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'updatedAt'],
    listSearchableFields: ['name', 'cvr', 'externalId'],
    group: { da: 'Opslag', en: 'Listings' },
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, label: { da: 'Navn', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: selectOptions(organizationTypes),
          label: { da: 'Type', en: 'Type' },
        },
        {
          name: 'cvr',
          type: 'text',
          label: { da: 'CVR-nummer', en: 'CVR number' },
          validate: validateWith(cvr),
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { da: 'Beskrivelse', en: 'Description' } },
    {
      type: 'row',
      fields: [
        {
          name: 'website',
          type: 'text',
          label: { da: 'Hjemmeside', en: 'Website' },
          validate: validateWith(webUrl),
        },
        {
          name: 'email',
          type: 'email',
          label: { da: 'E-mail', en: 'E-mail' },
          validate: validateWith(email),
        },
        {
          name: 'phone',
          type: 'text',
          label: { da: 'Telefon', en: 'Phone' },
          validate: validateWith(phone),
        },
      ],
    },
    {
      name: 'address',
      type: 'group',
      label: { da: 'Adresse', en: 'Address' },
      fields: addressFields({ required: false }),
    },
    slugField('name'),
    responsibleConsultantField('organization'),
    externalIdField(),
    ...authorshipFields(),
    importHashField(),
  ],
  // Published listings that rely on the organization's phone or e-mail keep it (publicContact.ts).
  hooks: { beforeChange: [keepListingsReachable] },
  // Drafts, so that an NGO editor's change waits for a consultant before it is public
  // (moderationPlugin in payload.config.ts attaches the review fields, hooks and endpoint).
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
}

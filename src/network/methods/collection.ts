import type { CollectionConfig } from 'payload'

import { nobodyField } from '@/access/nobodyField'
import { evidenceLevels } from '@/domain/options'
import { selectOptions } from '@/domain/options'
import { authorshipFields } from '@/fields/authorship'
import { externalIdField, importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'
import { visibilityField } from '@/fields/visibility'

import { networkField, networkPartAccess, networkPartHooks } from '../collections/networkPart'
import { canReadMethods, canReadMethodVersions } from './access'
import { collectFileText } from './hooks/collectFileText'
import { methodFileMimes, methodTypes } from './options'

/**
 * Shared methods, templates and ways of working (fælles skabeloner og arbejdsgange): what the
 * network's working groups turn new knowledge and legislation into. Searchable with their files'
 * text, in the portal's search box as a kind of their own.
 */
export const Methods: CollectionConfig<'methods'> = {
  slug: 'methods',
  labels: {
    singular: { da: 'Metode eller skabelon', en: 'Method or template' },
    plural: { da: 'Metoder og skabeloner', en: 'Methods and templates' },
  },
  access: { ...networkPartAccess(canReadMethods), readVersions: canReadMethodVersions },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'network', 'methodType', 'version', 'visibility', '_status'],
    listSearchableFields: ['title', 'summary', 'externalId'],
    group: { da: 'Netværk', en: 'Network' },
  },
  defaultSort: 'title',
  fields: [
    networkField({
      required: false,
      description: {
        da: 'Netværket, der ejer metoden: dets leder og sekretariat redigerer den, dets medlemmer læser den. Uden netværk er den sekretariatets egen.',
        en: 'The network that owns the method: its leader and secretariat edit it, its members read it. Without a network it is the secretariat’s own.',
      },
    }),
    { name: 'title', type: 'text', required: true, label: { da: 'Titel', en: 'Title' } },
    {
      name: 'methodType',
      type: 'select',
      required: true,
      defaultValue: 'method',
      index: true,
      label: { da: 'Type', en: 'Type' },
      options: selectOptions(methodTypes),
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 400,
      label: { da: 'Kort beskrivelse', en: 'Summary' },
    },
    {
      name: 'description',
      type: 'richText',
      required: true,
      label: { da: 'Beskrivelse', en: 'Description' },
    },
    {
      name: 'whenToUse',
      type: 'textarea',
      required: true,
      label: { da: 'Hvornår bruges den', en: 'When to use it' },
    },
    {
      name: 'evidenceLevel',
      type: 'select',
      required: true,
      label: { da: 'Evidensniveau', en: 'Evidence level' },
      options: selectOptions(evidenceLevels),
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { da: 'Emner', en: 'Topics' },
    },
    {
      name: 'owner',
      type: 'text',
      required: true,
      label: { da: 'Ejer', en: 'Owner' },
      admin: {
        description: {
          da: 'Hvem der vedligeholder metoden, fx "Arbejdsgruppen for sagsaudit".',
          en: 'Who maintains the method, e.g. "The case audit working group".',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'version',
          type: 'text',
          required: true,
          label: { da: 'Version', en: 'Version' },
          admin: { width: '50%' },
        },
        {
          name: 'versionDate',
          type: 'date',
          label: { da: 'Versionsdato', en: 'Version date' },
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { da: 'Filer (PDF eller Word)', en: 'Files (PDF or Word)' },
      filterOptions: { mimeType: { in: [...methodFileMimes] } },
      admin: {
        description: {
          da: 'PDF og Word (.docx). Filerne kan ses af dem, der kan se metoden; teksten i dem er søgbar.',
          en: 'PDF and Word (.docx). Files are seen by those who see the method; their text is searchable.',
        },
      },
    },
    {
      // The text of the files, for search only: never sent to a reader (read access nobody's).
      name: 'fileText',
      type: 'textarea',
      admin: { hidden: true },
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
    },
    visibilityField(),
    slugField('title'),
    externalIdField(),
    ...authorshipFields(),
    importHashField(),
  ],
  hooks: {
    ...networkPartHooks,
    beforeChange: [collectFileText],
  },
  versions: {
    drafts: { schedulePublish: false },
    maxPerDoc: 50,
  },
}

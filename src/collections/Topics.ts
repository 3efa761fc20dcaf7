import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isContentEditor } from '@/access/isContentEditor'
import { selectOptions, topicFacets } from '@/domain/options'
import { importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'

/** The taxonomy of needs and target groups (HSDS taxonomy_term), two levels deep. */
export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  labels: {
    singular: { da: 'Emne', en: 'Topic' },
    plural: { da: 'Emner', en: 'Topics' },
  },
  access: {
    create: isContentEditor,
    read: anyone,
    update: isContentEditor,
    delete: isContentEditor,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'facet', 'parent'],
    group: { da: 'Opslag', en: 'Listings' },
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, label: { da: 'Navn', en: 'Name' } },
    {
      name: 'facet',
      type: 'select',
      required: true,
      defaultValue: 'need',
      options: selectOptions(topicFacets),
      label: { da: 'Slags emne', en: 'Kind of topic' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      label: { da: 'Overordnet emne', en: 'Parent topic' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'description', type: 'textarea', label: { da: 'Beskrivelse', en: 'Description' } },
    slugField('name'),
    importHashField(),
  ],
}

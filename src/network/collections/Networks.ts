import type { CollectionConfig, Field, TextareaField } from 'payload'

import { danishDateField } from '@/fields/danishDate'
import { externalIdField, importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'
import { visibilityField } from '@/fields/visibility'
import { forgetAfter } from '@/utilities/refreshingCache'

import { canCreateNetworks, canEditNetworks, canReadNetworks } from '../access'
import { copyNetworkEndpoint } from '../copy'
import { networkSlug } from '../domain'
import { setLeaderToCreator } from '../hooks/setLeaderToCreator'
import { forgetNetworkPeople } from '../methods/searchFilter'
import { kommissoriumHeadings, networkFormalities, networkTasks, selectOptions } from '../options'
import { peopleField } from './personFields'

const heading = (key: string) => kommissoriumHeadings.find((h) => h.key === key)!.da

const section = (name: string, en: string, description?: string): TextareaField => ({
  name,
  type: 'textarea',
  maxLength: 6000,
  label: { da: heading(name), en },
  admin: {
    rows: 4,
    description: description
      ? { da: description, en: 'Lines starting with "- " become a list.' }
      : {
          da: 'Linjer, der begynder med »- «, vises som punktopstilling.',
          en: 'Lines starting with "- " become a list.',
        },
  },
})

/** The kommissorium with exactly the headings of seed 001's example, in its order. */
const kommissoriumField: Field = {
  name: 'kommissorium',
  type: 'group',
  label: { da: 'Kommissorium', en: 'Terms of reference' },
  admin: {
    description: {
      da: 'Overskrifterne følger eksemplet på et kommissorium i netværkets grundlag. Hver gemt ændring bliver en version (fanen Versioner).',
      en: 'Headings follow the example terms of reference. Every saved change is kept as a version.',
    },
  },
  fields: [
    section('purpose', 'Purpose'),
    section('background', 'Background'),
    section('content', 'Content'),
    section('decisionAuthority', 'Decision authority'),
    section('expectedResults', 'Expected results'),
    section('coherence', 'Coherence'),
    {
      name: 'resources',
      type: 'group',
      label: { da: heading('resources'), en: 'Resources' },
      fields: [
        {
          name: 'economy',
          type: 'textarea',
          maxLength: 2000,
          label: { da: 'Økonomi', en: 'Economy' },
        },
        { name: 'time', type: 'textarea', maxLength: 2000, label: { da: 'Tid', en: 'Time' } },
        {
          name: 'competence',
          type: 'textarea',
          maxLength: 2000,
          label: { da: 'Kompetence', en: 'Competence' },
        },
      ],
    },
    section('organisation', 'Organisation'),
    {
      name: 'evaluation',
      type: 'group',
      label: { da: heading('evaluation'), en: 'Evaluation' },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          maxLength: 4000,
          label: { da: 'Hvordan og hvornår evalueres', en: 'How and when it is evaluated' },
        },
        danishDateField({
          name: 'date',
          index: true,
          label: { da: 'Evalueringsdato', en: 'Evaluation date' },
          admin: {
            description: {
              da: 'Netværkslederen får en påmindelse pr. e-mail 30 dage før og på dagen.',
              en: 'The network leader is reminded by e-mail 30 days before and on the day.',
            },
          },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        danishDateField({
          name: 'approvedOn',
          label: { da: 'Godkendt den', en: 'Approved on' },
          admin: { width: '50%' },
        }),
        {
          name: 'approvedBy',
          type: 'text',
          maxLength: 160,
          label: { da: 'Godkendt af', en: 'Approved by' },
          admin: {
            width: '50%',
            description: { da: 'Fx styregruppen.', en: 'E.g. the steering group.' },
          },
        },
      ],
    },
  ],
}

/**
 * A network of the municipalities (issue 18): its type on seed 001's two axes, members, leader,
 * steering group and secretariat, and its kommissorium. Access: src/network/access.ts.
 */
export const Networks: CollectionConfig<'networks'> = {
  slug: 'networks',
  labels: {
    singular: { da: 'Netværk', en: 'Network' },
    plural: { da: 'Netværk', en: 'Networks' },
  },
  access: {
    create: canCreateNetworks,
    read: canReadNetworks,
    readVersions: canEditNetworks,
    update: canEditNetworks,
    delete: canEditNetworks,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'formality', 'task', 'leader', 'visibility'],
    listSearchableFields: ['name', 'slug'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 160,
      label: { da: 'Navn', en: 'Name' },
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 400,
      label: { da: 'Kort beskrivelse', en: 'Summary' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'formality',
          type: 'select',
          required: true,
          defaultValue: 'formal',
          label: { da: 'Formelt eller uformelt', en: 'Formal or informal' },
          options: selectOptions(networkFormalities),
          admin: { width: '50%' },
        },
        {
          name: 'task',
          type: 'select',
          required: true,
          defaultValue: 'open',
          label: { da: 'Åben eller lukket opgave', en: 'Open or closed task' },
          options: selectOptions(networkTasks),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'memberMunicipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      index: true,
      label: { da: 'Medlemskommuner', en: 'Member municipalities' },
      admin: {
        description: {
          da: 'Sagsbehandlere og konsulenter i medlemskommunerne kan læse netværkets sider.',
          en: 'Caseworkers and consultants of member municipalities read the network.',
        },
      },
    },
    {
      name: 'leader',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { da: 'Netværksleder', en: 'Network leader' },
      admin: {
        description: {
          da: 'Redigerer netværket og får påmindelser om evaluering. Tom: den, der opretter netværket.',
          en: 'Edits the network and is reminded of the evaluation. Empty: whoever creates it.',
        },
      },
    },
    peopleField(
      'steeringGroup',
      { da: 'Styregruppe', en: 'Steering group' },
      { da: 'Læser netværkets sider.', en: 'Reads the network.' },
    ),
    peopleField(
      'secretariat',
      { da: 'Sekretariat', en: 'Secretariat' },
      {
        da: 'Konsulenter i sekretariatet redigerer netværket, årsplanen og møderne.',
        en: 'Consultants in the secretariat edit the network, its plan and its meetings.',
      },
    ),
    kommissoriumField,
    {
      name: 'copiedFrom',
      type: 'relationship',
      relationTo: 'networks',
      label: { da: 'Startet som kopi af', en: 'Started as a copy of' },
      admin: { position: 'sidebar', readOnly: true },
    },
    visibilityField(),
    slugField('name', networkSlug),
    externalIdField(),
    importHashField(),
  ],
  endpoints: [copyNetworkEndpoint],
  hooks: {
    beforeChange: [setLeaderToCreator],
    // The search keeps who takes part in each network in memory (methods/searchFilter.ts).
    afterChange: [forgetAfter(forgetNetworkPeople)],
    afterDelete: [forgetAfter(forgetNetworkPeople)],
  },
  versions: { maxPerDoc: 100 },
}

import type { CollectionConfig } from 'payload'

import { danishDateField } from '@/fields/danishDate'
import { externalIdField, importHashField } from '@/fields/externalId'
import { validateWith } from '@/fields/validate'

import { networkField, networkPartAccess, networkPartHooks } from './networkPart'

import { canReadNetworkMeetings } from '../access'
import { agendaMinutes } from '../domain'
import { agendaPurposes, followUpStatuses, selectOptions } from '../options'

/**
 * A network's meetings: an agenda whose every item states its purpose (orientering, drøftelse,
 * beslutning) and the time set aside, invited speakers, and minutes with decisions and
 * follow-ups (who, by when). Follow-ups land on the responsible person's list (/netvaerk/opfoelgning)
 * and in their reminders. Meetings are for the network's members, even when the network is public.
 */
export const NetworkMeetings: CollectionConfig<'network-meetings'> = {
  slug: 'network-meetings',
  labels: {
    singular: { da: 'Netværksmøde', en: 'Network meeting' },
    plural: { da: 'Netværksmøder', en: 'Network meetings' },
  },
  access: networkPartAccess(canReadNetworkMeetings),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'network'],
    listSearchableFields: ['title'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  defaultSort: '-startsAt',
  fields: [
    networkField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 160,
      label: { da: 'Titel', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        danishDateField({
          name: 'startsAt',
          required: true,
          index: true,
          withTime: true,
          label: { da: 'Starter', en: 'Starts' },
          admin: { width: '50%' },
        }),
        {
          name: 'place',
          type: 'text',
          maxLength: 200,
          label: { da: 'Sted', en: 'Place' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'activity',
      type: 'relationship',
      relationTo: 'network-activities',
      label: { da: 'Aktivitet i årsplanen', en: 'Annual plan activity' },
      admin: {
        description: { da: 'Det punkt i årsplanen, mødet hører til.', en: 'The plan item.' },
      },
    },
    {
      name: 'agenda',
      type: 'array',
      label: { da: 'Dagsorden', en: 'Agenda' },
      labels: { singular: { da: 'Punkt', en: 'Item' }, plural: { da: 'Punkter', en: 'Items' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'title',
              type: 'text',
              required: true,
              maxLength: 200,
              label: { da: 'Punkt', en: 'Item' },
              admin: { width: '50%' },
            },
            {
              name: 'purpose',
              type: 'select',
              required: true,
              label: { da: 'Formål', en: 'Purpose' },
              options: selectOptions(agendaPurposes),
              admin: { width: '25%' },
            },
            {
              name: 'minutes',
              type: 'number',
              required: true,
              label: { da: 'Minutter', en: 'Minutes' },
              validate: validateWith(agendaMinutes),
              admin: { width: '25%' },
            },
          ],
        },
        {
          name: 'description',
          type: 'textarea',
          maxLength: 2000,
          label: { da: 'Beskrivelse', en: 'Description' },
        },
        {
          name: 'presenter',
          type: 'text',
          maxLength: 160,
          label: { da: 'Oplæg ved', en: 'Presented by' },
        },
      ],
    },
    {
      name: 'speakers',
      type: 'array',
      label: { da: 'Inviterede oplægsholdere', en: 'Invited speakers' },
      labels: {
        singular: { da: 'Oplægsholder', en: 'Speaker' },
        plural: { da: 'Oplægsholdere', en: 'Speakers' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              maxLength: 160,
              label: { da: 'Navn', en: 'Name' },
              admin: { width: '33%' },
            },
            {
              name: 'title',
              type: 'text',
              maxLength: 160,
              label: { da: 'Titel og arbejdssted', en: 'Title and workplace' },
              admin: { width: '33%' },
            },
            {
              name: 'topic',
              type: 'text',
              maxLength: 200,
              label: { da: 'Emne', en: 'Topic' },
              admin: { width: '34%' },
            },
          ],
        },
      ],
    },
    {
      name: 'minutes',
      type: 'group',
      label: { da: 'Referat', en: 'Minutes' },
      fields: [
        {
          name: 'summary',
          type: 'textarea',
          maxLength: 6000,
          label: { da: 'Referat', en: 'Minutes' },
        },
        {
          name: 'decisions',
          type: 'array',
          label: { da: 'Beslutninger', en: 'Decisions' },
          labels: {
            singular: { da: 'Beslutning', en: 'Decision' },
            plural: { da: 'Beslutninger', en: 'Decisions' },
          },
          fields: [
            {
              name: 'text',
              type: 'textarea',
              required: true,
              maxLength: 1000,
              label: { da: 'Beslutning', en: 'Decision' },
            },
          ],
        },
        {
          name: 'followUps',
          type: 'array',
          label: { da: 'Opfølgning (hvem, hvornår)', en: 'Follow-ups (who, by when)' },
          labels: {
            singular: { da: 'Opfølgning', en: 'Follow-up' },
            plural: { da: 'Opfølgninger', en: 'Follow-ups' },
          },
          admin: {
            description: {
              da: 'Den ansvarlige ser opfølgningen på sin liste og får en påmindelse, når fristen nærmer sig.',
              en: 'The responsible person sees it on their list and is reminded before the deadline.',
            },
          },
          fields: [
            {
              name: 'what',
              type: 'textarea',
              required: true,
              maxLength: 1000,
              label: { da: 'Hvad', en: 'What' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'responsible',
                  type: 'relationship',
                  relationTo: 'users',
                  label: { da: 'Hvem (bruger)', en: 'Who (user)' },
                  admin: { width: '30%' },
                },
                {
                  name: 'responsibleName',
                  type: 'text',
                  maxLength: 160,
                  label: { da: 'Hvem (navn)', en: 'Who (name)' },
                  admin: { width: '25%' },
                  validate: (
                    value: unknown,
                    { siblingData }: { siblingData?: { responsible?: unknown } },
                  ) =>
                    siblingData?.responsible || (typeof value === 'string' && value.trim())
                      ? true
                      : 'Vælg en bruger eller skriv navnet på den ansvarlige.',
                },
                danishDateField({
                  name: 'due',
                  required: true,
                  label: { da: 'Senest', en: 'By' },
                  admin: { width: '25%' },
                }),
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'open',
                  label: { da: 'Status', en: 'Status' },
                  options: selectOptions(followUpStatuses),
                  admin: { width: '20%' },
                },
              ],
            },
          ],
        },
      ],
    },
    externalIdField(),
    importHashField(),
  ],
  hooks: networkPartHooks,
}

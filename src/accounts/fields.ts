import type { Field } from 'payload'

import { isAdminField } from '@/access/isAdmin'
import { isAdminOrSelfField } from '@/access/canReadUsers'
import { nobodyField } from '@/access/nobodyField'
import { danishDateField } from '@/fields/danishDate'

import { DEACTIVATION_REASONS } from './reasons'

const systemOnly = { create: nobodyField, update: nobodyField }

/**
 * The account's life, written by the system only (sign-ins, the daily task, the admin's
 * deactivate/reactivate buttons through their endpoints): read by the user and admins.
 */
export const accountFields: Field[] = [
  {
    name: 'accountStatus',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/admin/AccountStatusButton.client#AccountStatusButton' },
    },
  },
  {
    ...danishDateField({
      name: 'lastSignInAt',
      label: { da: 'Sidst logget ind', en: 'Last sign-in' },
      withTime: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    }),
    access: { read: isAdminOrSelfField, ...systemOnly },
  },
  {
    ...danishDateField({
      name: 'deactivatedAt',
      label: { da: 'Lukket', en: 'Deactivated' },
      withTime: true,
      index: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          da: 'En lukket konto kan ikke logge ind. Det, brugeren har skrevet, bliver stående med navn.',
          en: 'A closed account cannot sign in. What the user wrote stays, attributed.',
        },
      },
    }),
    access: { read: isAdminOrSelfField, ...systemOnly },
  },
  {
    name: 'deactivationReason',
    type: 'select',
    label: { da: 'Årsag til lukning', en: 'Reason' },
    options: Object.entries(DEACTIVATION_REASONS).map(([value, label]) => ({ value, label })),
    access: { read: isAdminOrSelfField, ...systemOnly },
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.deactivatedAt),
    },
  },
  {
    ...danishDateField({
      name: 'reactivatedAt',
      label: { da: 'Genåbnet', en: 'Reactivated' },
      withTime: true,
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.reactivatedAt),
      },
    }),
    access: { read: isAdminField, ...systemOnly },
  },
]

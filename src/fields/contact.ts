import type { Field } from 'payload'

import { email, phone } from '@/domain/rules'

import { validateWith } from './validate'

/** Name, role, e-mail and phone of a professional or a function (HSDS contact + phone). */
export const contactFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'name', type: 'text', label: { da: 'Navn', en: 'Name' } },
      { name: 'role', type: 'text', label: { da: 'Funktion', en: 'Role' } },
    ],
  },
  {
    type: 'row',
    fields: [
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
]

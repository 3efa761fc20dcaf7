import type { Field, FieldAccess } from 'payload'

import { email, phone } from '@/domain/rules'

import { validateWith } from './validate'

/**
 * Name, role, e-mail and phone of a professional or a function (HSDS contact + phone). `read` is the
 * read access of each of them, for contacts that may be internal (listings: canReadContact).
 */
export const contactFields = ({ read }: { read?: FieldAccess } = {}): Field[] => {
  const access = read ? { access: { read } } : {}
  return [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', ...access, label: { da: 'Navn', en: 'Name' } },
        { name: 'role', type: 'text', ...access, label: { da: 'Funktion', en: 'Role' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          ...access,
          label: { da: 'E-mail', en: 'E-mail' },
          validate: validateWith(email),
        },
        {
          name: 'phone',
          type: 'text',
          ...access,
          label: { da: 'Telefon', en: 'Phone' },
          validate: validateWith(phone),
        },
      ],
    },
  ]
}

import type { Field } from 'payload'

import { postalCode } from '@/domain/rules'

import { validateWith } from './validate'

/** Street, 4-digit postal code, city and municipality (HSDS address / location). */
export const addressFields = ({ required = true }: { required?: boolean } = {}): Field[] => [
  { name: 'address', type: 'text', required, label: { da: 'Adresse', en: 'Address' } },
  {
    type: 'row',
    fields: [
      {
        name: 'postalCode',
        type: 'text',
        required,
        label: { da: 'Postnummer', en: 'Postal code' },
        validate: validateWith(postalCode),
      },
      { name: 'city', type: 'text', required, label: { da: 'By', en: 'City' } },
      {
        name: 'municipality',
        type: 'relationship',
        relationTo: 'municipalities',
        required,
        label: { da: 'Kommune', en: 'Municipality' },
      },
    ],
  },
]

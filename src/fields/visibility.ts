import type { Field } from 'payload'

import { selectOptions, visibilities } from '@/domain/options'

export const visibilityField = (): Field => ({
  name: 'visibility',
  type: 'select',
  required: true,
  defaultValue: 'public',
  index: true,
  label: { da: 'Synlighed', en: 'Visibility' },
  options: selectOptions(visibilities),
  admin: {
    position: 'sidebar',
    description: {
      da: 'Interne opslag ses kun af fagpersoner, der er logget ind.',
      en: 'Internal documents are seen only by logged-in professionals.',
    },
  },
})

import { schoolTypes, selectOptions } from '@/domain/options'

import { listingCollection } from './shared/listingCollection'

export const SchoolOptions = listingCollection({
  slug: 'school-options',
  labels: {
    singular: { da: 'Skoletilbud', en: 'School option' },
    plural: { da: 'Skoletilbud', en: 'School options' },
  },
  kindFields: [
    {
      name: 'schoolType',
      type: 'select',
      required: true,
      options: selectOptions(schoolTypes),
      label: { da: 'Skoletype', en: 'School type' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'gradeFrom',
          type: 'number',
          required: true,
          min: 0,
          max: 10,
          label: { da: 'Fra klassetrin', en: 'From grade' },
        },
        {
          name: 'gradeTo',
          type: 'number',
          required: true,
          min: 0,
          max: 10,
          label: { da: 'Til klassetrin', en: 'To grade' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            typeof value === 'number' &&
            typeof siblingData?.gradeFrom === 'number' &&
            siblingData.gradeFrom > value
              ? 'Første klassetrin kan ikke være højere end sidste.'
              : true,
        },
        {
          name: 'classSize',
          type: 'number',
          min: 1,
          max: 40,
          label: { da: 'Elever pr. klasse', en: 'Class size' },
        },
      ],
    },
    { name: 'profile', type: 'textarea', label: { da: 'Pædagogisk profil', en: 'Profile' } },
    {
      name: 'admissionViaPPR',
      type: 'checkbox',
      defaultValue: true,
      label: { da: 'Optagelse via PPR', en: 'Admission via PPR' },
    },
  ],
})

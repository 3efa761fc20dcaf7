import { mentorFocuses, mentorTypes, selectOptions } from '@/domain/options'

import { listingCollection } from './shared/listingCollection'

export const Mentors = listingCollection({
  slug: 'mentors',
  labels: {
    singular: { da: 'Mentorordning', en: 'Mentor programme' },
    plural: { da: 'Mentorordninger', en: 'Mentor programmes' },
  },
  kindFields: [
    {
      name: 'mentorType',
      type: 'select',
      required: true,
      options: selectOptions(mentorTypes),
      label: { da: 'Frivillig eller professionel', en: 'Volunteer or professional' },
    },
    {
      name: 'focus',
      type: 'select',
      hasMany: true,
      options: selectOptions(mentorFocuses),
      label: { da: 'Fokus', en: 'Focus' },
    },
    {
      name: 'matching',
      type: 'textarea',
      label: { da: 'Sådan matches mentor og barn', en: 'Matching' },
    },
    { name: 'duration', type: 'text', label: { da: 'Varighed', en: 'Duration' } },
  ],
})

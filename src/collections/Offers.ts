import { offerTypes, selectOptions } from '@/domain/options'

import { listingCollection } from './shared/listingCollection'

export const Offers = listingCollection({
  slug: 'offers',
  labels: {
    singular: { da: 'Tilbud', en: 'Offer' },
    plural: { da: 'Tilbud', en: 'Offers' },
  },
  kindFields: [
    {
      name: 'offerType',
      type: 'select',
      required: true,
      options: selectOptions(offerTypes),
      label: { da: 'Type af tilbud', en: 'Type of offer' },
    },
  ],
})

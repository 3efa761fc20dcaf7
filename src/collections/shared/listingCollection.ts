import type { CollectionConfig, Field } from 'payload'

import { isContentEditor } from '@/access/isContentEditor'
import { publishedPublicOrAuthenticated } from '@/access/publishedPublicOrAuthenticated'
import type { ListingCollection } from '@/domain/options'
import { listingFields } from '@/fields/listing'

type Labels = { singular: { da: string; en: string }; plural: { da: string; en: string } }

/** One of the three kinds of listing: the shared fields, the kind's own fields, drafts and versions. */
export function listingCollection({
  slug,
  labels,
  kindFields,
}: {
  slug: ListingCollection
  labels: Labels
  kindFields: Field[]
}): CollectionConfig {
  return {
    slug,
    labels,
    access: {
      create: isContentEditor,
      read: publishedPublicOrAuthenticated,
      readVersions: isContentEditor,
      update: isContentEditor,
      delete: isContentEditor,
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'provider', 'visibility', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'summary', 'externalId'],
      group: { da: 'Opslag', en: 'Listings' },
    },
    defaultSort: 'title',
    fields: listingFields({ kindLabel: labels.singular, kindFields }),
    versions: {
      drafts: { schedulePublish: false },
      maxPerDoc: 50,
    },
  }
}

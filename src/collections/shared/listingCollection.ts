import type { CollectionConfig, Field } from 'payload'

import { canReadListings } from '@/access/canReadListings'
import { canWriteOwnListing } from '@/access/canWriteOwnListing'
import { isContentEditor } from '@/access/isContentEditor'
import type { ListingCollection } from '@/domain/options'
import { listingFields } from '@/fields/listing'

import { hideInternalContacts } from './hooks/hideInternalContacts'
import { requirePublicContact } from './hooks/requirePublicContact'
import { selectContactFlag } from './hooks/selectContactFlag'

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
      create: canWriteOwnListing,
      read: canReadListings,
      readVersions: isContentEditor,
      update: canWriteOwnListing,
      delete: isContentEditor,
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'provider', 'visibility', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'summary', 'externalId'],
      // The list reads its columns only, not whole listings (texts, arrays, relationships): the
      // list view at 100,000 listings (issue 21). Cells that need more ask with `forceSelect`.
      enableListViewSelectAPI: true,
      group: { da: 'Opslag', en: 'Listings' },
    },
    defaultSort: 'title',
    fields: listingFields({ kindLabel: labels.singular, kindFields }),
    // Moderation (review fields, hooks, endpoint) is attached by moderationPlugin.
    hooks: {
      beforeOperation: [selectContactFlag],
      beforeChange: [requirePublicContact],
      afterRead: [hideInternalContacts],
    },
    versions: {
      drafts: { schedulePublish: false },
      maxPerDoc: 50,
    },
  }
}

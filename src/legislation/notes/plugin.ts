import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { listingCollections, type ListingCollection } from '@/domain/options'
import { forgetAfter } from '@/utilities/refreshingCache'

import { confirmNoteEndpoint, legislationNoticesEndpoint } from './endpoints'
import { openNoteTasks } from './hooks/openNoteTasks'
import { forgetPublishedNotes } from './publishedNotes'

/** The sidebar panel »Ny lovgivning« with the confirm button (first in the sidebar). */
const noticesPanel: Field = {
  name: 'legislationNotices',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/components/admin/LegislationNoticesPanel.client#LegislationNoticesPanel',
    },
  },
}

/**
 * The note where it matters, as a configured plugin: legislation notes open a review task for the
 * owners of each listing they affect when published (hooks/openNoteTasks.ts); every listing
 * collection gets `POST /:id/confirm-note`, `GET /:id/legislation-notices` and the sidebar panel
 * that confirms a listing against a note. The banner and the card marker are read when a page is
 * made (./notices.ts, from the recent notes each server keeps in memory, forgotten here when a
 * note changes); the notes index is the portal's /lovgivning.
 */
export const legislationNotesPlugin =
  (): Plugin =>
  (incomingConfig: Config): Config => {
    const attach = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug === 'legislation-notes') {
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [
              ...(collection.hooks?.afterChange ?? []),
              openNoteTasks,
              forgetAfter(forgetPublishedNotes),
            ],
            afterDelete: [
              ...(collection.hooks?.afterDelete ?? []),
              forgetAfter(forgetPublishedNotes),
            ],
          },
        }
      }
      if (!listingCollections.includes(collection.slug as ListingCollection)) return collection
      const slug = collection.slug as ListingCollection
      return {
        ...collection,
        fields: [noticesPanel, ...collection.fields],
        endpoints: [
          ...(collection.endpoints || []),
          confirmNoteEndpoint(slug),
          legislationNoticesEndpoint(slug),
        ],
      }
    }
    return { ...incomingConfig, collections: (incomingConfig.collections ?? []).map(attach) }
  }

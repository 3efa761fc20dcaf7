import type { CollectionConfig, Config, Plugin } from 'payload'

import { nobodyField } from '@/access/nobodyField'

import { Methods } from './collection'
import { followMethodVisibility } from './fileAccess'
import { extractDocumentText } from './hooks/extractDocumentText'

/** The media collection with the methods' additions: document text, access after the method. */
function withMethodFiles(media: CollectionConfig): CollectionConfig {
  return {
    ...media,
    access: {
      ...media.access,
      read: followMethodVisibility(media.access?.read ?? (() => true)),
    },
    fields: [
      ...media.fields,
      {
        // The text of a PDF or .docx, extracted on upload, for the methods' search; never sent.
        name: 'documentText',
        type: 'textarea',
        admin: { hidden: true },
        access: { read: nobodyField, create: nobodyField, update: nobodyField },
        hooks: { beforeChange: [extractDocumentText] },
      },
    ],
  }
}

/**
 * Methods and templates (issue 18): the `methods` collection, and on the media collection the text
 * of uploaded documents and file access that follows the method's visibility. Put before the input
 * checks, so that they (CPR refusal, JSON types) cover the methods too.
 */
export const methodsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === 'media' ? withMethodFiles(collection) : collection,
      ),
      Methods,
    ],
  })

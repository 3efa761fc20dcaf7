import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canReadMedia } from '@/access/canReadMedia'
import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { canChangeMedia, canUploadMedia } from '@/access/canUploadMedia'
import { authorshipFields } from '@/fields/authorship'
import { allowedMediaTypes } from '@/domain/media'

import { checkMediaContent } from './hooks/checkMediaContent'

/** Local disk in the embedded setup; production swaps in S3 storage (see payload.config.ts). */
const mediaDir = () => process.env.MEDIA_DIR || path.resolve(process.cwd(), '.data', 'media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { da: 'Fil', en: 'File' },
    plural: { da: 'Billeder og PDF', en: 'Images and PDFs' },
  },
  access: {
    create: canUploadMedia,
    read: canReadMedia,
    update: canChangeMedia,
    delete: canChangeMedia,
  },
  admin: {
    group: { da: 'Indhold', en: 'Content' },
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { da: 'Alternativ tekst', en: 'Alternative text' },
      admin: {
        description: {
          da: 'Beskriv billedet for den, der ikke kan se det. For en PDF: dens titel.',
          en: 'Describe the image for someone who cannot see it. For a PDF: its title.',
        },
      },
    },
    {
      name: 'approved',
      type: 'checkbox',
      // Decided by who uploads: a consultant's or admin's file is approved at once, anyone else's
      // waits. (A constant `false` here reached the hook below as a value, so its `?? true` never
      // applied and every new upload waited for approval.) Trusted server code without a user
      // gets false unless it says otherwise.
      defaultValue: ({ user }) => checkRole(contentEditorRoles, user),
      index: true,
      label: { da: 'Godkendt til offentlig visning', en: 'Approved for public display' },
      admin: { position: 'sidebar' },
      access: {
        create: ({ req: { user } }) => checkRole(contentEditorRoles, user),
        update: ({ req: { user } }) => checkRole(contentEditorRoles, user),
      },
      hooks: {
        // Editors' own uploads need no review; an NGO editor's change withdraws the approval.
        beforeChange: [
          ({ req: { user }, value }) => {
            if (!user) return value ?? false // trusted server code decides itself
            return checkRole(contentEditorRoles, user) ? (value ?? true) : false
          },
        ],
      },
    },
    ...authorshipFields(),
  ],
  hooks: {
    beforeOperation: [checkMediaContent],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: allowedMediaTypes.map((type) => type.mime),
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, withoutEnlargement: true },
    ],
    focalPoint: true,
  },
}

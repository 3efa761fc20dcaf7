import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'

export const FOLLOW_VISITS_SLUG = 'follow-visits'

/**
 * The follow feature's memory per person, written only by the system: when they were last seen
 * (for »Nyt siden sidst«: what was published since the visit before this one) and up to when
 * their last weekly digest reached. Admins may read it; nobody writes it over the API.
 */
export const FollowVisits: CollectionConfig = {
  slug: FOLLOW_VISITS_SLUG,
  labels: {
    singular: { da: 'Besøg (følg emner)', en: 'Visit (follow)' },
    plural: { da: 'Besøg (følg emner)', en: 'Visits (follow)' },
  },
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  admin: {
    hidden: true,
    defaultColumns: ['user', 'seenAt', 'sinceAt', 'digestedUntil'],
    group: { da: 'Administration', en: 'Administration' },
  },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      maxDepth: 0,
      label: { da: 'Bruger', en: 'User' },
    },
    {
      name: 'seenAt',
      type: 'date',
      label: { da: 'Senest set', en: 'Last seen' },
    },
    {
      name: 'sinceAt',
      type: 'date',
      label: { da: 'Forrige besøg sluttede', en: 'Previous visit ended' },
    },
    {
      name: 'digestedUntil',
      type: 'date',
      label: { da: 'Ugentlig e-mail dækker til', en: 'Weekly digest covers until' },
    },
  ],
  timestamps: true,
}

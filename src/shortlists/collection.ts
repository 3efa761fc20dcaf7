import { randomBytes } from 'node:crypto'

import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type FieldHook,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { isLoggedIn } from '@/access/isLoggedIn'
import { nobodyField } from '@/access/nobodyField'
import { MAX_SHORTLIST_NAME, shortlistEntries, shortlistName } from '@/domain/shortlist'
import { relationId, relationIds } from '@/utilities/relationId'

import { canReadShortlist, isProfessionalUser, isShortlistOwner } from './access'

export const SHORTLISTS_SLUG = 'shortlists'

/** The unguessable key in a list's address (/huskeliste/<key>): 16 random bytes, base64url. */
export const newShareKey = () => randomBytes(16).toString('base64url')
export const shareKeyPattern = /^[A-Za-z0-9_-]{22}$/

const refuse = (path: string, message: string, req: Parameters<FieldHook>[0]['req']) =>
  new ValidationError({ collection: SHORTLISTS_SLUG, errors: [{ path, message }] }, req.t)

/**
 * A list belongs to the person who makes it (an admin may make one for anybody), and gets its
 * key once; neither changes later (the owner and key fields cannot be written after create).
 */
const ownAndKeyed: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const user = req.user
  const given = relationId(data.owner)
  let owner: number | undefined
  if (user && !checkRole(['admin'], user)) {
    if (given !== undefined && given !== user.id) {
      throw refuse('owner', 'Du kan kun lave huskelister til dig selv.', req)
    }
    owner = Number(user.id)
  } else {
    owner = given ?? (user ? Number(user.id) : undefined)
  }
  if (owner === undefined) throw refuse('owner', 'Vælg den bruger, listen tilhører.', req)
  return { ...data, owner, shareKey: newShareKey() }
}

/**
 * The name and the entries in their one form (zod), and colleagues who are professionals, never
 * the owner: a list is shared with staff only, since it may hold internal listings.
 */
const normalize: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  if (data.name !== undefined) {
    const name = shortlistName.safeParse(data.name)
    if (!name.success) throw refuse('name', name.error.issues[0]!.message, req)
    data.name = name.data
  }
  if (data.entries !== undefined) {
    const entries = shortlistEntries.safeParse(data.entries ?? [])
    if (!entries.success) {
      throw refuse(
        'entries',
        'Listen kan kun rumme op til 50 opslag, skrevet som »tilbud/slug«.',
        req,
      )
    }
    data.entries = entries.data
  }
  if (data.sharedWith !== undefined) {
    const owner = relationId(data.owner ?? originalDoc?.owner)
    const ids = [...new Set(relationIds(data.sharedWith))].filter((id) => id !== owner)
    if (ids.length > 0) {
      // access: the colleagues' roles, to refuse sharing outside the staff; nothing is returned.
      const { docs } = await req.payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        select: { role: true },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      if (docs.length !== ids.length || !docs.every((doc) => isProfessionalUser(doc))) {
        throw refuse('sharedWith', 'En huskeliste kan kun deles med fagpersoner i netværket.', req)
      }
    }
    data.sharedWith = ids
  }
  return data
}

/**
 * A shortlist kept with a logged-in user's account (issue 16): named, several per user, the same
 * on every device, shared with colleagues by name or with every logged-in professional who has
 * the link. It holds listings only, never anything about a child.
 */
export const Shortlists: CollectionConfig = {
  slug: SHORTLISTS_SLUG,
  labels: {
    singular: { da: 'Huskeliste', en: 'Shortlist' },
    plural: { da: 'Huskelister', en: 'Shortlists' },
  },
  access: {
    create: isLoggedIn,
    read: canReadShortlist,
    update: isShortlistOwner,
    delete: isShortlistOwner,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'linkSharing', 'updatedAt'],
    group: { da: 'Administration', en: 'Administration' },
    description: {
      da: 'Brugernes gemte huskelister (opslag, de overvejer). Brugerne styrer dem selv på portalen under »Huskeliste«. De indeholder aldrig oplysninger om børn.',
      en: 'Users’ saved shortlists. Users manage them on the portal. They never hold anything about a child.',
    },
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: MAX_SHORTLIST_NAME,
      label: { da: 'Navn', en: 'Name' },
      admin: {
        description: {
          da: 'Fx »Skolefravær, udskoling«. Aldrig et barns navn eller CPR-nummer.',
          en: 'E.g. "School absence, lower secondary". Never a child’s name or CPR number.',
        },
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      maxDepth: 0,
      label: { da: 'Ejer', en: 'Owner' },
      access: { update: nobodyField },
    },
    {
      name: 'entries',
      type: 'json',
      required: true,
      defaultValue: [],
      label: { da: 'Opslag', en: 'Listings' },
      admin: {
        description: {
          da: 'Opslagenes adresser i listens rækkefølge, fx »tilbud/boernegrupper«.',
          en: 'The listings’ paths in order, e.g. "tilbud/boernegrupper".',
        },
      },
    },
    {
      name: 'linkSharing',
      type: 'checkbox',
      defaultValue: false,
      label: {
        da: 'Alle fagpersoner, der er logget ind og har linket, kan se listen',
        en: 'Every logged-in professional with the link can see the list',
      },
    },
    {
      name: 'sharedWith',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      maxDepth: 0,
      label: { da: 'Delt med', en: 'Shared with' },
    },
    {
      name: 'shareKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      // Written once by ownAndKeyed; read by the owner to build the link.
      access: { update: nobodyField },
    },
  ],
  hooks: { beforeValidate: [ownAndKeyed], beforeChange: [normalize] },
  timestamps: true,
}

import { ValidationError, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { isLoggedIn } from '@/access/isLoggedIn'
import { nobody } from '@/access/nobody'
import { ownRecordsOrAdmin } from '@/access/ownRecordsOrAdmin'
import { lawValues, laws, selectOptions } from '@/domain/options'
import { relationId } from '@/utilities/relationId'

export const SUBSCRIPTIONS_SLUG = 'subscriptions'

export const subscriptionKinds = [
  { value: 'topic', da: 'Emne', en: 'Topic' },
  { value: 'law', da: 'Lov', en: 'Act' },
] as const
export type SubscriptionKind = (typeof subscriptionKinds)[number]['value']

/** One subscription per user and topic or law: the key says which. */
export const subscriptionKey = (user: number, kind: SubscriptionKind, value: string | number) =>
  `${user}:${kind}:${value}`

const refuse = (
  path: string,
  message: string,
  req: Parameters<CollectionBeforeValidateHook>[0]['req'],
) => new ValidationError({ collection: SUBSCRIPTIONS_SLUG, errors: [{ path, message }] }, req.t)

/**
 * A subscription belongs to the person who makes it (an admin may make one for anybody); it names
 * a topic or a law, never both; and the same one twice is refused in words, not by the index.
 */
const ownAndComplete: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const user = req.user
  const given = relationId(data.user)
  let owner: number | undefined
  if (user && !checkRole(['admin'], user)) {
    if (given !== undefined && given !== user.id) {
      throw refuse('user', 'Du kan kun følge emner og love for dig selv.', req)
    }
    owner = Number(user.id)
  } else {
    owner = given ?? (user ? Number(user.id) : undefined)
  }
  if (owner === undefined) throw refuse('user', 'Vælg den bruger, der skal følge.', req)

  const kind = data.kind as SubscriptionKind | undefined
  let value: string | number | undefined
  if (kind === 'topic') {
    value = relationId(data.topic)
    if (value === undefined) throw refuse('topic', 'Vælg det emne, du vil følge.', req)
    data.law = null
  } else if (kind === 'law') {
    value =
      typeof data.law === 'string' && (lawValues as readonly string[]).includes(data.law)
        ? data.law
        : undefined
    if (value === undefined) throw refuse('law', 'Vælg den lov, du vil følge.', req)
    data.topic = null
  } else {
    throw refuse('kind', 'Vælg, om du vil følge et emne eller en lov.', req)
  }

  const key = subscriptionKey(owner, kind, value)
  // access: a uniqueness check across the owner's subscriptions, nothing is returned.
  const { totalDocs } = await req.payload.count({
    collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
    where: { key: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw refuse(
      kind,
      kind === 'topic' ? 'Du følger allerede dette emne.' : 'Du følger allerede denne lov.',
      req,
    )
  }
  return { ...data, user: owner, key }
}

/**
 * What a logged-in person follows: a topic (with its narrower topics) or a law. The weekly digest
 * (sendFollowDigest) and »Nyt siden sidst« read them; each mail carries a signed link that ends
 * one subscription without a login (src/legislation/follow/unsubscribe.ts).
 */
export const Subscriptions: CollectionConfig = {
  slug: SUBSCRIPTIONS_SLUG,
  labels: {
    singular: { da: 'Abonnement', en: 'Subscription' },
    plural: { da: 'Abonnementer', en: 'Subscriptions' },
  },
  access: {
    create: isLoggedIn,
    read: ownRecordsOrAdmin,
    // A subscription is started or stopped, never changed.
    update: nobody,
    delete: ownRecordsOrAdmin,
  },
  admin: {
    defaultColumns: ['user', 'kind', 'topic', 'law', 'createdAt'],
    group: { da: 'Administration', en: 'Administration' },
    description: {
      da: 'Hvem der følger hvilke emner og love (ugentlig e-mail og »Nyt siden sidst«). Brugerne styrer selv deres abonnementer på portalen under »Følg emner«.',
      en: 'Who follows which topics and acts (weekly e-mail and »New since last visit«). Users manage their own on the portal.',
    },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      // An id, never the populated account (its sessions and e-mail are not the reader's business).
      maxDepth: 0,
      label: { da: 'Bruger', en: 'User' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: subscriptionKinds.map(({ value, da, en }) => ({ value, label: { da, en } })),
      label: { da: 'Følger', en: 'Follows' },
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      label: { da: 'Emne', en: 'Topic' },
      admin: { condition: (_data, sibling) => sibling?.kind === 'topic' },
    },
    {
      name: 'law',
      type: 'select',
      options: selectOptions(laws),
      label: { da: 'Lov', en: 'Act' },
      admin: { condition: (_data, sibling) => sibling?.kind === 'law' },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      // Always written by ownAndComplete; a given value is overwritten.
      admin: { hidden: true },
    },
  ],
  hooks: { beforeValidate: [ownAndComplete] },
  timestamps: true,
}

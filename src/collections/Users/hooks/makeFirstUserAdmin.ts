import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** The first account created in an empty portal (the admin's "create first user") is the admin. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  // access: counts every user to recognise an empty portal; nothing about them leaves this hook.
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, role: 'admin' }
  return data
}

import type { CollectionSlug, FieldHook } from 'payload'

import { relationId } from '@/utilities/relationId'

import { checkRole } from './checkRole'
import { contentEditorRoles } from './roles'

type Ref = { relationTo: string; value: unknown }

/**
 * For a polymorphic hasMany relationship: drops the entries the reader may not read. Payload leaves
 * an unreadable entry as a bare id, which would still tell that an internal or draft document
 * exists; this removes it. One query per related collection and document.
 */
export const keepReadableOnly: FieldHook = async ({ value, req, overrideAccess }) => {
  if (overrideAccess || !Array.isArray(value) || value.length === 0) return value
  if (checkRole(contentEditorRoles, req.user)) return value
  const refs = value as Ref[]
  const byCollection = new Map<string, unknown[]>()
  for (const ref of refs)
    byCollection.set(ref.relationTo, [
      ...(byCollection.get(ref.relationTo) ?? []),
      relationId(ref.value),
    ])
  const readable = new Set<string>()
  for (const [collection, ids] of byCollection) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      select: {},
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const doc of docs) readable.add(`${collection}:${doc.id}`)
  }
  return refs.filter((ref) => readable.has(`${ref.relationTo}:${relationId(ref.value)}`))
}

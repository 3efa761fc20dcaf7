import type { CollectionSlug, FieldAccess, FieldHook } from 'payload'

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

/**
 * The read access that goes with keepReadableOnly. In a document the field is readable: the hook
 * drops the entries the reader may not read. In a query (`where`, `sort`, counts; Payload checks the
 * field's schema permission, which has no document: `siblingData` is never passed) only readers the
 * hook leaves everything to may use it, or `where[affects.value][equals]=<id>` would tell which
 * internal or draft documents a note points at.
 */
export const canReadReadableOnly: FieldAccess = ({ req: { user }, siblingData }) =>
  Boolean(siblingData) || checkRole(contentEditorRoles, user)

import {
  QueryError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FieldHook,
} from 'payload'

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
 * The query rule that goes with keepReadableOnly: a reader whose entries the hook filters may filter
 * on the field only with `equals` or `in` on `{ relationTo, value }` pairs that point at documents
 * they may read (the portal asks for the notes about the listing on screen). Anything else (other
 * operators, `field.value`, `field.relationTo`, sorting, ids of documents they may not read) is
 * refused alike, so `where[affects][equals]` with an internal or draft listing's id answers the same
 * as with an id that does not exist, and a count cannot tell which hidden documents a note concerns.
 */
export const queryReadableOnly =
  <Slug extends CollectionSlug>(fieldName: string): CollectionBeforeOperationHook<Slug> =>
  async ({ args, req, overrideAccess }) => {
    if (overrideAccess || checkRole(contentEditorRoles, req.user)) return args
    const { sort, where } = args as { sort?: unknown; where?: unknown }
    const refused = () => new QueryError([{ path: fieldName }])
    const touches = (path: string) =>
      path === fieldName || path.startsWith(`${fieldName}.`) || path.startsWith(`${fieldName}__`)
    const sorts: unknown[] = Array.isArray(sort) ? sort : [sort]
    if (sorts.some((sort) => typeof sort === 'string' && touches(sort.replace(/^-/, ''))))
      throw refused()
    const refs: Array<{ relationTo: CollectionSlug; id: number }> = []
    const asRef = (value: unknown) => {
      const ref = value as Partial<Ref> | null
      const id = Number(ref?.value)
      if (!ref || typeof ref.relationTo !== 'string' || !Number.isSafeInteger(id)) throw refused()
      if (!(ref.relationTo in req.payload.collections)) throw refused()
      refs.push({ relationTo: ref.relationTo as CollectionSlug, id })
    }
    const collect = (where: unknown) => {
      if (!where || typeof where !== 'object') return
      for (const [path, condition] of Object.entries(where)) {
        if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
          condition.forEach(collect)
          continue
        }
        if (!touches(path)) continue
        if (path !== fieldName || !condition || typeof condition !== 'object') throw refused()
        for (const [operator, value] of Object.entries(condition)) {
          if (operator === 'equals') asRef(value)
          else if (operator === 'in' && Array.isArray(value)) value.forEach(asRef)
          else throw refused()
        }
      }
    }
    collect(where)
    for (const { relationTo, id } of refs) {
      const { totalDocs } = await req.payload.count({
        collection: relationTo,
        where: { id: { equals: id } },
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (totalDocs === 0) throw refused()
    }
    return args
  }

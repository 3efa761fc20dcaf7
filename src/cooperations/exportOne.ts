import type { Payload } from 'payload'

import type { ExportContext, StoredDoc } from '@/import/section'
import type { User } from '@/payload-types'
import { relationId, relationIds } from '@/utilities/relationId'

import { cooperationSides, cooperations } from './import/sections'

/**
 * One cooperation in the exchange format (videnportal/v1: a `cooperations` item and its
 * organization's published side), as the reader may read it: the per-document export. The whole
 * collection exports with `npm run export`.
 */
export async function exportCooperation(payload: Payload, user: User | null, slug: string) {
  const { docs } = await payload.find({
    collection: 'cooperations',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const cooperation = docs[0]
  if (!cooperation) return null
  const { docs: sides } = await payload.find({
    collection: 'cooperation-sides',
    where: { cooperation: { equals: cooperation.id } },
    depth: 0,
    limit: 1,
    draft: false,
    overrideAccess: false,
    user,
  })
  const keys = new Map<string, Map<number, string>>()
  const remember = async (
    collection: 'organizations' | 'networks' | 'municipalities',
    ids: number[],
    field: 'externalId' | 'code',
  ) => {
    if (ids.length === 0) return keys.set(collection, new Map())
    const { docs: found } = await payload.find({
      collection,
      where: { id: { in: ids } },
      select: { [field]: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    })
    keys.set(
      collection,
      new Map(
        found.map((doc) => [doc.id, String((doc as unknown as Record<string, unknown>)[field])]),
      ),
    )
  }
  await Promise.all([
    remember('organizations', relationIds([cooperation.organization]), 'externalId'),
    remember('networks', relationIds([cooperation.network]), 'externalId'),
    remember('municipalities', relationIds(cooperation.municipalities), 'code'),
  ])
  keys.set('cooperations', new Map([[cooperation.id, String(cooperation.externalId)]]))
  const context: ExportContext = {
    key: (collection, id) => keys.get(collection)?.get(relationId(id) ?? -1),
    keys: (collection, ids) =>
      relationIds(ids)
        .map((id) => keys.get(collection)?.get(id))
        .filter((key): key is string => Boolean(key)),
  }
  return {
    format: 'videnportal/v1' as const,
    cooperations: [
      cooperations.exportItem(cooperation as unknown as StoredDoc, context, 'cooperations'),
    ],
    cooperationSides: sides.map((side) =>
      cooperationSides.exportItem(side as unknown as StoredDoc, context, 'cooperation-sides'),
    ),
  }
}

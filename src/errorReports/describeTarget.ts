import type { Payload, PayloadRequest } from 'payload'

import { errorReportCategories, type ErrorReportTarget } from '@/domain/errorReports'
import { collectionOfKind, type ListingKind } from '@/domain/options'
import { paths } from '@/domain/urls'

export type TargetDescription = {
  collection: ErrorReportTarget
  id: number
  /** The listing's title or the organization's name. */
  title: string
  /** The public page (Danish, root path), when the target has a slug. */
  publicPath: string | null
  adminPath: string
}

const kindOfCollection = Object.fromEntries(
  Object.entries(collectionOfKind).map(([kind, collection]) => [collection, kind]),
) as Record<string, ListingKind>

/** What a report's target is called and where it lives, for mails and the admin. */
export async function describeTarget(
  payload: Payload,
  target: { relationTo: ErrorReportTarget; value: unknown },
  req?: Partial<PayloadRequest>,
): Promise<TargetDescription | null> {
  const id =
    typeof target.value === 'object' && target.value !== null
      ? Number((target.value as { id: unknown }).id)
      : Number(target.value)
  if (!Number.isInteger(id)) return null
  const collection = target.relationTo
  // access: system mail about a report; the recipients are its owners, who may read the target.
  const doc = (await payload.findByID({
    collection,
    id,
    depth: 0,
    select:
      collection === 'organizations' ? { name: true, slug: true } : { title: true, slug: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { name?: string; title?: string; slug?: string | null } | null
  if (!doc) return null
  const slug = doc.slug ?? null
  const publicPath = !slug
    ? null
    : collection === 'organizations'
      ? paths.organization(slug)
      : paths.document(kindOfCollection[collection]!, slug)
  return {
    collection,
    id,
    title: (collection === 'organizations' ? doc.name : doc.title) ?? `#${id}`,
    publicPath,
    adminPath: `/admin/collections/${collection}/${id}`,
  }
}

export const categoryLabel = (value: string) =>
  errorReportCategories.find((item) => item.value === value)?.da ?? value

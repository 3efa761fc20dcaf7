import { collectionOfKind } from '@/domain/options'
import { canEditInAdmin } from '@/queries/editAccess'

import type { ListingView } from './view'

/** "Rediger dette opslag": straight to the document in the admin, for those who may edit it. */
export async function EditListingLink({ view }: { view: ListingView }) {
  const { listing, kind, t } = view
  const collection = collectionOfKind[kind]
  if (!(await canEditInAdmin(collection, listing.id))) return null
  return (
    <p className="listing__edit no-print">
      <a href={`/admin/collections/${collection}/${listing.id}`} data-edit-link>
        {t.listing.edit}
      </a>
    </p>
  )
}

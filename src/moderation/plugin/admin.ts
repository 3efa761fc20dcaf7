import type { CollectionConfig, DocumentTabCondition, EditConfigWithoutRoot } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Payload's own rule for the API tab, and never for NGO editors (they need no raw JSON). */
const apiTabCondition: DocumentTabCondition = ({ collectionConfig, req }) =>
  Boolean(collectionConfig && !collectionConfig.admin?.hideAPIURL) &&
  !checkRole(['ngo-editor'], req.user)

/**
 * The admin of a moderated collection as NGO editors need it: lists open on their own
 * organization's documents, a "Gennemsyn" column with the review state, and no API tab.
 */
export function moderatedAdmin(admin: CollectionConfig['admin'] = {}): CollectionConfig['admin'] {
  const views = admin.components?.views
  // A collection that replaces its whole edit view (`edit.root`) has no tabs to configure.
  if (views?.edit && 'root' in views.edit && views.edit.root) return admin
  const edit = views?.edit as EditConfigWithoutRoot | undefined
  const api = edit?.api
  return {
    ...admin,
    defaultColumns: admin.defaultColumns && [...admin.defaultColumns, 'reviewState'],
    components: {
      ...admin.components,
      beforeList: [
        ...(admin.components?.beforeList ?? []),
        '/components/admin/OwnListingsDefault#OwnListingsDefault',
      ],
      views: {
        ...views,
        edit: {
          ...edit,
          api: { ...api, tab: { ...api?.tab, condition: apiTabCondition } },
        } as EditConfigWithoutRoot,
      },
    },
  }
}

import type { Access, CollectionConfig, RelationshipField } from 'payload'

import { canCreateNetworkPart, canEditNetworkPart } from '../access'
import { keepWithinEditableNetworks } from '../hooks/keepWithinEditableNetworks'

/**
 * What every collection that belongs to a network shares (activities, meetings, methods): the
 * `network` relationship, access that follows the network's editors (src/network/access.ts) and the
 * hook that keeps a document within the networks its writer edits. One home, so the parts cannot
 * drift apart.
 */
export function networkField({
  required = true,
  description,
}: { required?: boolean; description?: { da: string; en: string } } = {}): RelationshipField {
  return {
    name: 'network',
    type: 'relationship',
    relationTo: 'networks',
    required,
    index: true,
    label: { da: 'Netværk', en: 'Network' },
    ...(description ? { admin: { description } } : {}),
  }
}

/** Access of a network's part: its editors write it; `read` says who reads it. */
export const networkPartAccess = (read: Access): NonNullable<CollectionConfig['access']> => ({
  create: canCreateNetworkPart,
  read,
  update: canEditNetworkPart,
  delete: canEditNetworkPart,
})

/** The hooks of a network's part (append a collection's own after these). */
export const networkPartHooks = {
  beforeValidate: [keepWithinEditableNetworks],
} satisfies NonNullable<CollectionConfig['hooks']>

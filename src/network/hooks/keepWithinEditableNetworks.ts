import { Forbidden, type CollectionBeforeValidateHook } from 'payload'

import { relationId } from '@/utilities/relationId'

import { networkIdsFor } from '../access'

/**
 * A part of a network (activity, meeting) may only be put into a network its writer edits: the
 * update access finds the document by its current network, this checks the one it is moved to.
 * Trusted code without a user (the importer, jobs) is not a writer and passes.
 */
export const keepWithinEditableNetworks: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!req.user || !data || !('network' in data)) return data
  const target = relationId(data.network)
  const ids = await networkIdsFor(req, 'edit')
  if (ids !== true && (target === undefined || !ids.includes(target))) throw new Forbidden(req.t)
  return data
}

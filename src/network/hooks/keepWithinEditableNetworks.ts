import { Forbidden, type CollectionBeforeValidateHook } from 'payload'

import { relationId } from '@/utilities/relationId'

import { networkIdsFor } from '../access'

/**
 * A part of a network (activity, meeting, method) may only be put into a network its writer
 * edits: the update access finds the document by its current network, this checks the one it is
 * moved to, and on create the one it is made in (create access lets an editor of some network
 * through when the data names none: that is how the admin asks for an editable create form). Only
 * the secretariat (who edits every network) makes a part of no network. Trusted code without a
 * user (the importer, jobs) is not a writer and passes.
 */
export const keepWithinEditableNetworks: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (!req.user || !data) return data
  if (operation !== 'create' && !('network' in data)) return data
  const target = relationId(data.network)
  const ids = await networkIdsFor(req, 'edit')
  if (ids !== true && (target === undefined || !ids.includes(target))) throw new Forbidden(req.t)
  return data
}

import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { relationId } from '@/utilities/relationId'

/**
 * An organization's side belongs to a cooperation the organization is the party of; its title
 * names both (set before validation, so that a draft has its title for the review queue).
 * Refuses (400, Danish) a side for another organization's cooperation.
 */
export const matchCooperationParty: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const cooperationId = relationId(data.cooperation ?? originalDoc?.cooperation)
  const provider = relationId(data.provider ?? originalDoc?.provider)
  if (cooperationId === undefined || provider === undefined) return data
  // access: reading the party of the named cooperation; what the writer may change is decided by
  // the collection's access (their own organization's side only).
  const cooperation = await req.payload
    .findByID({
      collection: 'cooperations',
      id: cooperationId,
      depth: 0,
      select: { title: true, organization: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!cooperation) throw new APIError('Samarbejdet findes ikke.', 400, undefined, true)
  if (relationId(cooperation.organization) !== provider)
    throw new APIError('Organisationen er ikke part i dette samarbejde.', 400, undefined, true)
  return { ...data, title: `${cooperation.title} – organisationens del` }
}

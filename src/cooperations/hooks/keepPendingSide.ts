import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'

/** The parts of an organization's side that its editors write. */
const sideContent = (doc: Record<string, unknown> | undefined) => {
  const roles = (doc?.roles ?? {}) as Record<string, unknown>
  const contacts = ((doc?.contacts ?? []) as Array<Record<string, unknown>>).map((contact) => ({
    name: contact.name ?? null,
    role: contact.role ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
  }))
  return JSON.stringify({
    economic: roles.economic ?? null,
    functional: roles.functional ?? null,
    professional: roles.professional ?? null,
    contacts,
    contribution: doc?.contribution ?? null,
  })
}

/**
 * While an NGO editor's change of their side waits for review, a consultant publishes it or sends
 * it back (the review), but does not save other content over it: that would replace the waiting
 * draft (Payload keeps one per document). A consultant's save that carries exactly the waiting
 * draft's content (the review's publish, or the admin's publish button on the draft) passes.
 */
export const keepPendingSide: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !checkRole(contentEditorRoles, req.user))
    return data
  if (req.context?.reviewDecision) return data
  // access: the side's own newest version, to compare the save with the waiting draft.
  const { docs } = await req.payload.findVersions({
    collection: 'cooperation-sides',
    where: { and: [{ parent: { equals: originalDoc.id } }, { latest: { equals: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const latest = docs[0]?.version as unknown as Record<string, unknown> | undefined
  const review = (latest?.review ?? {}) as { status?: string }
  if (latest?._status !== 'draft' || review.status !== 'awaiting-review') return data
  if (sideContent({ ...originalDoc, ...data }) === sideContent(latest)) return data
  throw new APIError(
    'Organisationens ændring af sin del afventer gennemsyn: offentliggør den eller send den tilbage, før du ændrer noget andet.',
    409,
    undefined,
    true,
  )
}

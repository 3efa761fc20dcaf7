import type { CollectionAfterChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { paths } from '@/domain/urls'
import { collectionOfKind, type ListingKind } from '@/domain/options'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import type { Mentor, Offer, Organization, SchoolOption } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

import { danishLabel } from '../../diff'
import { decisionMail, type Decision } from '../../mail/decisionMail'

type Moderated = Offer | Mentor | SchoolOption | Organization
type Review = { status?: string | null; comment?: string | null; submittedBy?: unknown }

const pending = new Set(['awaiting-review', 'changes-requested'])

/** The public page of a moderated document, if it has one. */
function publicPath(collection: string, doc: Moderated): string | undefined {
  if (!doc.slug) return undefined
  if (collection === 'organizations') return paths.organization(doc.slug)
  const kind = (Object.keys(collectionOfKind) as ListingKind[]).find(
    (entry) => collectionOfKind[entry] === collection,
  )
  return kind ? paths.document(kind, doc.slug) : undefined
}

/**
 * Tells the NGO editor who submitted a change what became of it: published (by the review
 * endpoint or the admin's own publish button) or sent back with the consultant's comment. The
 * mail is queued in the deciding transaction (`req`) and sent by the mail job; a decision made
 * twice in one save (hooks can fire twice) is queued once (dedupeKey). Never fails the decision.
 */
export const tellEditor: CollectionAfterChangeHook<Moderated> = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context.disableRevalidate) return doc
  const before = (previousDoc as { review?: Review } | undefined)?.review
  if (!before?.status || !pending.has(before.status)) return doc
  const submitter = relationId(before.submittedBy)
  if (submitter === undefined || !checkRole(contentEditorRoles, req.user)) return doc
  const after = (doc as { review?: Review }).review
  let decision: Decision | undefined
  if (doc._status === 'published') decision = 'published'
  else if (context.reviewDecision && after?.status === 'changes-requested') decision = 'returned'
  if (!decision) return doc
  try {
    // access: the submitter's address for a system mail; it is not shown to the consultant.
    const user = await req.payload.findByID({
      collection: 'users',
      id: submitter,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!user?.email) return doc
    const title = String(
      (doc as { title?: string }).title ?? (doc as { name?: string }).name ?? doc.id,
    )
    const kind = danishLabel({ label: collection.labels?.singular }, collection.slug).toLowerCase()
    const path = publicPath(collection.slug, doc)
    const mail = decisionMail({
      decision,
      kind,
      title,
      comment: after?.comment,
      documentUrl: path ? absoluteUrl(path) : undefined,
      editUrl: absoluteUrl(`/admin/collections/${collection.slug}/${doc.id}`),
      // Only listings have a review date; an organization or its side of a cooperation has none.
      countsAsVerification: !['organizations', 'cooperation-sides'].includes(collection.slug),
    })
    await queueMail(req.payload, {
      to: user.email,
      subject: mail.subject,
      content: mail.content,
      reason: mail.reason,
      topic: 'moderationDecisions',
      recipient: user.id,
      dedupeKey: `moderation:${collection.slug}:${doc.id}:${decision}:${doc.updatedAt}`,
      req,
    })
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      `Could not queue the ${decision} mail for ${collection.slug} ${doc.id}`,
    )
  }
  return doc
}

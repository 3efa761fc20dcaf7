import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { reviewState } from '@/domain/freshness'
import { relationId } from '@/utilities/relationId'

import type { SanitizedFreshnessOptions } from '../../options'
import type { VerificationMethod } from '../../verification'

type Doc = Record<string, unknown>
type Verification = { at: string | null; by: number | null; how: VerificationMethod | null }

const sameInstant = (a: unknown, b: unknown) =>
  (a == null && b == null) ||
  (a != null && b != null && new Date(String(a)).getTime() === new Date(String(b)).getTime())

/**
 * Keeps a listing's verification honest. Requests cannot type it (field access, ./fields.ts);
 * here it is derived from what happens:
 * - a consultant publishing an NGO editor's change awaiting review verifies the listing
 *   ("review"): the change was checked. This hook runs before moderation's trackReview, which
 *   clears the review state on publish;
 * - a date that reaches this hook otherwise came from trusted code with overrideAccess, the
 *   importer above all: it is kept and shown as "importeret";
 * - `nextReviewAt` is always computed from the last verification (or the creation) and the
 *   kind's review interval.
 */
export const trackVerification =
  (options: SanitizedFreshnessOptions): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, req }) => {
    const original = (originalDoc ?? {}) as Doc
    const incoming = data as Doc
    let verification: Verification = {
      at: (original.lastVerifiedAt as string | null | undefined) ?? null,
      by: relationId(original.lastVerifiedBy) ?? null,
      how: (original.lastVerifiedHow as VerificationMethod | null | undefined) ?? null,
    }
    const review = incoming.review as { status?: string | null } | undefined
    if (
      incoming._status === 'published' &&
      review?.status === 'awaiting-review' &&
      checkRole(contentEditorRoles, req.user)
    ) {
      verification = { at: new Date().toISOString(), by: req.user!.id as number, how: 'review' }
    } else if (
      incoming.lastVerifiedAt !== undefined &&
      !sameInstant(incoming.lastVerifiedAt, original.lastVerifiedAt)
    ) {
      verification = {
        at: (incoming.lastVerifiedAt as string | null) ?? null,
        by: null,
        how: incoming.lastVerifiedAt ? 'imported' : null,
      }
    }
    const createdAt = (original.createdAt as string | undefined) ?? new Date().toISOString()
    const interval = options.intervalMonths[collection.slug as keyof typeof options.intervalMonths]
    const { nextReviewAt } = reviewState(
      { lastVerifiedAt: verification.at, createdAt },
      interval,
      new Date(),
    )
    return {
      ...data,
      lastVerifiedAt: verification.at,
      lastVerifiedBy: verification.by,
      lastVerifiedHow: verification.how,
      nextReviewAt: nextReviewAt.toISOString(),
    }
  }

'use server'

import { redirect } from 'next/navigation'
import { APIError } from 'payload'
import { z } from 'zod'

import { collectionOfSection } from '@/freshness/paths'
import { verifyListing } from '@/freshness/verify'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPortalPayload, getViewer } from '@/queries/session'
import { safeReturnPath } from '@/security/returnPath'

export type VerifyState = { error: string | null }

const verifyForm = z.object({
  section: z.string().max(40),
  id: z.coerce.number().int().positive().max(2_147_483_647),
  next: z.string().max(500),
})

/**
 * "Opslaget er stadig korrekt" from the portal: the listing page (for a logged-in owner or
 * consultant) and the confirmation page the reminder mail links to. A POST (server action), never
 * a GET; the same checks as POST /api/<collection>/:id/verify (src/freshness/verify.ts).
 */
export async function confirmListing(
  _previous: VerifyState,
  formData: FormData,
): Promise<VerifyState> {
  const rawLocale = formData.get('locale')
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const parsed = verifyForm.safeParse({
    section: formData.get('section') ?? '',
    id: formData.get('id') ?? '',
    next: formData.get('next') ?? '',
  })
  const collection = parsed.success ? collectionOfSection(parsed.data.section) : null
  if (!parsed.success || !collection) {
    return { error: locale === 'da' ? 'Opslaget kunne ikke findes.' : 'The listing was not found.' }
  }
  const user = await getViewer()
  if (!user) {
    return { error: locale === 'da' ? 'Log ind for at bekræfte opslaget.' : 'Log in to confirm.' }
  }
  try {
    const payload = await getPortalPayload()
    await verifyListing(payload, { collection, id: parsed.data.id, user })
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return { error: error.message }
    throw error
  }
  redirect(`${safeReturnPath(parsed.data.next, '/')}#${freshnessAnchor}`)
}

/** Where the page shows the verification; the action returns there. */
const freshnessAnchor = 'kontrol'

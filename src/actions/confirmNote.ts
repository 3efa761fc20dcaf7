'use server'

import { redirect } from 'next/navigation'
import { APIError } from 'payload'
import { z } from 'zod'

import { collectionOfSection } from '@/freshness/paths'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { confirmListingAgainstNote } from '@/legislation/notes/confirm'
import { getPortalPayload, getViewer } from '@/queries/session'
import { safeReturnPath } from '@/security/returnPath'

export type ConfirmNoteState = { error: string | null }

const confirmForm = z.object({
  section: z.string().max(40),
  id: z.coerce.number().int().positive().max(2_147_483_647),
  note: z.coerce.number().int().positive().max(2_147_483_647),
  next: z.string().max(500),
})

const messages = {
  notFound: {
    da: 'Opslaget eller noten kunne ikke findes.',
    en: 'The listing or note was not found.',
    nb: 'Oppføringen eller notatet ble ikke funnet.',
  },
  login: {
    da: 'Log ind for at bekræfte opslaget.',
    en: 'Log in to confirm.',
    nb: 'Logg inn for å bekrefte.',
  },
} as const

/**
 * »Opslaget er gennemgået i forhold til noten« on a listing's page: a POST (server action) that
 * works without JavaScript, with the same checks as POST /api/<collection>/:id/confirm-note.
 */
export async function confirmAgainstNote(
  _previous: ConfirmNoteState,
  formData: FormData,
): Promise<ConfirmNoteState> {
  const rawLocale = formData.get('locale')
  const locale = isLocale(rawLocale) ? rawLocale : defaultLocale
  const parsed = confirmForm.safeParse({
    section: formData.get('section') ?? '',
    id: formData.get('id') ?? '',
    note: formData.get('note') ?? '',
    next: formData.get('next') ?? '',
  })
  const collection = parsed.success ? collectionOfSection(parsed.data.section) : null
  if (!parsed.success || !collection) return { error: messages.notFound[locale] }
  const user = await getViewer()
  if (!user) return { error: messages.login[locale] }
  try {
    const payload = await getPortalPayload()
    await confirmListingAgainstNote(payload, {
      collection,
      id: parsed.data.id,
      noteId: parsed.data.note,
      user,
    })
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return { error: error.message }
    throw error
  }
  redirect(`${safeReturnPath(parsed.data.next, '/')}?bekraeftet=${parsed.data.note}`)
}

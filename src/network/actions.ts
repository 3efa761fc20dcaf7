'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPortalPayload, getViewer } from '@/queries/session'

import { canReadNetwork } from './access'
import { issueCalendarLink } from './calendar/links'
import { networkPaths } from './paths'

const idSchema = z.coerce.number().int().positive().max(2_147_483_647)

/**
 * »Lav (nyt) kalenderlink« on a network's page: a personal, signed iCalendar link for a plan that
 * is not public; the person's earlier link to it stops working. A POST that works without JS.
 */
export async function calendarLinkAction(formData: FormData) {
  const raw = formData.get('locale')
  const locale = isLocale(raw) ? raw : defaultLocale
  const user = await getViewer()
  const id = idSchema.safeParse(formData.get('network'))
  if (!user || !id.success) redirect(networkPaths.list(locale))
  const payload = await getPortalPayload()
  const network = await payload
    .findByID({ collection: 'networks', id: id.data, depth: 0, overrideAccess: false, user })
    .catch(() => null)
  if (!network || !canReadNetwork(user, network)) redirect(networkPaths.list(locale))
  await issueCalendarLink(payload, user.id, network.id)
  redirect(`${networkPaths.page(locale, String(network.slug))}?kalender=ny#kalender`)
}

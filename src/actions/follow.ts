'use server'

import { redirect } from 'next/navigation'
import { APIError, ValidationError } from 'payload'
import { z } from 'zod'

import { lawValues } from '@/domain/options'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { localePrefix } from '@/domain/urls'
import { SUBSCRIPTIONS_SLUG } from '@/legislation/follow/collections/subscriptions'
import { followPaths } from '@/legislation/follow/paths'
import { getPortalPayload, getViewer } from '@/queries/session'

const idSchema = z.coerce.number().int().positive().max(2_147_483_647)
const followForm = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topic: idSchema }),
  z.object({ kind: z.literal('law'), law: z.enum(lawValues as [string, ...string[]]) }),
])

function back(formData: FormData, query: string): never {
  const raw = formData.get('locale')
  const locale = isLocale(raw) ? raw : defaultLocale
  redirect(`${localePrefix(locale)}${followPaths.manage}?${query}`)
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === 'string' ? value : undefined
}

/**
 * »Følg« on /foelg: starts following a topic or a law, as the logged-in person (the collection's
 * access and hook decide; a second time is refused in words). A POST (server action) that works
 * without JavaScript and returns to the page with a message.
 */
export async function followAction(formData: FormData) {
  const user = await getViewer()
  if (!user) back(formData, 'fejl=login')
  const parsed = followForm.safeParse({
    kind: field(formData, 'kind'),
    topic: field(formData, 'topic') || undefined,
    law: field(formData, 'law') || undefined,
  })
  if (!parsed.success) back(formData, 'fejl=valg')
  let problem: string | null = null
  try {
    const payload = await getPortalPayload()
    await payload.create({
      collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
      data: { ...parsed.data, user: user.id } as never,
      depth: 0,
      overrideAccess: false,
      user,
    })
  } catch (error) {
    if (error instanceof ValidationError) {
      problem = error.data.errors.some((e) => /allerede/.test(e.message)) ? 'allerede' : 'valg'
    } else if (error instanceof APIError && error.status < 500) {
      problem = 'valg'
    } else throw error
  }
  back(formData, problem ? `fejl=${problem}` : 'fulgt=1')
}

/** »Stop« on /foelg: ends one of the logged-in person's own subscriptions. */
export async function unfollowAction(formData: FormData) {
  const user = await getViewer()
  if (!user) back(formData, 'fejl=login')
  const id = idSchema.safeParse(field(formData, 'id'))
  if (!id.success) back(formData, 'fejl=findes')
  const payload = await getPortalPayload()
  // Access decides: only the person's own subscription (or an admin's) is deleted.
  const { docs } = await payload.delete({
    collection: SUBSCRIPTIONS_SLUG as 'subscriptions',
    where: { id: { equals: id.data } },
    depth: 0,
    overrideAccess: false,
    user,
  })
  back(formData, docs.length > 0 ? 'stoppet=1' : 'fejl=findes')
}

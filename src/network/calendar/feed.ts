import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { absoluteUrl } from '@/mail/signedLinks'
import { relationId } from '@/utilities/relationId'

import { canReadNetwork } from '../access'
import { activityGenres, activityStatuses } from '../options'
import { networkPaths } from '../paths'
import { type CalendarEvent, renderCalendar } from './ics'
import { liveCalendarLink, readCalendarToken } from './links'

export type FeedAnswer = { status: number; body: string; contentType: string; cache: string }

const text = (status: number, message: string): FeedAnswer => ({
  status,
  body: `${message}\n`,
  contentType: 'text/plain; charset=utf-8',
  cache: 'no-store',
})

/** Activities from a year back onwards: a calendar needs the coming ones and some history. */
const HISTORY_DAYS = 366

const statusOf = (status: string | null | undefined): CalendarEvent['status'] =>
  status === 'cancelled' ? 'CANCELLED' : status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'

/**
 * GET /netvaerk/<slug>/aarsplan.ics: the plan of a public network for anyone; of any other network
 * with `?t=<token>`, the signed, revocable link of a person who may read it. The feed carries what
 * that reader may read (the activities' own read access runs with the person as user).
 */
export async function loadPlanFeed(
  payload: Payload,
  slug: string,
  token: string | null,
  now = new Date(),
): Promise<FeedAnswer> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return text(404, 'Netværket findes ikke.')
  // access: finding the network by its address; who may read its plan is decided below.
  const { docs } = await payload.find({
    collection: 'networks',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const network = docs[0]
  if (!network) return text(404, 'Netværket findes ikke.')

  let user: User | null = null
  if (token !== null) {
    const check = readCalendarToken(token, now)
    if (!check.ok)
      return text(403, 'Kalenderlinket er ikke gyldigt. Hent et nyt link på netværkets side.')
    const link = await liveCalendarLink(payload, check.linkId)
    if (!link || link.network !== network.id)
      return text(403, 'Kalenderlinket er tilbagekaldt. Hent et nyt link på netværkets side.')
    // access: the person the link belongs to, to read the plan as them.
    const person = await payload.findByID({
      collection: 'users',
      id: link.user!,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!person || (person as { deactivatedAt?: string | null }).deactivatedAt)
      return text(403, 'Kalenderlinket hører til en konto, der er lukket.')
    user = person as User
    if (!canReadNetwork(user, network))
      return text(403, 'Du har ikke længere adgang til netværkets årsplan.')
  } else if (network.visibility !== 'public') {
    return text(
      401,
      'Årsplanen er ikke offentlig. Log ind og hent dit personlige kalenderlink på netværkets side.',
    )
  }

  const { docs: activities } = await payload.find({
    collection: 'network-activities',
    where: {
      and: [
        { network: { equals: network.id } },
        {
          startsAt: {
            greater_than_equal: new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString(),
          },
        },
      ],
    },
    sort: 'startsAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    ...(user ? { user } : {}),
  })
  const municipalityIds = [
    ...new Set(activities.map((a) => relationId(a.hostMunicipality)).filter(Boolean)),
  ] as number[]
  // access: municipalities are readable by anyone.
  const municipalities = municipalityIds.length
    ? (
        await payload.find({
          collection: 'municipalities',
          where: { id: { in: municipalityIds } },
          select: { name: true },
          depth: 0,
          pagination: false,
        })
      ).docs
    : []
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]))
  const page = absoluteUrl(networkPaths.page('da', String(network.slug)))
  const genre = new Map(activityGenres.map((g) => [g.value as string, g.da]))
  const statusLabel = new Map(activityStatuses.map((s) => [s.value as string, s.da]))

  const events: CalendarEvent[] = activities.map((activity) => {
    const host = municipalityName.get(relationId(activity.hostMunicipality) ?? -1)
    const description = [
      `Formål: ${activity.purpose}`,
      `Genre: ${genre.get(activity.genre) ?? activity.genre}`,
      `Forventet produkt: ${activity.expectedProduct}`,
      host ? `Værtskommune: ${host}` : '',
      `Status: ${statusLabel.get(activity.status) ?? activity.status}`,
      `Årsplan: ${page}#aarsplan`,
    ].filter(Boolean)
    return {
      uid: `network-activity-${activity.id}@videnportal`,
      start: new Date(activity.startsAt),
      end: activity.endsAt ? new Date(activity.endsAt) : undefined,
      summary: activity.status === 'cancelled' ? `AFLYST: ${activity.title}` : activity.title,
      description: description.join('\n'),
      location: [activity.place, host].filter(Boolean).join(', ') || undefined,
      url: `${page}#aktivitet-${activity.id}`,
      status: statusOf(activity.status),
      categories: [genre.get(activity.genre) ?? activity.genre],
      lastModified: new Date(activity.updatedAt),
    }
  })
  return {
    status: 200,
    body: renderCalendar(
      { name: `Årsplan: ${network.name}`, description: network.summary ?? undefined, events },
      now,
    ),
    contentType: 'text/calendar; charset=utf-8',
    cache: network.visibility === 'public' && !user ? 'public, max-age=300' : 'private, no-store',
  }
}

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { relationId } from '@/utilities/relationId'

export type MyFollowUp = {
  meeting: { id: number; title: string; startsAt: string }
  network: { name: string; slug: string }
  what: string
  due: string
  overdue: boolean
}

/**
 * The open follow-ups that name this user as responsible, earliest deadline first, from the
 * meetings the user may read (the meetings' own read access, as the user).
 */
export async function followUpsOf(
  payload: Payload,
  user: User,
  now = new Date(),
): Promise<MyFollowUp[]> {
  const { docs: meetings } = await payload.find({
    collection: 'network-meetings',
    where: {
      and: [
        { 'minutes.followUps.responsible': { equals: user.id } },
        { 'minutes.followUps.status': { equals: 'open' } },
      ],
    },
    select: { title: true, startsAt: true, network: true, minutes: { followUps: true } },
    depth: 0,
    limit: 500,
    overrideAccess: false,
    user,
  })
  const networkIds = [...new Set(meetings.map((m) => relationId(m.network)))].filter(
    (id): id is number => id !== undefined,
  )
  const { docs: networks } = networkIds.length
    ? await payload.find({
        collection: 'networks',
        where: { id: { in: networkIds } },
        select: { name: true, slug: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
    : { docs: [] }
  const byId = new Map(networks.map((n) => [n.id, n]))
  const today = now.toISOString().slice(0, 10)
  const list: MyFollowUp[] = []
  for (const meeting of meetings) {
    const network = byId.get(relationId(meeting.network) ?? -1)
    if (!network) continue
    for (const followUp of meeting.minutes?.followUps ?? []) {
      if (followUp.status !== 'open' || relationId(followUp.responsible) !== user.id) continue
      list.push({
        meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt },
        network: { name: network.name, slug: String(network.slug) },
        what: followUp.what,
        due: followUp.due,
        overdue: followUp.due.slice(0, 10) < today,
      })
    }
  }
  return list.sort((a, b) => a.due.localeCompare(b.due))
}

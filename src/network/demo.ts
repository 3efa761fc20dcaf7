import type { Payload } from 'payload'

import { demoUsers } from '@/seed/demoUsers'

const context = { disableRevalidate: true }

/**
 * The sample content names people by name and title (content/ holds no user accounts). With the
 * demo users in place, the seed links them: the demo consultant leads the networks that have no
 * leader, and an activity or a follow-up whose responsible person carries a demo user's name is
 * put on that user, the name kept for export (so »Mine opfølgninger« and the reminders have
 * something to show). Trusted
 * seed code, run once after the demo users; running it again changes nothing.
 */
export async function linkDemoNetworkPeople(payload: Payload): Promise<{ linked: number }> {
  // access: the seed reads and links its own sample content.
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { email: { in: demoUsers.map((u) => u.email) } },
    select: { name: true, email: true, role: true },
    depth: 0,
    pagination: false,
  })
  const byName = new Map(users.map((u) => [u.name, u.id]))
  const leader = users.find((u) => u.role === 'consultant')
  let linked = 0

  if (leader) {
    const { docs } = await payload.update({
      collection: 'networks',
      where: { leader: { exists: false } },
      data: { leader: leader.id },
      depth: 0,
      context,
    })
    linked += docs.length
  }

  const { docs: activities } = await payload.find({
    collection: 'network-activities',
    where: {
      and: [{ responsible: { exists: false } }, { responsibleName: { in: [...byName.keys()] } }],
    },
    select: { responsibleName: true },
    depth: 0,
    pagination: false,
  })
  for (const activity of activities) {
    await payload.update({
      collection: 'network-activities',
      id: activity.id,
      data: { responsible: byName.get(activity.responsibleName ?? '') },
      depth: 0,
      context,
    })
    linked++
  }

  const { docs: meetings } = await payload.find({
    collection: 'network-meetings',
    where: { 'minutes.followUps.responsibleName': { in: [...byName.keys()] } },
    select: { minutes: true },
    depth: 0,
    pagination: false,
  })
  for (const meeting of meetings) {
    const followUps = (meeting.minutes?.followUps ?? []).map((followUp) => {
      const user = followUp.responsibleName ? byName.get(followUp.responsibleName) : undefined
      if (!user || followUp.responsible) return followUp
      linked++
      return { ...followUp, responsible: user }
    })
    await payload.update({
      collection: 'network-meetings',
      id: meeting.id,
      data: { minutes: { ...meeting.minutes, followUps } },
      depth: 0,
      context,
    })
  }
  return { linked }
}

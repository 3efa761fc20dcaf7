import type { Payload } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import { relationId } from '@/utilities/relationId'

import { networkPaths } from '../paths'
import { FOLLOW_UP_NOTICE_DAYS, reminderStage } from './stages'

export type FollowUpReport = { reminded: number; skipped: number }

type FollowUpRow = {
  id?: string | null
  what: string
  responsible?: unknown
  due?: string | null
  status?: string | null
}

/**
 * Open follow-ups from meeting minutes as reminders to the person responsible (a user): a week
 * before the deadline and on the day (caught up for 14 days). One mail per follow-up and stage.
 */
export async function remindOfFollowUps(payload: Payload, now: Date): Promise<FollowUpReport> {
  const report: FollowUpReport = { reminded: 0, skipped: 0 }
  const horizon = new Date(now.getTime() + (FOLLOW_UP_NOTICE_DAYS + 1) * 86_400_000)
  // access: the reminder job reads every meeting with an open follow-up coming due.
  const { docs } = await payload.find({
    collection: 'network-meetings',
    where: {
      and: [
        { 'minutes.followUps.status': { equals: 'open' } },
        { 'minutes.followUps.due': { less_than_equal: horizon.toISOString() } },
      ],
    },
    select: { title: true, startsAt: true, network: true, minutes: { followUps: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const networkIds = [...new Set(docs.map((doc) => relationId(doc.network)).filter(Boolean))]
  // access: names and slugs of the networks, for the mails.
  const networks = networkIds.length
    ? (
        await payload.find({
          collection: 'networks',
          where: { id: { in: networkIds } },
          select: { name: true, slug: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  const networkById = new Map(networks.map((n) => [n.id, n]))
  const addresses = new Map<number, string | undefined>()

  for (const meeting of docs) {
    const network = networkById.get(relationId(meeting.network) ?? -1)
    if (!network) continue
    for (const followUp of (meeting.minutes?.followUps ?? []) as FollowUpRow[]) {
      if (followUp.status !== 'open') continue
      const stage = reminderStage(followUp.due, now, FOLLOW_UP_NOTICE_DAYS)
      const userId = relationId(followUp.responsible)
      if (!stage || userId === undefined) continue
      if (!addresses.has(userId)) {
        // access: the system reads the responsible person's address to remind them.
        const user = await payload.findByID({
          collection: 'users',
          id: userId,
          select: { email: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
        addresses.set(userId, user?.email ?? undefined)
      }
      const to = addresses.get(userId)
      if (!to) {
        report.skipped++
        continue
      }
      const when = formatDanishDate(stage.day)
      const result = await queueMail(payload, {
        to,
        subject:
          stage.stage === 'soon'
            ? `Opfølgning senest ${when}: ${network.name}`
            : `Frist i dag eller overskredet: opfølgning i ${network.name}`,
        content: {
          intro: [
            `På mødet »${meeting.title}« den ${formatDanishDate(meeting.startsAt)} blev du ansvarlig for en opfølgning, som skal være klar senest ${when}:`,
          ],
          items: [{ text: followUp.what }],
          action: { label: 'Se dine opfølgninger', url: absoluteUrl(networkPaths.followUps('da')) },
          outro: ['Marker opfølgningen som udført i referatet, når den er klaret.'],
        },
        reason: `du står som ansvarlig for en opfølgning i netværket ${network.name}`,
        topic: 'networkReminders',
        recipient: userId,
        dedupeKey: `network-follow-up:${meeting.id}:${followUp.id ?? followUp.what.slice(0, 40)}:${stage.day}:${stage.stage}`,
        now,
      })
      if (result === 'queued') report.reminded++
      else report.skipped++
    }
  }
  return report
}

import type { Payload } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import { relationId } from '@/utilities/relationId'

import { networkPaths } from '../paths'
import { EVALUATION_NOTICE_DAYS, reminderStage } from './stages'

export type EvaluationReport = { reminded: number; skipped: number }

/**
 * The kommissorium's evaluation date as a reminder to the network leader: one mail 30 days ahead
 * and one on the day (caught up for up to 14 days if the job did not run). Once per stage and date:
 * a moved date is announced again.
 */
export async function remindOfEvaluations(payload: Payload, now: Date): Promise<EvaluationReport> {
  const report: EvaluationReport = { reminded: 0, skipped: 0 }
  const horizon = new Date(now.getTime() + (EVALUATION_NOTICE_DAYS + 1) * 86_400_000)
  // access: the reminder job reads every network with an evaluation date coming up.
  const { docs } = await payload.find({
    collection: 'networks',
    where: {
      and: [
        { 'kommissorium.evaluation.date': { less_than_equal: horizon.toISOString() } },
        {
          'kommissorium.evaluation.date': {
            greater_than_equal: new Date(now.getTime() - 16 * 86_400_000).toISOString(),
          },
        },
        { leader: { exists: true } },
      ],
    },
    select: { name: true, slug: true, leader: true, kommissorium: { evaluation: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const network of docs) {
    const stage = reminderStage(network.kommissorium?.evaluation?.date, now, EVALUATION_NOTICE_DAYS)
    const leaderId = relationId(network.leader)
    if (!stage || leaderId === undefined) continue
    // access: the system reads the leader's address to remind them.
    const leader = await payload.findByID({
      collection: 'users',
      id: leaderId,
      select: { email: true, name: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!leader?.email) {
      report.skipped++
      continue
    }
    const when = formatDanishDate(stage.day)
    const subject =
      stage.stage === 'soon'
        ? `Evaluering af ${network.name} den ${when}`
        : `I dag: evaluering af ${network.name}`
    const result = await queueMail(payload, {
      to: leader.email,
      subject,
      content: {
        intro: [
          stage.stage === 'soon'
            ? `Netværket ${network.name} skal evalueres den ${when} (om ${stage.days} dage), som kommissoriet fastsætter.`
            : `Netværket ${network.name} skulle evalueres den ${when}, som kommissoriet fastsætter.`,
          network.kommissorium?.evaluation?.text
            ? `Kommissoriet siger: ${network.kommissorium.evaluation.text}`
            : 'Kommissoriet beskriver ikke, hvordan der evalueres: overvej at tilføje det.',
        ],
        action: {
          label: 'Se kommissoriet',
          url: absoluteUrl(networkPaths.page('da', String(network.slug))),
        },
        outro: ['Når evalueringen er holdt, kan du sætte en ny evalueringsdato i kommissoriet.'],
      },
      reason: `du er netværksleder for ${network.name}`,
      topic: 'networkReminders',
      recipient: leaderId,
      dedupeKey: `network-evaluation:${network.id}:${stage.day}:${stage.stage}`,
      now,
    })
    if (result === 'queued') report.reminded++
    else report.skipped++
  }
  return report
}

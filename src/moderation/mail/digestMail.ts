import { formatDanishDate } from '@/domain/danishDate'
import type { MailContent } from '@/mail/queueMail'

export type QueuedChange = {
  collection: string
  id: number
  /** The Danish singular label of its kind ("Tilbud", "Organisation" …). */
  kind: string
  title: string
  submittedAt: Date
  isNew: boolean
  /** The consultant responsible for the listing, when it names one. */
  responsibleConsultant?: number | null
}

const DAY = 24 * 60 * 60 * 1000

const waited = (since: Date, now: Date) => {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY)
  if (days <= 0) return 'i dag'
  return days === 1 ? '1 dag' : `${days} dage`
}

/**
 * The morning digest of the review queue for one consultant: the changes that wait, oldest first,
 * those they are responsible for before the rest. Pure; `link(item)` gives each item's address.
 */
export function reviewDigestMail({
  consultantId,
  items,
  now,
  queueUrl,
  link,
}: {
  consultantId: number
  items: QueuedChange[]
  now: Date
  queueUrl: string
  link: (item: QueuedChange) => string
}): { subject: string; content: MailContent; reason: string } {
  const mine = (item: QueuedChange) => item.responsibleConsultant === consultantId
  const sorted = [...items].sort(
    (a, b) =>
      Number(mine(b)) - Number(mine(a)) || a.submittedAt.getTime() - b.submittedAt.getTime(),
  )
  const count = items.length
  const oldest = sorted.reduce<Date | undefined>(
    (min, item) => (!min || item.submittedAt < min ? item.submittedAt : min),
    undefined,
  )
  const own = items.filter(mine).length
  return {
    subject:
      count === 1 ? '1 ændring venter på gennemsyn' : `${count} ændringer venter på gennemsyn`,
    reason:
      'Du får denne e-mail, fordi du er udviklingskonsulent på Videnportalen, og konsulenterne gennemser de ændringer, organisationernes redaktører indsender.',
    content: {
      intro: [
        `God morgen. ${count === 1 ? 'Én ændring' : `${count} ændringer`} fra organisationernes redaktører venter på gennemsyn${oldest ? `; den ældste har ventet ${waited(oldest, now)}` : ''}.`,
        ...(own > 0
          ? [
              `${own === 1 ? 'Den første er et opslag' : `De første ${own} er opslag`}, du er ansvarlig konsulent for.`,
            ]
          : []),
      ],
      items: sorted.map((item) => ({
        text: `${item.kind}: »${item.title}« – ${item.isNew ? 'nyt opslag' : 'ændring'}, indsendt ${formatDanishDate(item.submittedAt.toISOString())} (${waited(item.submittedAt, now)})${mine(item) ? ' – du er ansvarlig' : ''}`,
        url: link(item),
      })),
      action: { label: 'Åbn Til gennemsyn', url: queueUrl },
    },
  }
}

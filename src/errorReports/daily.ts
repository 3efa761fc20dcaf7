import type { Payload, Where } from 'payload'

import {
  ERROR_REPORT_ESCALATION_WORKING_DAYS,
  type ErrorReportTarget,
  openErrorReportStatuses,
  closedErrorReportStatuses,
  REPORTER_EMAIL_RETENTION_DAYS,
} from '@/domain/errorReports'
import { copenhagenDay, formatDanishDate } from '@/domain/danishDate'
import { addWorkingDays } from '@/domain/workingDays'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import type { ErrorReport } from '@/payload-types'
import { secretariat } from '@/queries/owners'

import { categoryLabel, describeTarget } from './describeTarget'

const DAY_MS = 24 * 60 * 60 * 1000

export type DailyReport = { escalated: number; emailsDeleted: number }

/**
 * The daily work on error reports, at `now` (both steps are idempotent: a second run the same day
 * finds nothing new and mails nobody twice).
 */
export async function runErrorReportsDaily(payload: Payload, now: Date): Promise<DailyReport> {
  const escalated = await escalateErrorReports(payload, now)
  const emailsDeleted = await deleteReporterEmails(payload, now)
  return { escalated, emailsDeleted }
}

/**
 * Reports open longer than 5 working days (Danish public holidays are not working days) that were
 * not escalated yet go to the secretariat (every admin), in one mail per person per day, and are
 * marked escalated, so each escalates once. Returns how many escalated.
 */
export async function escalateErrorReports(payload: Payload, now: Date): Promise<number> {
  // access: system job over every report (no user).
  const open = await payload.find({
    collection: 'error-reports',
    where: {
      and: [
        { status: { in: [...openErrorReportStatuses] } },
        { escalatedAt: { exists: false } },
        // 5 working days are at least 5 calendar days: a coarse cut before the exact rule.
        { createdAt: { less_than_equal: new Date(now.getTime() - 5 * DAY_MS).toISOString() } },
      ],
    },
    depth: 0,
    limit: 500,
    sort: 'createdAt',
    overrideAccess: true,
  })
  const overdue = (open.docs as ErrorReport[]).filter(
    (report) =>
      addWorkingDays(new Date(report.createdAt), ERROR_REPORT_ESCALATION_WORKING_DAYS) <= now,
  )

  if (overdue.length) {
    const items = []
    for (const report of overdue) {
      const described = await describeTarget(
        payload,
        report.target as { relationTo: ErrorReportTarget; value: unknown },
      )
      items.push({
        text: `${described?.title ?? 'Ukendt opslag'}: ${categoryLabel(report.category)}, meldt ${formatDanishDate(report.createdAt)}`,
        url: absoluteUrl(`/admin/collections/error-reports/${report.id}`),
      })
    }
    const admins = await secretariat(payload)
    const day = copenhagenDay(now)
    for (const admin of admins) {
      await queueMail(payload, {
        to: admin.email,
        subject:
          overdue.length === 1
            ? 'En fejlmelding har ventet mere end 5 arbejdsdage'
            : `${overdue.length} fejlmeldinger har ventet mere end 5 arbejdsdage`,
        content: {
          intro: [
            'Disse fejlmeldinger fra læsere har været åbne i mere end 5 arbejdsdage uden at blive lukket:',
          ],
          items,
          action: {
            label: 'Se alle åbne fejlmeldinger',
            url: absoluteUrl(
              '/admin/collections/error-reports?where[status][in][0]=new&where[status][in][1]=in-progress',
            ),
          },
          outro: [
            'Ejeren og den ansvarlige konsulent fik meldingerne, da de kom ind. Sørg for, at nogen tager sig af dem.',
          ],
        },
        reason:
          'Du får denne e-mail, fordi du er i sekretariatet, der følger op på fejlmeldinger, som ikke bliver behandlet.',
        topic: 'secretariatAlerts',
        recipient: admin.id,
        dedupeKey: `error-report-escalation:${admin.id}:${day}`,
      })
    }
    // access: system job marks what it escalated.
    await payload.update({
      collection: 'error-reports',
      where: { id: { in: overdue.map((report) => report.id) } },
      data: { escalatedAt: now.toISOString() },
      depth: 0,
      overrideAccess: true,
    })
  }
  return overdue.length
}

/**
 * Deletes the reporter's e-mail address from reports closed 30 days ago or more, and the answer
 * mailed to it from the outbox (the address is in that row too), as /privatliv promises.
 */
export async function deleteReporterEmails(payload: Payload, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - REPORTER_EMAIL_RETENTION_DAYS * DAY_MS)
  const where: Where = {
    and: [
      { status: { in: [...closedErrorReportStatuses] } },
      { closedAt: { less_than_equal: cutoff.toISOString() } },
      { reporterEmail: { exists: true } },
    ],
  }
  // access: system job reads the reports whose addresses are due for deletion.
  const due = await payload.find({
    collection: 'error-reports',
    where,
    depth: 0,
    limit: 1000,
    pagination: false,
    select: { reporterEmail: true },
    overrideAccess: true,
  })
  if (due.docs.length === 0) return 0
  for (const report of due.docs) {
    // access: system job deletes the answer mails (and with them the address) from the outbox.
    await payload.delete({
      collection: 'mail-outbox',
      where: { dedupeKey: { like: `error-report-answer:${report.id}:` } },
      overrideAccess: true,
    })
  }
  // access: system job deletes personal data after its time.
  const purged = await payload.update({
    collection: 'error-reports',
    where: { id: { in: due.docs.map((report) => report.id) } },
    data: { reporterEmail: null },
    depth: 0,
    overrideAccess: true,
  })
  return purged.docs.length
}

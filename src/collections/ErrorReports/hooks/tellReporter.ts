import type { CollectionAfterChangeHook } from 'payload'

import {
  type ErrorReportTarget,
  isClosedStatus,
  REPORTER_EMAIL_RETENTION_DAYS,
} from '@/domain/errorReports'
import { formatDanishDate } from '@/domain/danishDate'
import { describeTarget } from '@/errorReports/describeTarget'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import type { ErrorReport } from '@/payload-types'

/**
 * When a report is closed (fixed or rejected), the reporter who gave an e-mail address receives
 * the resolution note. Once per closing: the dedupe key carries the moment it was closed, so a
 * report that is reopened and closed again answers again.
 */
export const tellReporter: CollectionAfterChangeHook<ErrorReport> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  if (!isClosedStatus(doc.status) || isClosedStatus(previousDoc?.status)) return doc
  if (!doc.reporterEmail) return doc
  try {
    const target = doc.target as { relationTo: ErrorReportTarget; value: unknown }
    const described = await describeTarget(req.payload, target, req)
    const title = described?.title ?? 'et opslag'
    await queueMail(req.payload, {
      to: doc.reporterEmail,
      subject: `Svar på din fejlmelding om »${title}«`,
      content: {
        intro: [
          `Tak, fordi du ${formatDanishDate(doc.createdAt)} meldte en fejl i »${title}« på Videnportalen.`,
          doc.status === 'fixed'
            ? 'Vi har rettet opslaget.'
            : 'Vi har set på din melding, men har ikke ændret opslaget.',
          ...(doc.resolutionNote ? [`Svar: ${doc.resolutionNote}`] : []),
        ],
        action:
          described?.publicPath && doc.status === 'fixed'
            ? { label: 'Se opslaget', url: absoluteUrl(described.publicPath) }
            : undefined,
        outro: [
          `Din e-mailadresse bruges kun til dette svar og slettes ${REPORTER_EMAIL_RETENTION_DAYS} dage efter, at meldingen er lukket.`,
        ],
      },
      reason:
        'Du får denne e-mail, fordi du meldte en fejl på Videnportalen og bad om svar på denne adresse.',
      dedupeKey: `error-report-answer:${doc.id}:${doc.closedAt ?? ''}`,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, report: doc.id }, 'error report: reporter not answered')
  }
  return doc
}

import type { CollectionAfterChangeHook } from 'payload'

import { type ErrorReportTarget } from '@/domain/errorReports'
import { categoryLabel, describeTarget } from '@/errorReports/describeTarget'
import { queueMail } from '@/mail/queueMail'
import { absoluteUrl } from '@/mail/signedLinks'
import type { ErrorReport } from '@/payload-types'
import { type Owner, ownersOfListing, ownersOfOrganization, secretariat } from '@/queries/owners'

/**
 * A new report is e-mailed to the owners of what it is about: the editors of the organization and
 * the responsible consultant (the listing's, else its organization's); the secretariat when there
 * is neither. Queued in the report's
 * transaction (a report that is not stored sends nothing); the dedupe key keeps a hook that fires
 * twice from mailing twice. A failure is logged, never thrown into the reader's report.
 */
export const notifyOwners: CollectionAfterChangeHook<ErrorReport> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  try {
    const target = doc.target as { relationTo: ErrorReportTarget; value: unknown }
    const described = await describeTarget(req.payload, target, req)
    if (!described) return doc
    const owners =
      described.collection === 'organizations'
        ? await ownersOfOrganization(req.payload, described.id, req)
        : await ownersOfListing(req.payload, described.collection, described.id, req)

    const recipients = new Map<
      number,
      { owner: Owner; as: 'editor' | 'consultant' | 'secretariat' }
    >()
    for (const editor of owners.editors) recipients.set(editor.id, { owner: editor, as: 'editor' })
    if (owners.consultant && !recipients.has(owners.consultant.id)) {
      recipients.set(owners.consultant.id, { owner: owners.consultant, as: 'consultant' })
    }
    // Nobody answers for it: the secretariat does.
    if (recipients.size === 0) {
      for (const admin of await secretariat(req.payload, req)) {
        recipients.set(admin.id, { owner: admin, as: 'secretariat' })
      }
    }

    for (const { owner, as } of recipients.values()) {
      await queueMail(req.payload, {
        to: owner.email,
        subject: `Fejlmelding: ${described.title}`,
        content: {
          intro: [
            `En læser har meldt en fejl i »${described.title}« på Videnportalen.`,
            `Hvad er forkert: ${categoryLabel(doc.category)}.`,
            `Beskrivelse: ${doc.text}`,
            doc.reporterEmail
              ? 'Læseren ønsker svar på e-mail og får det, når meldingen lukkes.'
              : 'Læseren har ikke bedt om svar.',
          ],
          items: described.publicPath
            ? [{ text: 'Siden på portalen', url: absoluteUrl(described.publicPath) }]
            : undefined,
          action: {
            label: 'Se fejlmeldingen',
            url: absoluteUrl(`/admin/collections/error-reports/${doc.id}`),
          },
          outro: [
            'Ret opslaget, hvis meldingen er rigtig; en konsulent sætter meldingens status og svarer læseren.',
            'Meldinger, der er åbne i mere end 5 arbejdsdage, sendes videre til sekretariatet.',
          ],
        },
        reason:
          as === 'editor'
            ? `Du får denne e-mail, fordi du er redaktør for organisationen bag »${described.title}«.`
            : as === 'consultant'
              ? `Du får denne e-mail, fordi du er ansvarlig konsulent for »${described.title}«.`
              : `Du får denne e-mail, fordi du er i sekretariatet, og ingen anden er ansvarlig for »${described.title}«.`,
        topic: 'errorReports',
        recipient: owner.id,
        dedupeKey: `error-report:${doc.id}:owner:${owner.id}`,
        req,
      })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, report: doc.id }, 'error report: owners not e-mailed')
  }
  return doc
}

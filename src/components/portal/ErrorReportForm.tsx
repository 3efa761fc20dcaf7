import {
  ERROR_REPORT_MAX_CHARS,
  errorReportCategoryValues,
  type ErrorReportTarget,
} from '@/domain/errorReports'
import { paths } from '@/domain/urls'
import { issueFormToken } from '@/errorReports/formToken'
import type { Locale } from '@/i18n/locales'

import { ErrorReportFormClient } from './ErrorReportForm.client'
import { errorReportTexts } from './errorReportTexts'
import './ErrorReportForm.css'

/**
 * "Meld en fejl" on a listing or organization page, for anyone: a disclosure with the form. The
 * form carries the moment it was shown, signed (the time trap), and a honeypot; the server action
 * does the rest (src/actions/errorReport.ts).
 */
export function ErrorReportForm({
  collection,
  id,
  locale,
}: {
  collection: ErrorReportTarget
  id: number
  locale: Locale
}) {
  const texts = errorReportTexts[locale]
  return (
    <ErrorReportFormClient
      targetCollection={collection}
      targetId={id}
      formToken={issueFormToken()}
      categories={errorReportCategoryValues.map((value) => ({
        value,
        label: texts.categories[value],
      }))}
      maxChars={ERROR_REPORT_MAX_CHARS}
      privacyPath={paths.privacy(locale)}
      texts={{
        summary: texts.summary,
        lead: texts.lead,
        category: texts.category,
        text: texts.text,
        textHint: texts.textHint(ERROR_REPORT_MAX_CHARS),
        email: texts.email,
        emailHint: texts.emailHint,
        honeypot: texts.honeypot,
        submit: texts.submit,
        sent: texts.sent,
        sentWithAnswer: texts.sentWithAnswer,
        privacy: texts.privacy,
        privacyLink: texts.privacyLink,
      }}
    />
  )
}

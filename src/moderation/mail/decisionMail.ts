import type { MailContent } from '@/mail/queueMail'

export type Decision = 'published' | 'returned'

/**
 * The e-mail an NGO editor gets when a consultant decides on their change: pure, so its words are
 * tested without a mail server. `kind` is the document's Danish singular label in lower case.
 */
export function decisionMail({
  decision,
  kind,
  title,
  comment,
  documentUrl,
  editUrl,
  countsAsVerification = false,
}: {
  decision: Decision
  kind: string
  title: string
  comment?: string | null
  /** The public page, when the document has one. */
  documentUrl?: string
  /** The document in the admin. */
  editUrl: string
  /** A listing's published change also confirms that it is correct (issue 13). */
  countsAsVerification?: boolean
}): { subject: string; content: MailContent; reason: string } {
  const reason = `Du får denne e-mail, fordi du har indsendt en ændring af ${kind} »${title}« til gennemsyn på Videnportalen.`
  if (decision === 'published') {
    return {
      subject: `Din ændring er offentliggjort: ${title}`,
      reason,
      content: {
        intro: [
          `En udviklingskonsulent har gennemset din ændring af ${kind} »${title}« og offentliggjort den.`,
          countsAsVerification
            ? 'Ændringen er nu synlig på Videnportalen, og den tæller som en bekræftelse af, at opslaget er korrekt.'
            : 'Ændringen er nu synlig på Videnportalen.',
        ],
        action: documentUrl
          ? { label: 'Se opslaget på Videnportalen', url: documentUrl }
          : { label: 'Åbn i administrationen', url: editUrl },
      },
    }
  }
  return {
    subject: `Din ændring er sendt tilbage: ${title}`,
    reason,
    content: {
      intro: [
        `En udviklingskonsulent har sendt din ændring af ${kind} »${title}« tilbage med denne kommentar:`,
      ],
      items: [{ text: comment?.trim() || '(ingen kommentar)' }],
      action: { label: 'Ret ændringen', url: editUrl },
      outro: [
        'Den offentliggjorte version er uændret, indtil en konsulent har godkendt ændringen. Ret kladden, og gem igen, så kommer den tilbage i køen.',
      ],
    },
  }
}

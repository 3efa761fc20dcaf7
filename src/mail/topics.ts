/**
 * The kinds of e-mail the portal sends that a person can stop, one home for their keys and Danish
 * labels. A mail with a topic carries a signed one-click link that stops that topic for its
 * recipient (src/mail/unsubscribe.ts); mails without one (an answer to a report someone sent) are
 * sent once and need none.
 */
export const MAIL_TOPICS = {
  reviewReminders: { da: 'Påmindelser om at bekræfte egne opslag', en: 'Review reminders' },
  reviewDigest: { da: 'Morgenoversigt over ændringer til gennemsyn', en: 'Review queue digest' },
  moderationDecisions: {
    da: 'Besked når en ændring er udgivet eller sendt retur',
    en: 'Moderation decisions',
  },
  errorReports: { da: 'Fejlmeldinger om egne opslag', en: 'Error reports' },
  followDigest: {
    da: 'Ugentlig e-mail om nyt i de emner og love, jeg følger',
    en: 'Weekly digest of the topics and acts I follow',
  },
  networkReminders: {
    da: 'Påmindelser fra netværk: evaluering og opfølgning',
    en: 'Network reminders: evaluation and follow-ups',
  },
  secretariatAlerts: {
    da: 'Eskaleringer til sekretariatet',
    en: 'Escalations to the secretariat',
  },
} as const satisfies Record<string, { da: string; en: string }>

export type MailTopic = keyof typeof MAIL_TOPICS

export const mailTopicKeys = Object.keys(MAIL_TOPICS) as MailTopic[]

export function isMailTopic(value: unknown): value is MailTopic {
  return typeof value === 'string' && value in MAIL_TOPICS
}

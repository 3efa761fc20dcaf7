import { _internal_jobSystemGlobals, type TaskConfig } from 'payload'

import { MAIL_OUTBOX_SLUG } from './outbox'

/** Attempts in all (the first and the retries) before a mail is marked as failed. */
export const MAIL_ATTEMPTS = 6

type OutboxRow = {
  id: number | string
  to: string
  subject: string
  text: string
  html: string
  status: string
  attempts?: number | null
  unsubscribeUrl?: string | null
}

/**
 * Delivers one outbox mail through Payload's e-mail adapter (nodemailer over SMTP_URL), retried
 * with growing pauses. Without SMTP the mail is kept in the outbox. A mail already sent or kept is
 * not sent again, so a job that runs twice sends once.
 */
export const sendMailTask = ({
  smtpConfigured,
}: {
  smtpConfigured: boolean
}): TaskConfig<{ input: { outboxId: number }; output: { status: string } }> => ({
  slug: 'sendMail',
  label: 'Send e-mail',
  inputSchema: [{ name: 'outboxId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: MAIL_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 30_000 } },
  concurrency: { key: ({ input }) => `mail:${input.outboxId}`, exclusive: true },
  handler: async ({ input, req }) => {
    const { payload } = req
    // access: system work of the mail job on the outbox.
    const mail = (await payload.findByID({
      collection: MAIL_OUTBOX_SLUG,
      id: input.outboxId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as OutboxRow | null
    if (!mail) return { output: { status: 'missing' } }
    if (mail.status === 'sent' || mail.status === 'kept') return { output: { status: mail.status } }

    const update = (data: Record<string, unknown>, inTransaction = true) =>
      payload.update({
        collection: MAIL_OUTBOX_SLUG,
        id: mail.id,
        data: data as never,
        depth: 0,
        overrideAccess: true,
        ...(inTransaction ? { req } : {}),
      })

    if (!smtpConfigured) {
      await update({ status: 'kept' })
      return { output: { status: 'kept' } }
    }

    const attempts = (mail.attempts ?? 0) + 1
    try {
      await payload.sendEmail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.unsubscribeUrl
          ? {
              headers: {
                // RFC 8058 one-click: mail programs POST to the API; people get the page.
                'List-Unsubscribe': `<${mail.unsubscribeUrl.replace('/afmeld?', '/api/mail/unsubscribe?')}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              },
            }
          : {}),
      })
    } catch (error) {
      await update(
        {
          attempts,
          error: (error as Error).message.slice(0, 500),
          status: attempts >= MAIL_ATTEMPTS ? 'failed' : 'queued',
        },
        // Outside the job's transaction: the failure must be recorded although the job throws.
        false,
      )
      throw error
    }
    await update({
      status: 'sent',
      attempts,
      error: null,
      sentAt: _internal_jobSystemGlobals.getCurrentDate().toISOString(),
    })
    return { output: { status: 'sent' } }
  },
})

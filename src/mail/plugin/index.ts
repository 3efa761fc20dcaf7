import type { CollectionConfig, Config, EmailAdapter, Field, Plugin } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { isAdminOrSelfField } from '@/access/canReadUsers'

import { MAIL_TOPICS } from '../topics'
import { MAIL_OUTBOX_SLUG, MailOutbox } from './outbox'
import { sendMailTask } from './sendMail'
import { unsubscribeEndpoint } from './unsubscribeEndpoint'

export type MailPluginOptions = {
  /** smtp:// or smtps:// URL with credentials; without it mail is kept in the outbox. */
  smtpUrl?: string
  /** `Name <address>` or an address. */
  from: string
}

export function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1] || 'Videnportal', address: match[2]! }
  return { name: 'Videnportal', address: from.trim() }
}

/**
 * Without SMTP, Payload's own mails (a forgotten password) land in the outbox too, where the
 * secretariat reads them, instead of only in the server log.
 */
const outboxAdapter =
  (from: { name: string; address: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'videnportal-outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      const text =
        typeof message.text === 'string' && message.text
          ? message.text
          : html
              .replace(/<[^>]+>/g, ' ')
              .replace(/\s+/g, ' ')
              .trim()
      // access: the system writes the outbox.
      return payload.create({
        collection: MAIL_OUTBOX_SLUG,
        data: {
          to: String(Array.isArray(message.to) ? message.to[0] : message.to),
          subject: String(message.subject ?? ''),
          reason: 'Du får denne e-mail, fordi der blev bedt om den på Videnportalen.',
          text: text || '(tom)',
          html: html || `<pre>${text}</pre>`,
          status: 'kept',
        } as never,
        overrideAccess: true,
      })
    },
  })

const mailOptOutField: Field = {
  name: 'mailOptOut',
  type: 'select',
  hasMany: true,
  options: Object.entries(MAIL_TOPICS).map(([value, label]) => ({ value, label })),
  label: { da: 'E-mails jeg har fravalgt', en: 'E-mails I have stopped' },
  // A person's own business: others see name and title only (src/access/canReadUsers.ts).
  access: { read: isAdminOrSelfField },
  admin: {
    description: {
      da: 'Den slags e-mails, du ikke vil have. Hver e-mail har også et link, der stopper sin slags.',
      en: 'Kinds of e-mail you do not want. Every e-mail also has a link that stops its kind.',
    },
  },
}

/**
 * E-mail as a configured plugin: Payload's nodemailer adapter over SMTP_URL (or the outbox
 * without it), the `mail-outbox` collection, the `sendMail` job, the users' opt-outs and the
 * one-click unsubscribe endpoint. Other features queue mail with `queueMail` (src/mail/queueMail.ts).
 */
export const mailPlugin =
  (options: MailPluginOptions): Plugin =>
  (incomingConfig: Config): Config => {
    const from = parseFrom(options.from)
    const withOptOut = (collection: CollectionConfig): CollectionConfig =>
      collection.slug === 'users'
        ? { ...collection, fields: [...collection.fields, mailOptOutField] }
        : collection
    return {
      ...incomingConfig,
      email: options.smtpUrl
        ? nodemailerAdapter({
            defaultFromAddress: from.address,
            defaultFromName: from.name,
            transport: nodemailer.createTransport(options.smtpUrl),
            // Verifying at start would make a slow mail server slow the start; jobs retry.
            skipVerify: true,
          })
        : outboxAdapter(from),
      collections: [...(incomingConfig.collections ?? []).map(withOptOut), MailOutbox],
      endpoints: [...(incomingConfig.endpoints ?? []), unsubscribeEndpoint],
      jobs: {
        ...incomingConfig.jobs,
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          sendMailTask({ smtpConfigured: Boolean(options.smtpUrl) }),
        ],
      },
    }
  }

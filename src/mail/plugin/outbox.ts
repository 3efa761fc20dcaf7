import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { danishDateField } from '@/fields/danishDate'

import { MAIL_TOPICS } from '../topics'

export const MAIL_OUTBOX_SLUG = 'mail-outbox'

export const mailStatuses = {
  queued: { da: 'I kø', en: 'Queued' },
  sent: { da: 'Sendt', en: 'Sent' },
  kept: { da: 'Gemt (ingen SMTP)', en: 'Kept (no SMTP)' },
  failed: { da: 'Fejlet', en: 'Failed' },
} as const
export type MailStatus = keyof typeof mailStatuses

const options = <T extends Record<string, { da: string; en: string }>>(labels: T) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/**
 * Every e-mail the portal sends, as it was sent: written by `queueMail`, delivered by the
 * `sendMail` job. Without SMTP_URL mail is kept here instead (status "kept"), which is the
 * embedded demo's outbox. Only the secretariat reads it; nobody writes it through the API.
 */
export const MailOutbox: CollectionConfig = {
  slug: MAIL_OUTBOX_SLUG,
  labels: {
    singular: { da: 'E-mail', en: 'E-mail' },
    plural: { da: 'Udbakke', en: 'Outbox' },
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  admin: {
    group: { da: 'Administration', en: 'Administration' },
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'topic', 'createdAt'],
    description: {
      da: 'Alle e-mails fra portalen. Uden SMTP-server (SMTP_URL) bliver de her i stedet for at blive sendt.',
      en: 'Every e-mail the portal sends. Without an SMTP server (SMTP_URL) they stay here instead.',
    },
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'email', required: true, label: { da: 'Til', en: 'To' }, index: true },
    { name: 'subject', type: 'text', required: true, label: { da: 'Emne', en: 'Subject' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: options(mailStatuses),
      label: { da: 'Status', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'select',
      options: options(MAIL_TOPICS),
      label: { da: 'Slags', en: 'Kind' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Modtager (bruger)', en: 'Recipient (user)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'text',
      required: true,
      label: { da: 'Hvorfor modtageren får den', en: 'Why the recipient gets it' },
    },
    { name: 'text', type: 'textarea', required: true, label: { da: 'Tekst', en: 'Text' } },
    {
      name: 'html',
      type: 'code',
      required: true,
      admin: { language: 'html' },
      label: { da: 'HTML', en: 'HTML' },
    },
    {
      name: 'unsubscribeUrl',
      type: 'text',
      label: { da: 'Afmeldingslink', en: 'Unsubscribe link' },
      admin: { hidden: true },
    },
    {
      // One mail per key, however many servers and hooks try (a digest per person and day).
      name: 'dedupeKey',
      type: 'text',
      unique: true,
      label: { da: 'Nøgle mod dubletter', en: 'Deduplication key' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { da: 'Forsøg', en: 'Attempts' },
      admin: { position: 'sidebar', readOnly: true },
    },
    danishDateField({
      name: 'sentAt',
      withTime: true,
      label: { da: 'Sendt', en: 'Sent' },
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'error',
      type: 'text',
      label: { da: 'Seneste fejl', en: 'Last error' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}

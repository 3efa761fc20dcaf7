// Stand-in for the lead's "Mail foundation" (same interface); replaced at merge.
import type { Payload, PayloadRequest } from 'payload'

export type MailContent = {
  intro: string[]
  items?: { text: string; url?: string }[]
  action?: { label: string; url: string }
  outro?: string[]
}

export async function queueMail(
  _payload: Payload,
  _mail: {
    to: string
    subject: string
    content: MailContent
    reason: string
    topic?: string
    recipient?: number
    dedupeKey?: string
    req?: PayloadRequest
  },
): Promise<'queued' | 'duplicate' | 'opted-out'> {
  throw new Error('queueMail: the mail foundation has not landed yet')
}

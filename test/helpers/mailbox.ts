/**
 * What reached the test run's SMTP server (test/helpers/smtpServer.ts), parsed by mailparser.
 * `waitFor` polls the mailbox directory for a message (the portal's jobs deliver it), so a test
 * waits for the event, never for a fixed time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { inject } from 'vitest'

export type ReceivedMail = {
  file: string
  /** Envelope recipients. */
  to: string[]
  from: string | null
  subject: string
  text: string
  html: string
  headers: Map<string, unknown>
  /** Every http(s) link in the plain-text part, in order. */
  links: string[]
}

const parsed = new Map<string, ReceivedMail>()

function mailboxDir(): string {
  const dir = inject('mailboxDir')
  if (!dir) throw new Error('no test mailbox: the services project global setup provides it')
  return dir
}

async function read(file: string): Promise<ReceivedMail> {
  const known = parsed.get(file)
  if (known) return known
  const dir = mailboxDir()
  const envelope = JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as {
    from: string | null
    to: string[]
  }
  const message = await simpleParser(readFileSync(path.join(dir, `${file}.eml`)))
  const text = message.text ?? ''
  const mail: ReceivedMail = {
    file,
    to: envelope.to,
    from: envelope.from,
    subject: message.subject ?? '',
    text,
    html: typeof message.html === 'string' ? message.html : '',
    headers: message.headers as Map<string, unknown>,
    links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]),
  }
  parsed.set(file, mail)
  return mail
}

export const mailbox = {
  /** Every message received so far in this test run, oldest first. */
  async all(): Promise<ReceivedMail[]> {
    const files = readdirSync(mailboxDir())
      .filter((name) => name.endsWith('.eml'))
      .map((name) => name.slice(0, -4))
      .sort()
    return Promise.all(files.map(read))
  },

  /** Messages to one address. */
  async to(address: string): Promise<ReceivedMail[]> {
    return (await this.all()).filter((mail) => mail.to.includes(address.toLowerCase()))
  },

  /** The first message that matches, once it has arrived; throws after `timeoutMs`. */
  async waitFor(
    predicate: (mail: ReceivedMail) => boolean,
    { timeoutMs = 20_000 }: { timeoutMs?: number } = {},
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs
    while (true) {
      const found = (await this.all()).find(predicate)
      if (found) return found
      if (Date.now() > deadline) {
        const subjects = (await this.all()).map((mail) => `${mail.to.join(',')}: ${mail.subject}`)
        throw new Error(`no such mail within ${timeoutMs} ms; received: ${subjects.join(' | ')}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  },
}

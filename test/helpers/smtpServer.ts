/**
 * A real SMTP server for the test run (npm smtp-server), in the global setup's process: every
 * message the portal sends over SMTP_URL is stored as an .eml file in `dir`, which test files read
 * through test/helpers/mailbox.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

export type TestSmtp = { url: string; dir: string; close: () => Promise<void> }

export async function startTestSmtp(dir: string): Promise<TestSmtp> {
  mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    // Plain SMTP on loopback, as a relay inside a municipality's network would accept it.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        count += 1
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((to) => to.address),
        }
        const name = `${Date.now()}-${String(count).padStart(5, '0')}`
        writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(envelope))
        writeFileSync(path.join(dir, `${name}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

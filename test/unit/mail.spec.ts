import { describe, expect, it } from 'vitest'

import { parseFrom } from '@/mail/plugin'
import { renderMail } from '@/mail/render'
import { absoluteUrl, signToken, verifyToken } from '@/mail/signedLinks'
import { readUnsubscribeToken } from '@/mail/unsubscribe'
import { unsubscribeToken } from '@/mail/queueMail'

const secret = 'unit-test-secret-0123456789'

describe('renderMail', () => {
  const content = {
    intro: ['Hej Nina', 'To opslag skal bekræftes <snart>.'],
    items: [{ text: 'Pusterummet & venner', url: 'http://localhost:3000/tilbud/pusterummet' }],
    action: { label: 'Bekræft opslagene', url: 'http://localhost:3000/bekraeft?t=abc' },
  }

  it('has a plain-text part with every word, the reason and the way to stop', () => {
    const { text } = renderMail(content, {
      reason: 'Du får denne e-mail, fordi du er redaktør for Pusterummet.',
      unsubscribeUrl: 'http://localhost:3000/afmeld?t=x',
    })
    expect(text).toContain('To opslag skal bekræftes <snart>.')
    expect(text).toContain('- Pusterummet & venner\n  http://localhost:3000/tilbud/pusterummet')
    expect(text).toContain('Bekræft opslagene:\nhttp://localhost:3000/bekraeft?t=abc')
    expect(text).toContain('Du får denne e-mail, fordi du er redaktør for Pusterummet.')
    expect(text).toContain('http://localhost:3000/afmeld?t=x')
  })

  it('escapes text in the HTML part and links only http(s)', () => {
    const { html } = renderMail(
      {
        intro: ['<script>alert(1)</script>'],
        action: { label: 'Klik', url: 'javascript:alert(1)' },
      },
      { reason: 'Fordi.' },
    )
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('lang="da"')
  })

  it('says nothing about stopping when the mail cannot be stopped', () => {
    const { text } = renderMail(
      { intro: ['Svar på din fejlmelding.'] },
      { reason: 'Fordi du bad om svar.' },
    )
    expect(text).not.toContain('afmeld')
    expect(text).not.toContain('Vil du ikke længere')
  })
})

describe('signed links', () => {
  const now = new Date('2026-12-01T10:00:00Z')
  const expiresAt = new Date('2026-12-15T10:00:00Z')
  const token = signToken({ purpose: 'confirm-listing', subject: 'offers:12', expiresAt }, secret)

  it('hold for their purpose until they expire', () => {
    expect(verifyToken(token, 'confirm-listing', now, secret)).toEqual({
      ok: true,
      subject: 'offers:12',
      expiresAt,
    })
    expect(verifyToken(token, 'confirm-listing', expiresAt, secret)).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('cannot be used for another purpose, altered or signed with another key', () => {
    expect(verifyToken(token, 'unsubscribe', now, secret)).toMatchObject({ reason: 'purpose' })
    const [body, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ p: 'confirm-listing', s: 'offers:13', e: 2_000_000_000 }),
    ).toString('base64url')
    expect(verifyToken(`${forged}.${signature}`, 'confirm-listing', now, secret)).toMatchObject({
      reason: 'signature',
    })
    expect(verifyToken(token, 'confirm-listing', now, 'another-secret-0123456789')).toMatchObject({
      reason: 'signature',
    })
    for (const junk of [
      undefined,
      42,
      '',
      '.',
      `${body}`,
      `${body}.${signature}.x`,
      'x'.repeat(2000),
    ]) {
      expect(verifyToken(junk, 'confirm-listing', now, secret).ok).toBe(false)
    }
  })

  it('build absolute links from SERVER_URL, else the local port', () => {
    expect(absoluteUrl('/afmeld?t=1', { SERVER_URL: 'https://portal.example.dk/' })).toBe(
      'https://portal.example.dk/afmeld?t=1',
    )
    expect(absoluteUrl('afmeld', { PORT: '4000' })).toBe('http://localhost:4000/afmeld')
  })
})

describe('unsubscribe tokens', () => {
  it('name one user and one kind of mail', () => {
    process.env.PAYLOAD_SECRET ??= secret
    const token = unsubscribeToken(7, 'reviewReminders', new Date())
    expect(readUnsubscribeToken(token)).toMatchObject({
      ok: true,
      target: { userId: '7', topic: 'reviewReminders' },
    })
    const other = signToken({
      purpose: 'unsubscribe',
      subject: 'user:7:everything',
      expiresAt: new Date(Date.now() + 60_000),
    })
    expect(readUnsubscribeToken(other)).toMatchObject({ ok: false, reason: 'malformed' })
  })
})

describe('MAIL_FROM', () => {
  it('reads a name and an address', () => {
    expect(parseFrom('Videnportal <noreply@example.dk>')).toEqual({
      name: 'Videnportal',
      address: 'noreply@example.dk',
    })
    expect(parseFrom('noreply@example.dk')).toEqual({
      name: 'Videnportal',
      address: 'noreply@example.dk',
    })
  })
})

import { describe, expect, it } from 'vitest'

import { escapeText, foldLine, renderCalendar } from '@/network/calendar/ics'
import { productLink, textBlocks } from '@/network/domain'
import { networkActivityInput, networkInput } from '@/network/import/sections'
import { kommissoriumHeadings } from '@/network/options'
import { reminderStage } from '@/network/reminders/stages'

describe('the annual plan as iCalendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('Møde; drøftelse, beslutning\\\nny linje')).toBe(
      'Møde\\; drøftelse\\, beslutning\\\\\\nny linje',
    )
    const long = `SUMMARY:${'æ'.repeat(60)}`
    const folded = foldLine(long)
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long)
  })

  it('renders a calendar with UTC times, a default hour and the status of each activity', () => {
    const body = renderCalendar(
      {
        name: 'Årsplan: Netværket',
        events: [
          {
            uid: 'network-activity-1@videnportal',
            start: new Date('2027-03-18T08:00:00Z'),
            summary: 'Temadag',
            status: 'TENTATIVE',
          },
        ],
      },
      new Date('2026-12-01T10:00:00Z'),
    )
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(body).toContain('DTSTART:20270318T080000Z\r\nDTEND:20270318T090000Z')
    expect(body).toContain('DTSTAMP:20261201T100000Z')
    expect(body).toContain('STATUS:TENTATIVE')
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(body.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
  })
})

describe('the kommissorium', () => {
  it('has exactly the headings of seed 001, in its order', () => {
    expect(kommissoriumHeadings.map((h) => h.da)).toEqual([
      'Formål med samarbejdet',
      'Baggrund for samarbejdet',
      'Indhold',
      'Beslutningskompetence',
      'Forventede resultater',
      'Sammenhæng',
      'Ressourcebehov',
      'Organisering',
      'Evaluering',
    ])
  })

  it('shows lines starting with "- " as a list and the rest as paragraphs', () => {
    expect(textBlocks('Erfaringen viser:\n- tidlig opsporing\n- helhed\n\nSidste afsnit.')).toEqual(
      [
        { kind: 'paragraph', text: 'Erfaringen viser:' },
        { kind: 'list', items: ['tidlig opsporing', 'helhed'] },
        { kind: 'paragraph', text: 'Sidste afsnit.' },
      ],
    )
  })
})

describe('reminders', () => {
  const now = new Date('2027-01-10T06:00:00Z')
  it('announces within the notice period, on the day and late for two weeks, never earlier', () => {
    expect(reminderStage('2027-03-01T12:00:00Z', now, 30)).toBeUndefined()
    expect(reminderStage('2027-02-01T12:00:00Z', now, 30)).toMatchObject({
      stage: 'soon',
      days: 22,
    })
    expect(reminderStage('2027-01-10T12:00:00Z', now, 30)).toMatchObject({ stage: 'due', days: 0 })
    expect(reminderStage('2026-12-30T12:00:00Z', now, 30)).toMatchObject({ stage: 'due' })
    expect(reminderStage('2026-12-01T12:00:00Z', now, 30)).toBeUndefined()
    expect(reminderStage(null, now, 30)).toBeUndefined()
  })
})

describe('the import format for networks', () => {
  it('refuses unknown genres, an end before the start and a product link that is neither a portal path nor https', () => {
    const activity = {
      externalId: 'a-1',
      network: 'n-1',
      title: 'Temadag',
      purpose: 'Fælles viden.',
      genre: 'temadag',
      expectedProduct: 'Notat.',
      startsAt: '2027-03-18T09:00+01:00',
    }
    expect(networkActivityInput.safeParse(activity).success).toBe(true)
    expect(networkActivityInput.safeParse({ ...activity, genre: 'fest' }).success).toBe(false)
    expect(
      networkActivityInput.safeParse({ ...activity, endsAt: '2027-03-18T08:00+01:00' }).success,
    ).toBe(false)
    expect(productLink.safeParse('javascript:alert(1)').success).toBe(false)
    expect(productLink.safeParse('//evil.example').success).toBe(false)
    expect(productLink.safeParse('/metoder?q=sagsaudit').success).toBe(true)
  })

  it('accepts a network with people by name and title only', () => {
    const parsed = networkInput.safeParse({
      externalId: 'n-1',
      name: 'Netværk',
      formality: 'informal',
      task: 'closed',
      visibility: 'internal',
      steeringGroup: [{ name: 'Lene Holm', title: 'Chef' }],
    })
    expect(parsed.success).toBe(true)
    expect(
      networkInput.safeParse({
        externalId: 'n-1',
        name: 'N',
        formality: 'x',
        task: 'open',
        visibility: 'public',
      }).success,
    ).toBe(false)
  })
})

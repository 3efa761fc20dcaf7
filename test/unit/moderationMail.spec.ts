import { describe, expect, it } from 'vitest'

import { decisionMail } from '@/moderation/mail/decisionMail'
import { reviewDigestMail, type QueuedChange } from '@/moderation/mail/digestMail'

describe('decisionMail', () => {
  it('tells the editor a change is published, with a link to the public page', () => {
    const mail = decisionMail({
      decision: 'published',
      kind: 'tilbud',
      title: 'Ungesnak',
      documentUrl: 'https://portal.example/tilbud/ungesnak',
      editUrl: 'https://portal.example/admin/collections/offers/7',
      countsAsVerification: true,
    })
    expect(mail.subject).toBe('Din ændring er offentliggjort: Ungesnak')
    expect(mail.content.intro[1]).toContain('tæller som en bekræftelse')
    expect(mail.content.intro.join(' ')).toContain('tilbud »Ungesnak«')
    expect(mail.content.action).toEqual({
      label: 'Se opslaget på Videnportalen',
      url: 'https://portal.example/tilbud/ungesnak',
    })
    expect(mail.reason).toBe(
      'Du får denne e-mail, fordi du har indsendt en ændring af tilbud »Ungesnak« til gennemsyn på Videnportalen.',
    )
  })

  it('gives the consultant’s comment word for word when a change is sent back', () => {
    const mail = decisionMail({
      decision: 'returned',
      kind: 'organisation',
      title: 'Foreningen Lyset',
      comment: '  Angiv også åbningstiderne.  ',
      editUrl: 'https://portal.example/admin/collections/organizations/3',
    })
    expect(mail.subject).toBe('Din ændring er sendt tilbage: Foreningen Lyset')
    expect(mail.content.items).toEqual([{ text: 'Angiv også åbningstiderne.' }])
    expect(mail.content.action?.url).toBe(
      'https://portal.example/admin/collections/organizations/3',
    )
  })
})

describe('reviewDigestMail', () => {
  const now = new Date('2026-12-07T06:30:00Z')
  const item = (id: number, days: number, responsibleConsultant?: number): QueuedChange => ({
    collection: 'offers',
    id,
    kind: 'Tilbud',
    title: `Opslag ${id}`,
    submittedAt: new Date(now.getTime() - days * 24 * 60 * 60 * 1000),
    isNew: id === 3,
    responsibleConsultant,
  })

  it('lists the waiting changes, the consultant’s own first, then the oldest', () => {
    const mail = reviewDigestMail({
      consultantId: 9,
      items: [item(1, 1), item(2, 5), item(3, 0.2, 9)],
      now,
      queueUrl: 'https://portal.example/admin/review',
      link: (entry) => `https://portal.example/admin/review#review-offers-${entry.id}`,
    })
    expect(mail.subject).toBe('3 ændringer venter på gennemsyn')
    expect(mail.reason).toMatch(
      /^Du får denne e-mail, fordi du er udviklingskonsulent på Videnportalen/,
    )
    expect(mail.content.items?.map((entry) => entry.text.slice(0, 18))).toEqual([
      'Tilbud: »Opslag 3«',
      'Tilbud: »Opslag 2«',
      'Tilbud: »Opslag 1«',
    ])
    expect(mail.content.items?.[0]?.text).toContain('nyt opslag')
    expect(mail.content.items?.[0]?.text).toContain('du er ansvarlig')
    expect(mail.content.items?.[1]?.text).toContain('(5 dage)')
    expect(mail.content.intro[0]).toContain('den ældste har ventet 5 dage')
    expect(mail.content.intro[1]).toContain(
      'Den første er et opslag, du er ansvarlig konsulent for',
    )
    expect(mail.content.items?.[2]?.url).toBe('https://portal.example/admin/review#review-offers-1')
  })

  it('says one change in the singular', () => {
    const mail = reviewDigestMail({
      consultantId: 9,
      items: [item(1, 2)],
      now,
      queueUrl: 'q',
      link: () => 'l',
    })
    expect(mail.subject).toBe('1 ændring venter på gennemsyn')
    expect(mail.content.intro).toHaveLength(1)
  })
})

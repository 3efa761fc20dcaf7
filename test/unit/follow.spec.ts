import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unsubscribeToken } from '@/mail/queueMail'
import { renderMail } from '@/mail/render'
import { renderAtom, type AtomFeed } from '@/legislation/follow/atom'
import { canonicalQuery, parseFeedQuery } from '@/legislation/follow/feed'
import { readSubscriptionToken, subscriptionToken } from '@/legislation/follow/unsubscribe'
import { isoWeek } from '@/legislation/follow/week'

import { atomProblems, childrenNamed, childText, parseXml } from '../helpers/xml'

const feed: AtomFeed = {
  id: 'http://localhost:3000/lovgivning/feed.xml?emne=adhd',
  title: 'Videnportal – noter (emne: ADHD & autisme)',
  updated: new Date('2026-11-30T10:00:00.123Z'),
  author: { name: 'Videnportal – udviklingskonsulenterne', uri: 'http://localhost:3000' },
  self: 'http://localhost:3000/lovgivning/feed.xml?emne=adhd&lov=barnets-lov',
  alternate: 'http://localhost:3000/lovgivning',
  lang: 'da',
  entries: [
    {
      id: 'tag:localhost,2024:legislation-note:7',
      title: 'Barnets Lov <§ 32> & "støtte"\u0000 i hjemmet',
      updated: new Date('2026-11-30T10:00:00Z'),
      published: new Date('2026-11-01T08:00:00Z'),
      link: 'http://localhost:3000/lovgivning/barnets-lov?x=1&y=2',
      summary: 'Resumé med <b>tegn</b> & mere.\n\nGælder fra 1. januar 2027.',
      categories: [{ term: 'adhd', label: 'ADHD', scheme: 'http://localhost:3000/emner' }],
    },
  ],
}

describe('the Atom feed (RFC 4287)', () => {
  it('is well-formed XML with every element the RFC requires', () => {
    const xml = renderAtom(feed)
    const root = parseXml(xml)
    expect(atomProblems(root)).toEqual([])
    expect(childText(root, 'updated')).toBe('2026-11-30T10:00:00Z')
    const [entry] = childrenNamed(root, 'entry')
    expect(childText(entry!, 'title')).toBe('Barnets Lov <§ 32> & "støtte" i hjemmet')
    expect(childrenNamed(entry!, 'link')[0]!.attributes.href).toBe(
      'http://localhost:3000/lovgivning/barnets-lov?x=1&y=2',
    )
    expect(childrenNamed(entry!, 'category')[0]!.attributes).toMatchObject({
      term: 'adhd',
      label: 'ADHD',
    })
  })

  it('stays a valid feed with no entries', () => {
    const root = parseXml(renderAtom({ ...feed, entries: [] }))
    expect(atomProblems(root)).toEqual([])
  })

  it('the checker itself finds a missing element', () => {
    const broken = renderAtom(feed).replace(
      /<updated>[^<]*<\/updated>\n {4}<published>/,
      '<published>',
    )
    expect(atomProblems(parseXml(broken))).toContain('entry 0 needs exactly one <updated>')
  })
})

describe('?emne= and ?lov=', () => {
  const topics = [
    { id: 1, slug: 'adhd', name: 'ADHD' },
    { id: 2, slug: 'angst', name: 'Angst' },
  ]
  const params = (query: string) => new URLSearchParams(query)

  it('reads repeated topics and laws', () => {
    const check = parseFeedQuery(params('emne=angst&emne=adhd&emne=adhd&lov=barnets-lov'), topics)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.query.topics.map((t) => t.id)).toEqual([2, 1])
    expect(check.query.laws).toEqual(['barnets-lov'])
    expect(canonicalQuery(check.query)).toBe('?emne=adhd&emne=angst&lov=barnets-lov')
  })

  it('refuses an unknown topic or law with a precise Danish message', () => {
    const topic = parseFeedQuery(params('emne=hekse'), topics)
    expect(topic).toMatchObject({ ok: false })
    expect(!topic.ok && topic.message).toContain('Ukendt emne i ?emne=: »hekse«')
    const law = parseFeedQuery(params('lov=grundloven'), topics)
    expect(!law.ok && law.message).toContain('Ukendt lov i ?lov=: »grundloven«')
    expect(!law.ok && law.message).toContain('barnets-lov')
    const many = parseFeedQuery(params(Array(21).fill('emne=adhd').join('&')), topics)
    expect(many.ok).toBe(false)
  })
})

describe('a stop link for one subscription', () => {
  const saved = process.env.PAYLOAD_SECRET
  beforeAll(() => {
    process.env.PAYLOAD_SECRET = 'unit-test-secret-follow-0123456789'
  })
  afterAll(() => {
    process.env.PAYLOAD_SECRET = saved
  })
  const now = new Date('2026-12-01T10:00:00Z')

  it('names exactly one subscription of one user', () => {
    const token = subscriptionToken(42, { id: 7, kind: 'topic', value: 3 }, now)
    expect(readSubscriptionToken(token, now)).toEqual({
      ok: true,
      target: { subscription: 7, user: 42, kind: 'topic', value: 3 },
    })
    const law = subscriptionToken(42, { id: 8, kind: 'law', value: 'barnets-lov' }, now)
    expect(readSubscriptionToken(law, now)).toMatchObject({
      ok: true,
      target: { kind: 'law', value: 'barnets-lov' },
    })
  })

  it('cannot be altered, reused for another purpose or used after half a year', () => {
    const token = subscriptionToken(42, { id: 7, kind: 'topic', value: 3 }, now)
    const [body, signature] = token.split('.')
    const other = Buffer.from(
      Buffer.from(body!, 'base64url').toString().replace('sub:7:', 'sub:8:'),
    ).toString('base64url')
    expect(readSubscriptionToken(`${other}.${signature}`, now)).toMatchObject({
      ok: false,
      reason: 'signature',
    })
    // The general »stop this kind of mail« link is not a subscription's stop link, and back.
    expect(readSubscriptionToken(unsubscribeToken(42, 'followDigest', now), now)).toMatchObject({
      ok: false,
      reason: 'purpose',
    })
    const later = new Date(now.getTime() + 184 * 86_400_000)
    expect(readSubscriptionToken(token, later)).toMatchObject({ ok: false, reason: 'expired' })
    expect(readSubscriptionToken('x', now)).toMatchObject({ ok: false, reason: 'malformed' })
  })
})

describe('the digest week', () => {
  it('is the ISO week on the Copenhagen calendar', () => {
    expect(isoWeek(new Date('2026-12-01T10:00:00Z')).key).toBe('2026-W49')
    // Friday 1 January 2027 belongs to the last week of 2026.
    expect(isoWeek(new Date('2027-01-01T10:00:00Z')).key).toBe('2026-W53')
    expect(isoWeek(new Date('2024-12-30T10:00:00Z')).key).toBe('2025-W01')
    // Sunday 23:30 UTC is already Monday in Copenhagen: the next week.
    expect(isoWeek(new Date('2026-12-06T23:30:00Z')).key).toBe('2026-W50')
  })
})

describe('a mail with secondary links', () => {
  it('lists them after the outro in both parts', () => {
    const { text, html } = renderMail(
      {
        intro: ['Hej'],
        more: {
          heading: 'Stop ét af dine abonnementer:',
          links: [{ text: 'Stop emnet »ADHD«', url: 'http://localhost:3000/foelg/stop?t=a' }],
        },
      },
      { reason: 'Fordi.' },
    )
    expect(text).toContain(
      'Stop ét af dine abonnementer:\n- Stop emnet »ADHD«: http://localhost:3000/foelg/stop?t=a',
    )
    expect(html).toContain('<a href="http://localhost:3000/foelg/stop?t=a">Stop emnet »ADHD«</a>')
  })
})

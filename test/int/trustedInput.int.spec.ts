import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { offerData } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let ngoToken: string
let consultantToken: string
let adminToken: string

type ErrorBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
}

const api = async (path: string, token: string | undefined, method: string, body: unknown) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown> & ErrorBody
  const messages = (json.errors ?? []).flatMap((error) => [
    error.message,
    ...(error.data?.errors ?? []).map((detail) => `${detail.path}: ${detail.message}`),
  ])
  return { status: response.status, body: json, messages: messages.join('\n') }
}

/** Rich text with one link to `url`, as the admin's Lexical editor stores it. */
const withLink = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type,
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { url, newTab: false, linkType: 'custom' },
            children: [
              {
                type: 'text',
                text: 'Læs mere',
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
            ],
          },
        ],
      },
    ],
  },
})

const unsafeTargets = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '\u0001javascript:alert(1)',
]

const safeTargets = [
  'https://www.retsinformation.dk/eli/lta/2023/721',
  'http://example.dk',
  'mailto:kontakt@koege.dk',
  'tel:+4556676767',
  '/tilbud/angst',
  '#kontakt',
]

async function ownDraftOffer() {
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { externalId: { equals: 'org-pusterummet' } },
    limit: 1,
  })
  const created = await payload.create({
    collection: 'offers',
    data: (await offerData(payload, { provider: docs[0]!.id })) as never,
  })
  return created.id
}

beforeAll(async () => {
  payload = await getTestPayload()
  ngoToken = await loginToken('ngo@videnportal.local')
  consultantToken = await loginToken('konsulent@videnportal.local')
  adminToken = await loginToken('admin@videnportal.local')
})

describe('class 4: link targets in rich text', () => {
  it('refuses unsafe link targets over REST, published or draft, naming the link in Danish', async () => {
    for (const url of unsafeTargets) {
      for (const draft of [false, true]) {
        const created = await api(
          `/offers${draft ? '?draft=true' : ''}`,
          consultantToken,
          'POST',
          await offerData(payload, {
            description: withLink(url, draft ? 'autolink' : 'link'),
            _status: draft ? 'draft' : 'published',
          }),
        )
        expect(created.status, `${JSON.stringify(url)} draft=${draft}`).toBe(400)
        expect(created.messages).toContain(
          'er ikke tilladt: brug https:, http:, mailto: eller tel:',
        )
      }
    }
    const shown = await api(
      '/offers',
      consultantToken,
      'POST',
      await offerData(payload, { description: withLink('javascript:alert(1)') }),
    )
    expect(shown.messages).toContain(
      'Linket »javascript:alert(1)« er ikke tilladt: brug https:, http:, mailto: eller tel:',
    )
  })

  it('keeps the rule for updates, NGO drafts, legislation notes and the Local API', async () => {
    const id = await ownDraftOffer()
    const patched = await api(`/offers/${id}?draft=true`, ngoToken, 'PATCH', {
      description: withLink('data:text/html,<script>alert(1)</script>'),
    })
    expect(patched.status).toBe(400)
    expect(patched.messages).toContain('Linket »data:text/html,<script>alert(1)</script>«')

    const note = await api('/legislation-notes?draft=true', adminToken, 'POST', {
      title: 'Note med farligt link',
      body: withLink('javascript:alert(document.cookie)'),
      _status: 'draft',
    })
    expect(note.status).toBe(400)
    expect(note.messages).toContain('Linket »javascript:alert(document.cookie)«')

    await expect(
      payload.update({
        collection: 'offers',
        id,
        data: { description: withLink('JAVASCRIPT:alert(1)') } as never,
        draft: true,
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'offers', id, draft: true, depth: 0 })
    expect(JSON.stringify(stored.description ?? null)).not.toMatch(/javascript/i)
  })

  it('stores https, http, mailto, tel and internal links', async () => {
    for (const url of safeTargets) {
      const created = await api(
        '/offers',
        consultantToken,
        'POST',
        await offerData(payload, { description: withLink(url) }),
      )
      expect(created.status, url).toBe(201)
    }
  })
})

describe('class 5: types on every save, and no empty drafts', () => {
  it('refuses an array, object or number for a text field, draft or not, create or update', async () => {
    const id = await ownDraftOffer()
    const cases: Array<[string, string | undefined, string, Record<string, unknown>]> = [
      ['/offers', consultantToken, 'POST', await offerData(payload, { title: ['a'] })],
      [
        '/offers?draft=true',
        consultantToken,
        'POST',
        { title: ['a'], _status: 'draft' } as Record<string, unknown>,
      ],
      ['/offers?draft=true', ngoToken, 'POST', { title: { a: 1 } }],
      [`/offers/${id}`, consultantToken, 'PATCH', { title: 42 }],
      [`/offers/${id}?draft=true`, ngoToken, 'PATCH', { title: ['a'] }],
    ]
    for (const [path, token, method, body] of cases) {
      const response = await api(path, token, method, body)
      expect(response.status, `${method} ${path} ${JSON.stringify(body.title)}`).toBe(400)
      expect(response.messages).toMatch(/Feltet »Titel« \(title\) skal være tekst/)
    }
    const stored = await payload.findByID({ collection: 'offers', id, draft: true, depth: 0 })
    expect(typeof stored.title).toBe('string')
  })

  it('checks nested fields, numbers, checkboxes, relationships and other collections', async () => {
    const id = await ownDraftOffer()
    const expectations: Array<[string, Record<string, unknown>, RegExp]> = [
      ['/offers', { ageMin: 'tolv' }, /\(ageMin\) skal være et tal/],
      ['/offers', { referral: 'x' }, /\(referral\) skal være et objekt/],
      [
        '/offers',
        { referral: { selfReferral: 'ja' } },
        /\(referral\.selfReferral\) skal være sand eller falsk/,
      ],
      ['/offers', { contacts: 'x' }, /\(contacts\) skal være en liste/],
      ['/offers', { contacts: [{ role: ['x'] }] }, /\(contacts\.0\.role\) skal være tekst/],
      ['/offers', { topics: 'angst' }, /\(topics\) skal være en liste/],
      ['/offers', { provider: { evil: true } }, /\(provider\) skal være et id/],
      ['/offers', { visibility: ['public'] }, /\(visibility\) skal være tekst/],
    ]
    for (const [collection, body, message] of expectations) {
      const response = await api(`${collection}/${id}?draft=true`, consultantToken, 'PATCH', body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.messages).toMatch(message)
    }
    const topic = await api('/topics', consultantToken, 'POST', { name: ['ADHD'] })
    expect(topic.status).toBe(400)
    expect(topic.messages).toMatch(/\(name\) skal være tekst/)
    const org = await api('/organizations?draft=true', ngoToken, 'POST', { name: ['x'] })
    expect(org.status).toBe(400)
  })

  it('keeps a well-typed draft save working and coerces what Payload coerces', async () => {
    const id = await ownDraftOffer()
    const response = await api(`/offers/${id}?draft=true`, ngoToken, 'PATCH', {
      summary: 'Ny kort tekst.',
      ageMin: '7',
    })
    expect(response.status).toBe(200)
  })

  it('refuses an empty draft, so nothing empty enters the review queue', async () => {
    const countQueue = async () =>
      (
        await payload.findVersions({
          collection: 'offers',
          where: {
            and: [
              { latest: { equals: true } },
              { 'version.review.status': { equals: 'awaiting-review' } },
            ],
          },
          limit: 0,
        })
      ).totalDocs
    const before = await countQueue()
    for (const body of [{}, { title: '' }, { title: '   ', summary: 'x' }]) {
      const response = await api('/offers', ngoToken, 'POST', body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.messages).toContain('Udfyld mindst titlen, før du gemmer.')
      const asDraft = await api('/offers?draft=true', ngoToken, 'POST', body)
      expect(asDraft.status).toBe(400)
    }
    const org = await api('/organizations?draft=true', consultantToken, 'POST', {})
    expect(org.status).toBe(400)
    expect(org.messages).toContain('Udfyld mindst navnet, før du gemmer.')
    // Clearing the title of an existing draft is refused too.
    const id = await ownDraftOffer()
    const cleared = await api(`/offers/${id}?draft=true`, ngoToken, 'PATCH', { title: '' })
    expect(cleared.status).toBe(400)
    expect(await countQueue()).toBe(before)
    // A titled draft is saved and waits for review.
    const titled = await api('/offers?draft=true', ngoToken, 'POST', { title: 'Et nyt udkast' })
    expect(titled.status).toBe(201)
    expect(await countQueue()).toBe(before + 1)
    // An incomplete draft would break the importer's export round trip in the shared database.
    await payload.delete({ collection: 'offers', id: (titled.body.doc as { id: number }).id })
  })
})

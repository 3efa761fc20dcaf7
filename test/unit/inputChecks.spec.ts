import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { isAllowedLinkTarget, unsafeLinkMessage } from '@/domain/rules'
import { inputErrors } from '@/plugins/inputChecks/inputErrors'
import { textToLexical, unsafeLinksIn } from '@/utilities/richText'

describe('rich-text link targets', () => {
  it.each([
    'https://www.retsinformation.dk/eli/lta/2023/721',
    'HTTP://example.dk',
    'mailto:a@b.dk',
    'tel:+4556676767',
    '/tilbud/angst',
    '#kontakt',
    '?side=2',
    'side.html',
    'https://example.dk/?next=javascript:alert(1)',
  ])('allows %j', (url) => expect(isAllowedLinkTarget(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0000 javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\r\nscript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    'java\u0000script:alert(1)',
  ])('refuses %j', (url) => expect(isAllowedLinkTarget(url)).toBe(false))

  it('names the link in a Danish message', () => {
    expect(unsafeLinkMessage('javascript:alert(1)')).toBe(
      'Linket »javascript:alert(1)« er ikke tilladt: brug https:, http:, mailto: eller tel:',
    )
  })

  it('finds links at any depth and never in text the importer turns into rich text', () => {
    const nested = {
      root: {
        children: [
          { type: 'list', children: [{ type: 'autolink', fields: { url: 'data:x' } }] },
          { type: 'link', fields: { url: 'https://ok.dk' } },
        ],
      },
    }
    expect(unsafeLinksIn(nested)).toEqual(['data:x'])
    expect(unsafeLinksIn(textToLexical('Se javascript:alert(1)\n\n[x](data:text/html,y)'))).toEqual(
      [],
    )
  })
})

describe('input types', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text', label: { da: 'Titel' } },
    { name: 'age', type: 'number' },
    { name: 'tags', type: 'select', hasMany: true, options: ['a', 'b'] },
    { name: 'owner', type: 'relationship', relationTo: 'users' },
    { name: 'group', type: 'group', fields: [{ name: 'flag', type: 'checkbox' }] },
    { name: 'rows', type: 'array', fields: [{ name: 'text', type: 'textarea' }] },
    {
      type: 'tabs',
      tabs: [{ label: 'x', fields: [{ name: 'when', type: 'date' }] }],
    },
    { name: 'body', type: 'richText' },
  ]

  it('accepts well-typed, partial and null data', () => {
    expect(inputErrors(fields, {})).toEqual([])
    expect(
      inputErrors(fields, {
        title: 'x',
        age: 3,
        tags: ['a'],
        owner: 1,
        group: { flag: true },
        rows: [{ text: 'y' }],
        when: '2024-01-01',
        body: textToLexical('z'),
      }),
    ).toEqual([])
    expect(inputErrors(fields, { title: null, rows: [] })).toEqual([])
  })

  it('refuses null for a group or an array, which Payload cannot clear (it failed with a 500)', () => {
    expect(inputErrors(fields, { group: null, rows: null }).map((error) => error.message)).toEqual([
      'Feltet »group« (group) skal være et objekt, ikke tom.',
      'Feltet »rows« (rows) skal være en liste af rækker ([] for ingen), ikke tom.',
    ])
  })

  it('tolerates the conversions Payload makes itself, and no others', () => {
    const form = { age: ' 7 ', owner: '3', group: { flag: 'true' }, rows: '0', body: '{"root":{}}' }
    expect(inputErrors(fields, form)).toEqual([])
    expect(inputErrors(fields, { owner: '' })).toEqual([])
    expect(inputErrors(fields, { age: 'tolv', group: 'x' }).map((error) => error.message)).toEqual([
      'Feltet »age« (age) skal være et tal, ikke tekst.',
      'Feltet »group« (group) skal være et objekt, ikke tekst.',
    ])
  })

  it('names each mistyped field with its path', () => {
    const errors = inputErrors(fields, {
      title: ['a'],
      age: Number.NaN,
      tags: 'a',
      owner: { evil: 1 },
      group: { flag: 'ja' },
      rows: [{ text: 5 }],
      when: 'i morgen',
      body: 'tekst',
    })
    expect(errors.map((error) => error.path)).toEqual([
      'title',
      'age',
      'tags',
      'owner',
      'group.flag',
      'rows.0.text',
      'when',
      'body',
    ])
    expect(errors[0]!.message).toBe('Feltet »Titel« (title) skal være tekst, ikke en liste.')
  })
})

describe('date text', () => {
  const fields: Field[] = [{ name: 'when', type: 'date', label: { da: 'Gælder fra' } }]

  it('is read day before month, and refused in Danish when it names no day', () => {
    expect(inputErrors(fields, { when: '08/01/2027' })).toEqual([])
    expect(inputErrors(fields, { when: '1. august 2027' })).toEqual([])
    expect(inputErrors(fields, { when: '31.02.2027' })).toEqual([
      {
        path: 'when',
        message:
          'Feltet »Gælder fra« (when): »31.02.2027« findes ikke: februar 2027 har 28 dage. Skriv datoen som dd.mm.åååå, fx 01.08.2027.',
      },
    ])
  })
})

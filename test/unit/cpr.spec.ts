import fc from 'fast-check'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { containsCprNumber, cprMessage, cprNumbersIn, normalizeDanishPhone } from '@/domain/rules'
import { inputErrors } from '@/plugins/inputChecks/inputErrors'
import { textToLexical } from '@/utilities/richText'

/** The standing rule: free text never holds a CPR number (src/domain/rules.ts). */
const two = (n: number) => String(n).padStart(2, '0')
const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A plausible CPR number: a date that exists (ddmmyy) and four digits. */
const cprArb = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    year: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
    separator: fc.constantFrom('', '-', ' '),
  })
  .filter(({ month, day }) => day <= daysIn[month - 1]!)
  .map(
    ({ month, day, year, serial, separator }) =>
      `${two(day)}${two(month)}${two(year)}${separator}${String(serial).padStart(4, '0')}`,
  )

/** Words around it that are not digits. */
const wordsArb = fc.stringMatching(/^[A-Za-zæøåÆØÅ ,.:;()]{0,30}$/)

describe('CPR-like numbers in free text', () => {
  it('finds every plausible CPR number, with or without the dash or space, inside any words', () => {
    fc.assert(
      fc.property(wordsArb, cprArb, wordsArb, (before, cpr, after) => {
        const text = `${before}${before ? ' ' : ''}${cpr}${after ? ' ' : ''}${after}`
        expect(cprNumbersIn(text)).toEqual([cpr])
      }),
      { seed: 11, numRuns: 500 },
    )
  })

  it.each([
    'Barnets cpr er 010190-1234.',
    '2902001234',
    'Ring om 311299 1234',
    'Personnummer:150585‑4321',
  ])('refuses %j', (text) => expect(containsCprNumber(text)).toBe(true))

  it.each([
    'Ring på 70 20 31 45 eller 70203145.',
    '+45 56 67 67 67, +4556676767 og 004556676767',
    'CVR 29403473, EAN 5790000123456',
    'Torvet 1, 4600 Køge, siden 2024',
    'I kraft 2024-01-01 (lov nr. 721 af 2023)',
    'https://www.retsinformation.dk/eli/lta/2023/721',
    'Konto 1234-0101901234 og kode 12.010190-1234',
    '3201901234 (dag 32) og 0113901234 (måned 13) og 3002901234 (30. februar)',
    'Tidsrum 010124-311224',
  ])('lets %j pass', (text) => expect(containsCprNumber(text)).toBe(false))

  it('never mistakes a Danish phone number, a CVR, an EAN, a postcode or a year for one', () => {
    const phoneArb = fc
      .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9_999_999 }))
      .map(([first, rest]) => `${first}${String(rest).padStart(7, '0')}`)
    const writtenArb = fc.oneof(
      phoneArb,
      phoneArb.map((p) => `+45 ${p}`),
      phoneArb.map((p) => `+45${p}`),
      phoneArb.map((p) => p.replace(/(\d\d)(?=\d)/g, '$1 ')),
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, '0')),
      fc.bigInt({ min: 10n ** 12n, max: 10n ** 13n - 1n }).map(String),
      fc.integer({ min: 800, max: 9990 }).map(String),
      fc.integer({ min: 1900, max: 2100 }).map(String),
    )
    fc.assert(
      fc.property(wordsArb, writtenArb, wordsArb, (before, number, after) => {
        if (number.length <= 13 && /^\+?45 ?[2-9]/.test(number))
          expect(normalizeDanishPhone(number)).toBeDefined()
        expect(containsCprNumber(`${before} ${number} ${after}`)).toBe(false)
      }),
      { seed: 11, numRuns: 500 },
    )
  })

  it('names the field and never repeats the number', () => {
    const message = cprMessage('»Titel« (title)')
    expect(message).toContain('»Titel« (title)')
    expect(message).toContain('CPR-nummer')
  })
})

describe('the input checks refuse CPR numbers in every free-text field', () => {
  const fields: Field[] = [
    { name: 'title', type: 'text', label: { da: 'Titel' } },
    { name: 'summary', type: 'textarea', label: 'Resumé' },
    { name: 'body', type: 'richText' },
    { name: 'aliases', type: 'text', hasMany: true },
    { name: 'phone', type: 'text' },
    {
      name: 'contacts',
      type: 'array',
      fields: [{ name: 'name', type: 'text' }],
    },
    { name: 'referral', type: 'group', fields: [{ name: 'howTo', type: 'textarea' }] },
  ]

  it('names each field that holds one', () => {
    const errors = inputErrors(fields, {
      title: 'Forløb for 010190-1234',
      summary: 'Kort.',
      body: textToLexical('Første afsnit.\n\nBarnet 0101901234 går i skole.'),
      aliases: ['ok', '311299 1234'],
      phone: '70 20 31 45',
      contacts: [{ name: 'Anna' }, { name: 'Bo 2902001234' }],
      referral: { howTo: 'Ring 010190-1234' },
    })
    expect(errors.map((error) => error.path)).toEqual([
      'title',
      'body',
      'aliases',
      'contacts.1.name',
      'referral.howTo',
    ])
    expect(errors[0]!.message).toBe(cprMessage('»Titel« (title)'))
  })
})

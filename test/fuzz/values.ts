import fc from 'fast-check'

/**
 * Bad input, as a probe of the portal sends it: names of Object's members, numbers beyond
 * Postgres' integers, dates that are none, NUL and other control characters, SQL and markup,
 * CPR numbers, very long text, and plain random text.
 */
export const nastyStrings = [
  '',
  ' ',
  'a',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1',
  '1.5',
  '1e400',
  '-1e400',
  '0x10',
  '99999999999',
  '2147483648',
  '-2147483649',
  '99999999999999999999',
  'true',
  'false',
  '[]',
  '{}',
  '{"a":1}',
  '[1,"a"]',
  '\u0000',
  'a\u0000b',
  '\u0001\u001f\u007f',
  "'; drop table offers;--",
  '" OR 1=1 --',
  '%',
  '%%',
  '_',
  '\\',
  '\\\\x00',
  '😀🇩🇰',
  'ÆØÅ æøå',
  '\u202e\u200b',
  '2024-13-45',
  '2024-02-30',
  '-100000-01-01',
  '275760-09-14',
  '0000-00-00',
  '010190-1234',
  '2902001234',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '${7*7}',
  '{{7*7}}',
  'a,b,c',
  '1,2,abc',
  ',,,',
  'x'.repeat(300),
  'å'.repeat(3000),
] as const

/** A string that is safe to put into a URL (no lone surrogates, which cannot be encoded). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
)

/** Any JSON value, with bad strings and numbers favoured. */
export const jsonArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      [],
      {},
      [[]],
      { relationTo: 'offers', value: 'x' },
      { relationTo: '__proto__', value: 1 },
      { id: 'a' },
      { root: { children: 'x' } },
      { root: { type: 'root', children: [{ type: 'text', text: 1 }] } },
      { __proto__: { polluted: true } },
    ),
  },
)

/** An id as a probe sends it: real ones, and everything an id is not. */
export const idArb = (real: number[]) =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: real.length > 0 ? fc.constantFrom(...real.map(String)) : fc.constant('1'),
    },
    { weight: 3, arbitrary: textArb },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 2 ** 31 + 5 }).map(String) },
  )

/** Part of a URL: percent-encoded as a client does (never a malformed escape). */
export const enc = (value: string) => encodeURIComponent(value)

export const operators = [
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'in',
  'not_in',
  'all',
  'exists',
  'near',
  'within',
  'intersects',
  'bogus',
  '__proto__',
  'constructor',
] as const

/** A `where` condition in qs form: `where[path][op]=v`, a list, a nested object, or junk. */
export function whereArb(paths: string[]): fc.Arbitrary<string> {
  const path = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...paths) },
    { weight: 1, arbitrary: textArb.map((text) => text.replace(/[[\]]/g, '')) },
  )
  const condition = fc.tuple(
    path,
    fc.constantFrom(...operators),
    fc.array(textArb, { minLength: 1, maxLength: 3 }),
    fc.nat(4),
  )
  return fc.oneof(
    {
      weight: 6,
      arbitrary: condition.map(([p, op, values, shape]) => {
        const key = `where[${enc(p)}][${op}]`
        if (shape === 0) return values.map((v, i) => `${key}[${i}]=${enc(v)}`).join('&')
        if (shape === 1) return `where[or][0][${enc(p)}][${op}]=${enc(values[0]!)}`
        if (shape === 2) return `where[and][0][${enc(p)}][${op}][x]=${enc(values[0]!)}`
        return `${key}=${enc(values[0]!)}`
      }),
    },
    { weight: 1, arbitrary: jsonArb.map((value) => `where=${enc(JSON.stringify(value) ?? 'x')}`) },
    { weight: 1, arbitrary: textArb.map((value) => `where=${enc(value)}`) },
    { weight: 1, arbitrary: textArb.map((value) => `where[${enc(value)}]=${enc(value)}`) },
  )
}

/** The other read parameters of Payload's REST API, each with bad values. */
export function readParamsArb(paths: string[]): fc.Arbitrary<string> {
  const path = fc.oneof(fc.constantFrom(...paths), textArb)
  const param = fc.oneof(
    { weight: 4, arbitrary: whereArb(paths) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('', '-'), path)
        .map(([sign, p]) => `sort=${sign}${enc(p)}`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(path, textArb).map(([p, v]) => `select[${enc(p)}]=${enc(v)}`),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(path, textArb).map(([p, v]) => `populate[${enc(p)}]=${enc(v)}`),
    },
    { weight: 1, arbitrary: fc.tuple(path, textArb).map(([p, v]) => `joins[${enc(p)}]=${enc(v)}`) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'depth',
            'limit',
            'page',
            'draft',
            'locale',
            'fallback-locale',
            'trash',
            'pagination',
            'autosave',
          ),
          textArb,
        )
        .map(([name, v]) => `${name}=${enc(v)}`),
    },
  )
  return fc.array(param, { minLength: 0, maxLength: 4 }).map((params) => params.join('&'))
}

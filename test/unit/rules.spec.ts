import { describe, expect, it } from 'vitest'

import {
  capacityAsOf,
  cvr,
  eli,
  email,
  isValidCvr,
  normalizeDanishPhone,
  phone,
  postalCode,
  slugify,
  todayInDenmark,
  webUrl,
} from '@/domain/rules'

const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? undefined : result.error?.issues[0]?.message

describe('CVR numbers', () => {
  it('accepts numbers whose weighted digit sum is divisible by 11', () => {
    // 2·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 + 1·d: d chosen to make the sum divisible by 11
    expect(isValidCvr('12345674')).toBe(true)
    expect(cvr.safeParse('12345674').success).toBe(true)
  })

  it('refuses a wrong check digit and the wrong length, in Danish', () => {
    expect(message(cvr.safeParse('12345678'))).toBe(
      'CVR-nummeret findes ikke: kontrolcifferet passer ikke.',
    )
    expect(message(cvr.safeParse('1234567'))).toBe('CVR-nummeret skal være 8 cifre uden mellemrum.')
  })
})

describe('Danish phone numbers', () => {
  it('accepts 8 digits with spaces, +45 or 0045', () => {
    for (const value of [
      '56676767',
      '56 67 67 67',
      '+45 56 67 67 67',
      '0045 56676767',
      '70-20-31-45',
    ]) {
      expect(normalizeDanishPhone(value), value).toBe(value.replace(/\D/g, '').slice(-8))
    }
  })

  it('refuses short, long, foreign and 0/1-prefixed numbers', () => {
    for (const value of ['5667676', '566767670', '+46 56676767', '12345678', 'ring til os']) {
      expect(phone.safeParse(value).success, value).toBe(false)
    }
  })
})

describe('postal codes, e-mail, URLs and ELI', () => {
  it('takes Danish postal codes only', () => {
    expect(postalCode.safeParse('4600').success).toBe(true)
    expect(message(postalCode.safeParse('460'))).toBe('Postnummeret skal være fire cifre, fx 4600.')
    expect(message(postalCode.safeParse('0100'))).toBe('Postnummeret findes ikke i Danmark.')
  })

  it('checks e-mail and web addresses', () => {
    expect(email.safeParse('kontakt@koege.dk').success).toBe(true)
    expect(message(email.safeParse('kontakt@'))).toMatch(/E-mailadressen er ugyldig/)
    expect(webUrl.safeParse('https://www.koege.dk').success).toBe(true)
    expect(message(webUrl.safeParse('www.koege.dk'))).toMatch(/begynder med https/)
    expect(webUrl.safeParse('javascript:alert(1)').success).toBe(false)
  })

  it('takes ELI links to Retsinformation only', () => {
    expect(eli.safeParse('https://www.retsinformation.dk/eli/lta/2023/721').success).toBe(true)
    expect(eli.safeParse('https://www.retsinformation.dk/eli/lta/2024/1146').success).toBe(true)
    expect(message(eli.safeParse('https://www.retsinformation.dk/forms/r0710.aspx?id=1'))).toMatch(
      /ELI-link/,
    )
    expect(eli.safeParse('https://example.com/eli/lta/2023/721').success).toBe(false)
  })
})

describe('capacity date', () => {
  it('may be today but not tomorrow', () => {
    const today = todayInDenmark()
    const tomorrow = todayInDenmark(new Date(Date.now() + 36 * 60 * 60 * 1000))
    expect(capacityAsOf.safeParse(today).success).toBe(true)
    expect(message(capacityAsOf.safeParse(tomorrow))).toBe(
      'Datoen for kapaciteten kan ikke ligge i fremtiden.',
    )
  })
})

describe('slugify', () => {
  it('writes æ, ø and å the Danish way', () => {
    expect(slugify('Ærø Kommune')).toBe('aeroe-kommune')
    expect(slugify('Søskendegruppe for børn i Køge')).toBe('soeskendegruppe-for-boern-i-koege')
    expect(slugify('  ADHD – forældrekursus!  ')).toBe('adhd-foraeldrekursus')
  })
})

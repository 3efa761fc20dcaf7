import { beforeAll, describe, expect, it } from 'vitest'

import {
  ERROR_REPORT_MESSAGES,
  errorReportInput,
  fieldErrors,
  isClosedStatus,
} from '@/domain/errorReports'
import { checkFormToken, issueFormToken } from '@/errorReports/formToken'

const valid = {
  targetCollection: 'offers',
  targetId: '12',
  category: 'wrong-contact',
  text: 'Telefonnummeret 56 67 67 67 er lukket; ring i stedet til 70 20 31 45.',
  reporterEmail: '  Laeser@Example.DK ',
}

const messagesOf = (input: Record<string, unknown>) => {
  const result = errorReportInput.safeParse(input)
  return result.success ? [] : fieldErrors(result.error)
}

describe('the report form’s rules', () => {
  it('accepts a report with phone numbers, and tidies the e-mail address', () => {
    const result = errorReportInput.parse(valid)
    expect(result).toMatchObject({
      targetCollection: 'offers',
      targetId: 12,
      category: 'wrong-contact',
      reporterEmail: 'laeser@example.dk',
    })
    expect(errorReportInput.parse({ ...valid, reporterEmail: '' }).reporterEmail).toBeUndefined()
    expect(errorReportInput.parse({ ...valid, reporterEmail: undefined }).reporterEmail).toBe(
      undefined,
    )
  })

  it('refuses a CPR-like number with the Danish sentence about individual children', () => {
    for (const text of ['Barnet har CPR 010190-1234.', 'Se 0101901234', 'nr. 311299 1234']) {
      expect(messagesOf({ ...valid, text })).toEqual([
        { field: 'text', message: ERROR_REPORT_MESSAGES.cpr },
      ])
    }
    expect(ERROR_REPORT_MESSAGES.cpr).toMatch(/enkelte børn/)
  })

  it('refuses 10,000 characters, naming the limit and the length', () => {
    const [error] = messagesOf({ ...valid, text: 'a'.repeat(10_000) })
    expect(error).toEqual({ field: 'text', message: ERROR_REPORT_MESSAGES.tooLong(10_000) })
    expect(error!.message).toContain('2.000')
    expect(error!.message).toContain('10.000')
    expect(messagesOf({ ...valid, text: 'æ'.repeat(2000) })).toEqual([])
  })

  it('refuses markup and scripts, and an empty text', () => {
    for (const text of [
      '<script>alert(1)</script>',
      'Se <img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      'nul\u0000tegn',
    ]) {
      expect(messagesOf({ ...valid, text })).toEqual([
        { field: 'text', message: ERROR_REPORT_MESSAGES.markup },
      ])
    }
    expect(messagesOf({ ...valid, text: '  \n ' })[0]?.message).toBe(ERROR_REPORT_MESSAGES.empty)
    // A lone "<" in prose is no markup.
    expect(messagesOf({ ...valid, text: 'Ventetiden er < 3 uger, ikke 8.' })).toEqual([])
  })

  it('refuses an unknown category, a bad e-mail and a target that is no listing or organization', () => {
    expect(messagesOf({ ...valid, category: 'spam' })[0]).toEqual({
      field: 'category',
      message: ERROR_REPORT_MESSAGES.category,
    })
    expect(messagesOf({ ...valid, reporterEmail: 'ikke-en-adresse' })[0]).toEqual({
      field: 'reporterEmail',
      message: ERROR_REPORT_MESSAGES.email,
    })
    expect(messagesOf({ ...valid, targetCollection: 'users' })[0]?.field).toBe('targetCollection')
    expect(messagesOf({ ...valid, targetId: '1e3x' })[0]?.field).toBe('targetId')
    expect(messagesOf({ ...valid, targetId: '99999999999' })[0]?.field).toBe('targetId')
  })

  it('knows which statuses close a report', () => {
    expect(['new', 'in-progress', 'fixed', 'rejected'].map(isClosedStatus)).toEqual([
      false,
      false,
      true,
      true,
    ])
  })
})

describe('the time trap', () => {
  beforeAll(() => {
    process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789'
  })
  const shown = new Date('2026-12-01T10:00:00Z')
  const later = (seconds: number) => new Date(shown.getTime() + seconds * 1000)

  it('lets a form through from 3 seconds after it was shown until a day has passed', () => {
    const token = issueFormToken(shown)
    expect(checkFormToken(token, later(0))).toBe('too-fast')
    expect(checkFormToken(token, later(2.9))).toBe('too-fast')
    expect(checkFormToken(token, later(3))).toBe('ok')
    expect(checkFormToken(token, later(24 * 3600))).toBe('ok')
    expect(checkFormToken(token, later(24 * 3600 + 1))).toBe('stale')
  })

  it('refuses a token that was not signed here, or none', () => {
    const token = issueFormToken(shown)
    const [time, signature] = token.split('.')
    const forged = `${Number(time) - 60_000}.${signature}`
    expect(checkFormToken(forged, later(10))).toBe('stale')
    expect(checkFormToken(undefined, later(10))).toBe('stale')
    expect(checkFormToken('', later(10))).toBe('stale')
    expect(checkFormToken(`${time}.${'A'.repeat(43)}`, later(10))).toBe('stale')
  })
})

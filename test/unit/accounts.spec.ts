import { describe, expect, it } from 'vitest'

import { lastSeenOf } from '@/accounts/inactivity'
import { invitationProblems } from '@/accounts/invitations/rules'
import { sanitizeAccountsOptions } from '@/accounts/options'
import { passwordProblem } from '@/accounts/password'
import { deactivatedLoginMessage } from '@/accounts/reasons'

describe('account options', () => {
  it('defaults to 6 months, a 14-day warning and 7-day invitations; the environment wins', () => {
    expect(sanitizeAccountsOptions({}, {})).toMatchObject({
      inactiveMonths: 6,
      warnDays: 14,
      invitationDays: 7,
    })
    expect(
      sanitizeAccountsOptions(
        { inactiveMonths: 3 },
        { ACCOUNT_INACTIVE_MONTHS: '12', INVITATION_VALID_DAYS: '3' },
      ),
    ).toMatchObject({ inactiveMonths: 12, invitationDays: 3 })
    expect(sanitizeAccountsOptions({ inactiveMonths: 3 }, {}).inactiveMonths).toBe(3)
  })

  it('refuses a setting it cannot read, saying which', () => {
    expect(() => sanitizeAccountsOptions({}, { ACCOUNT_INACTIVE_MONTHS: 'seks' })).toThrow(
      /ACCOUNT_INACTIVE_MONTHS skal være et helt tal/,
    )
    expect(() => sanitizeAccountsOptions({}, { ACCOUNT_INACTIVE_MONTHS: '0' })).toThrow(
      /mellem 1 og 60/,
    )
    expect(() => sanitizeAccountsOptions({}, { INVITATION_VALID_DAYS: '365' })).toThrow(
      /INVITATION_VALID_DAYS/,
    )
  })
})

describe('last seen', () => {
  it('is the latest of creation, last sign-in and reactivation', () => {
    expect(
      lastSeenOf({
        id: 1,
        createdAt: '2025-01-01T00:00:00Z',
        lastSignInAt: '2025-06-01T00:00:00Z',
        reactivatedAt: '2025-03-01T00:00:00Z',
      }).toISOString(),
    ).toBe('2025-06-01T00:00:00.000Z')
    expect(lastSeenOf({ id: 1, createdAt: '2025-01-01T00:00:00Z' }).toISOString()).toBe(
      '2025-01-01T00:00:00.000Z',
    )
  })
})

describe('who may invite whom', () => {
  const consultant = { id: 5, role: 'consultant', municipality: 259 }
  const admin = { id: 1, role: 'admin' }

  it('lets a consultant invite NGO editors and caseworkers of their own municipality', () => {
    expect(invitationProblems(consultant, { role: 'ngo-editor', organization: 3 })).toEqual([])
    expect(invitationProblems(consultant, { role: 'caseworker', municipality: 259 })).toEqual([])
    expect(
      invitationProblems(consultant, { role: 'caseworker', municipality: { id: 259 } }),
    ).toEqual([])
  })

  it('never lets a consultant invite an admin, a consultant or another municipality', () => {
    expect(invitationProblems(consultant, { role: 'admin' })[0]?.path).toBe('role')
    expect(invitationProblems(consultant, { role: 'consultant', municipality: 259 })[0]?.path).toBe(
      'role',
    )
    expect(invitationProblems(consultant, { role: 'caseworker', municipality: 101 })).toEqual([
      { path: 'municipality', message: 'Du kan kun invitere sagsbehandlere i din egen kommune.' },
    ])
  })

  it('lets the secretariat invite any role, with the affiliation the role needs', () => {
    expect(invitationProblems(admin, { role: 'admin' })).toEqual([])
    expect(invitationProblems(admin, { role: 'consultant', municipality: 101 })).toEqual([])
    expect(invitationProblems(admin, { role: 'consultant' })[0]?.path).toBe('municipality')
    expect(invitationProblems(admin, { role: 'ngo-editor' })[0]?.path).toBe('organization')
    expect(invitationProblems(admin, { role: 'superuser' })[0]?.path).toBe('role')
  })

  it('refuses anybody else', () => {
    expect(
      invitationProblems({ id: 9, role: 'caseworker' }, { role: 'ngo-editor', organization: 3 }),
    ).toHaveLength(1)
  })
})

describe('passwords an invitee chooses', () => {
  it('must be long enough, not the e-mail and not one character repeated', () => {
    expect(passwordProblem('kort', 'a@b.dk')).toBe('password-short')
    expect(passwordProblem('aaaaaaaaaaaa', 'a@b.dk')).toBe('password-repeated')
    expect(passwordProblem('Nina@Forening.dk', 'nina@forening.dk')).toBe('password-email')
    expect(passwordProblem('x'.repeat(201), 'a@b.dk')).toBe('password-long')
    expect(passwordProblem('fire ord om en hest', 'a@b.dk')).toBeNull()
  })
})

describe('a closed account at login', () => {
  it('says why and whom to ask', () => {
    expect(deactivatedLoginMessage('inactive', 'da')).toBe(
      'Din konto er lukket, fordi den ikke har været brugt i længere tid. Kontakt sekretariatet, hvis du skal bruge den igen.',
    )
    expect(deactivatedLoginMessage('sso-removed', undefined)).toContain(
      'din kommunes login oplyser',
    )
    expect(deactivatedLoginMessage('admin', 'en')).toMatch(/^Your account has been closed/)
  })
})

import { z } from 'zod'

import { type SsoProvider, type SsoRole, domainOf } from './config'
import type { SsoFailure } from './messages'

/**
 * What a provider's claims (the validated ID token merged with its userinfo) say about a person,
 * read with the provider's mapping. Pure, so the rules are unit-tested: the e-mail must be one of
 * the provider's domains, the groups decide the role (consultant before caseworker), and a
 * person in none of the mapped groups gets no role at all (unless the provider has a default).
 */
export type SsoPerson = {
  subject: string
  email: string
  name: string
  title: string | null
  role: SsoRole
}

export type ClaimsReading =
  | { ok: true; person: SsoPerson }
  | { ok: false; failure: Exclude<SsoFailure, 'no-role'>; email?: string }
  | { ok: false; failure: 'no-role'; subject: string; email: string }

const emailSchema = z.string().trim().toLowerCase().email().max(254)

const text = (value: unknown, max: number): string | null => {
  if (typeof value !== 'string') return null
  const clean = value
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clean ? clean.slice(0, max) : null
}

/** A claim as a list of strings: an array, or one string (some providers send a single group). */
export function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return []
}

export function roleFor(provider: SsoProvider, groups: string[]): SsoRole | null {
  const has = (wanted: string[]) => wanted.some((group) => groups.includes(group))
  if (has(provider.roles.consultant)) return 'consultant'
  if (has(provider.roles.caseworker)) return 'caseworker'
  return provider.defaultRole ?? null
}

export function readClaims(provider: SsoProvider, claims: Record<string, unknown>): ClaimsReading {
  const subject = typeof claims.sub === 'string' && claims.sub.length <= 255 ? claims.sub : null
  if (!subject) return { ok: false, failure: 'token' }
  const email = emailSchema.safeParse(claims.email ?? claims.preferred_username)
  if (!email.success) return { ok: false, failure: 'no-email' }
  // A provider that says the address is unverified does not vouch for it.
  if (claims.email_verified === false) return { ok: false, failure: 'no-email', email: email.data }
  if (!provider.domains.includes(domainOf(email.data))) {
    return { ok: false, failure: 'domain', email: email.data }
  }
  const role = roleFor(provider, groupsOf(claims[provider.groupsClaim]))
  if (!role) return { ok: false, failure: 'no-role', subject, email: email.data }
  const given = [text(claims.given_name, 60), text(claims.family_name, 60)].filter(Boolean)
  const name =
    text(claims[provider.nameClaim], 120) ?? (given.length ? given.join(' ') : email.data)
  return {
    ok: true,
    person: {
      subject,
      email: email.data,
      name,
      title: text(claims[provider.titleClaim], 120),
      role,
    },
  }
}

'use server'

import config from '@payload-config'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { APIError, createLocalReq, getPayload, logoutOperation } from 'payload'
import { generateExpiredPayloadCookie, generatePayloadCookie } from 'payload/shared'
import { z } from 'zod'

import { paths } from '@/domain/urls'
import { getDictionary } from '@/i18n'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { safeReturnPath } from '@/security/returnPath'
import { passwordsOffBy } from '@/sso/config'
import { ssoTextsFor } from '@/sso/messages'

export type LoginState = { error: string | null; email: string }

const localeOf = (formData: FormData): Locale => {
  const value = formData.get('locale')
  return isLocale(value) ? value : defaultLocale
}

const loginForm = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  next: z.string().max(500).optional(),
})

/**
 * Logs a user in on the portal with the same Payload users and the same protections as the admin:
 * the login goes through Payload's login operation with this request's headers, so the per-client
 * limits and the account lock apply. The session cookie is Payload's own.
 */
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const locale = localeOf(formData)
  const t = await getDictionary(locale)
  const parsed = loginForm.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    next: formData.get('next') ?? undefined,
  })
  const email = String(formData.get('email') ?? '').slice(0, 254)
  if (!parsed.success) return { error: t.login.invalid, email }
  // Staff of a municipality whose own login covers their domain sign in there (src/sso).
  const ssoOnly = passwordsOffBy(parsed.data.email)
  if (ssoOnly) return { error: ssoTextsFor(locale).passwordsOff(ssoOnly.name), email }

  const payload = await getPayload({ config })
  let token: string | undefined
  try {
    const result = await payload.login({
      collection: 'users',
      data: { email: parsed.data.email, password: parsed.data.password },
      req: { headers: await headers() },
      overrideAccess: false,
    })
    token = result.token
  } catch (error) {
    // Too many attempts from this client: say so (the message is Danish, from src/security).
    if (error instanceof APIError && error.status === 429) return { error: error.message, email }
    // A closed account, after the right password (src/accounts): say so and whom to ask.
    if (error instanceof APIError && error.status === 403) return { error: error.message, email }
    // Wrong password, unknown e-mail and a locked account answer alike.
    return { error: t.login.wrong, email }
  }
  if (!token) return { error: t.login.wrong, email }

  const cookie = generatePayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    token,
    returnCookieAsObject: true,
  })
  const store = await cookies()
  store.set(cookie.name, cookie.value ?? '', {
    httpOnly: true,
    path: cookie.path ?? '/',
    sameSite: 'lax',
    secure: cookie.secure,
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    domain: cookie.domain,
  })
  redirect(safeReturnPath(parsed.data.next, paths.home(locale)))
}

/** Ends the session on the server (Payload sessions) and removes the cookie. */
export async function logout(formData: FormData): Promise<void> {
  const locale = localeOf(formData)
  const payload = await getPayload({ config })
  const requestHeaders = await headers()
  const { user } = await payload.auth({ headers: requestHeaders })
  if (user) {
    try {
      const req = await createLocalReq({ user, req: { headers: requestHeaders } }, payload)
      await logoutOperation({ collection: payload.collections.users, req })
    } catch (error) {
      payload.logger.warn({ err: error }, 'portal logout: the session could not be ended')
    }
  }
  const expired = generateExpiredPayloadCookie({
    collectionAuthConfig: payload.collections.users.config.auth,
    cookiePrefix: payload.config.cookiePrefix,
    returnCookieAsObject: true,
  })
  const store = await cookies()
  store.delete({ name: expired.name, path: expired.path ?? '/' })
  redirect(paths.home(locale))
}

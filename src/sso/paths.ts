import { safeReturnPath } from '@/security/returnPath'

import { ssoConfig } from './config'

/** The addresses of a single sign-on, and the providers the login pages offer. */
export const callbackPath = (providerId: string) => `/api/sso/${providerId}/callback`

export const startPath = (providerId: string, next?: string) =>
  `/api/sso/${providerId}/start${next ? `?next=${encodeURIComponent(next)}` : ''}`

/** The providers for the login pages: id and name only. */
export const ssoButtons = () =>
  ssoConfig().providers.map((provider) => ({ id: provider.id, name: provider.name }))

/** Where to go afterwards: a portal path, or the admin (the admin's login page starts there). */
export function ssoReturnPath(value: string | null | undefined): string {
  if (
    typeof value === 'string' &&
    value.length <= 500 &&
    /^\/admin(?:[/?#]|$)/.test(value) &&
    !/[\u0000-\u001f\\]/.test(value) &&
    !value.includes('//')
  ) {
    return value
  }
  return safeReturnPath(value ?? undefined, '/')
}

import 'server-only'

import config from '@payload-config'
import { cookies } from 'next/headers'
import { createLocalReq, getPayload, type Payload } from 'payload'
import { z } from 'zod'

import { siteOrigin } from '@/utilities/siteOrigin'

import { readClaims } from './claims'
import { SsoError, beginSignIn, finishSignIn } from './client'
import { findProvider } from './config'
import type { SsoFailure } from './messages'
import { callbackPath, ssoReturnPath } from './paths'
import { issueSession } from './session'
import { signInAccount } from './signIn'
import {
  TRANSACTION_COOKIE,
  TRANSACTION_MINUTES,
  openTransaction,
  sealTransaction,
} from './transaction'

/**
 * The two addresses of a single sign-on: /api/sso/<provider>/start sends the browser to the
 * municipality's identity provider, /api/sso/<provider>/callback receives it back. Every failure
 * ends on the portal's login page with a code (/log-ind?sso=<code>&udbyder=<id>) that the page
 * turns into a Danish sentence; the details go to the server log, never to the browser.
 */

const providerIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/)

function failureRedirect(origin: string, failure: SsoFailure, providerId?: string, back?: string) {
  const url = new URL('/log-ind', origin)
  url.searchParams.set('sso', failure)
  if (providerId) url.searchParams.set('udbyder', providerId)
  if (back && back !== '/') url.searchParams.set('next', back)
  return redirect(url)
}

function redirect(url: URL | string, extraCookies: string[] = []) {
  const headers = new Headers({ Location: String(url), 'Cache-Control': 'no-store' })
  for (const cookie of extraCookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

function transactionCookie(value: string, origin: string, maxAgeSeconds: number) {
  const secure = origin.startsWith('https:') ? '; Secure' : ''
  // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
  return `${TRANSACTION_COOKIE}=${value}; Path=/api/sso; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`
}

function logFailure(payload: Payload, error: unknown, providerId: string) {
  if (error instanceof SsoError) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined
    payload.logger.warn(
      { provider: providerId, failure: error.failure, cause },
      `sso: ${error.message}`,
    )
  } else {
    payload.logger.error({ err: error, provider: providerId }, 'sso: sign-in failed unexpectedly')
  }
}

export async function startSsoSignIn(request: Request, providerParam: string): Promise<Response> {
  const origin = await siteOrigin()
  const next = ssoReturnPath(new URL(request.url).searchParams.get('next'))
  const id = providerIdSchema.safeParse(providerParam)
  const provider = id.success ? findProvider(id.data) : undefined
  if (!provider) return failureRedirect(origin, 'unknown-provider', undefined, next)
  const payload = await getPayload({ config })
  try {
    const { url, transaction } = await beginSignIn(
      provider,
      new URL(callbackPath(provider.id), origin).toString(),
      next,
      new Date(),
      TRANSACTION_MINUTES,
    )
    const sealed = sealTransaction(transaction, payload.secret)
    return redirect(url, [transactionCookie(sealed, origin, TRANSACTION_MINUTES * 60)])
  } catch (error) {
    logFailure(payload, error, provider.id)
    return failureRedirect(
      origin,
      error instanceof SsoError ? error.failure : 'error',
      provider.id,
      next,
    )
  }
}

export async function finishSsoSignIn(request: Request, providerParam: string): Promise<Response> {
  const origin = await siteOrigin()
  const id = providerIdSchema.safeParse(providerParam)
  const provider = id.success ? findProvider(id.data) : undefined
  const clearCookie = transactionCookie('', origin, 0)
  if (!provider) return failureRedirect(origin, 'unknown-provider')
  const payload = await getPayload({ config })
  const store = await cookies()
  const now = new Date()
  const opened = openTransaction(store.get(TRANSACTION_COOKIE)?.value, payload.secret, now)
  const params = new URL(request.url).searchParams
  if (!opened.ok || opened.transaction.provider !== provider.id) {
    payload.logger.warn(
      { provider: provider.id, reason: opened.ok ? 'other provider' : opened.reason },
      'sso: callback without a valid sign-in in progress',
    )
    return failureRedirect(origin, 'expired', provider.id)
  }
  const { transaction } = opened
  const back = transaction.returnTo
  const fail = (failure: SsoFailure) => {
    const response = failureRedirect(origin, failure, provider.id, back)
    response.headers.append('Set-Cookie', clearCookie)
    return response
  }
  // The provider's error answer (the user cancelled, no access …) comes before any state check
  // only when its state matches: otherwise it is somebody else's answer.
  if (params.get('state') !== transaction.state) {
    payload.logger.warn({ provider: provider.id }, 'sso: the state of the answer does not match')
    return fail('state')
  }
  try {
    // The address the provider sent the browser to, as registered (not the internal one).
    const callbackUrl = new URL(callbackPath(provider.id), origin)
    callbackUrl.search = new URL(request.url).search
    const claims = await finishSignIn(provider, callbackUrl, transaction, payload.logger)
    const reading = readClaims(provider, claims)
    if (!reading.ok) {
      payload.logger.warn(
        { provider: provider.id, failure: reading.failure },
        'sso: the provider vouched for somebody the portal does not let in',
      )
    }
    const req = await createLocalReq({}, payload)
    const result = await signInAccount(payload, provider, reading, { now, req })
    if (!result.ok) return fail(result.failure)
    const { cookie } = await issueSession(payload, result.userId, req)
    // Payload's session cookie, always SameSite=Lax (as the portal's login form sets it): the
    // browser arrives here from the provider's site, and a Strict cookie set now would not be
    // sent with the redirect that follows.
    const sessionCookie = [
      `${cookie.name}=${cookie.value ?? ''}`,
      `Path=${cookie.path ?? '/'}`,
      'HttpOnly',
      'SameSite=Lax',
      cookie.expires ? `Expires=${new Date(cookie.expires).toUTCString()}` : undefined,
      cookie.secure ? 'Secure' : undefined,
      cookie.domain ? `Domain=${cookie.domain}` : undefined,
    ]
      .filter(Boolean)
      .join('; ')
    return redirect(new URL(back, origin), [clearCookie, sessionCookie])
  } catch (error) {
    logFailure(payload, error, provider.id)
    return fail(error instanceof SsoError ? error.failure : 'error')
  }
}

import { AsyncLocalStorage } from 'node:async_hooks'

import { sessionClaims } from '@/security/sessionUser'

/** What every log line of a request carries: the request id, and the account (id, role) if any. */
export type RequestLogContext = { reqId?: string; userId?: string | number; role?: string }

type HeaderSource = { get(name: string): string | null }

/**
 * Our own request scope, for code that is not inside a Next request (the front server's lines, a
 * job started for a request, tests). Inside Next, the request's headers give the same facts.
 */
const storage = new AsyncLocalStorage<RequestLogContext>()

export function runWithLogContext<T>(context: RequestLogContext, fn: () => T): T {
  return storage.run(context, fn)
}

const fromHeadersCache = new WeakMap<object, RequestLogContext>()

/**
 * The log context of a request from its headers: the `X-Request-Id` the front server set, and
 * the account of a valid session token (its id and role, never the e-mail). Cached per request.
 */
export function logContextFromHeaders(headers: HeaderSource): RequestLogContext {
  const cached = fromHeadersCache.get(headers)
  if (cached) return cached
  const context: RequestLogContext = {}
  const reqId = headers.get('x-request-id')
  if (reqId && /^[\w.:-]{1,128}$/.test(reqId)) context.reqId = reqId
  const claims = sessionClaims(headers)
  if (claims) {
    context.userId = claims.id
    if (claims.role) context.role = claims.role
  }
  fromHeadersCache.set(headers, context)
  return context
}

type NextRequestStore = { type?: string; headers?: HeaderSource }
type NextWorkUnitStorage = { getStore(): NextRequestStore | undefined }

let nextStorage: NextWorkUnitStorage | null | undefined

/**
 * Next's own request scope (the store behind `headers()`), read synchronously. It is one of
 * Next's `*.external` modules, which every bundle shares, so route handlers, pages and server
 * actions all see it; outside Next it is simply empty.
 */
async function loadNextStorage() {
  try {
    const mod =
      (await import('next/dist/server/app-render/work-unit-async-storage.external.js')) as {
        workUnitAsyncStorage?: NextWorkUnitStorage
      }
    nextStorage = mod.workUnitAsyncStorage ?? null
  } catch {
    nextStorage = null
  }
}
void loadNextStorage()

/** The context of the request this code runs for, or undefined outside any request. */
export function currentLogContext(): RequestLogContext | undefined {
  const own = storage.getStore()
  if (own) return own
  const store = nextStorage?.getStore()
  if (store?.type === 'request' && store.headers && typeof store.headers.get === 'function') {
    return logContextFromHeaders(store.headers)
  }
  return undefined
}

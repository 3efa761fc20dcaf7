import * as oidc from 'openid-client'

import { type SsoProvider, isLoopback } from './config'
import type { SsoFailure } from './messages'
import type { SsoTransaction } from './transaction'

/**
 * The portal as an OpenID Connect client (npm openid-client): the authorization code flow with
 * PKCE (S256), `state` and `nonce`; the ID token's signature is checked against the provider's
 * published keys (JWKS), and its issuer, audience, expiry and nonce by openid-client. Only the
 * claims are kept: neither the access token nor the ID token outlives the callback.
 */
export class SsoError extends Error {
  constructor(
    readonly failure: SsoFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'SsoError'
  }
}

/** Discovery results per provider (issuer, endpoints, keys), kept an hour; a failure is not kept. */
const configurations = new Map<
  string,
  { at: number; key: string; config: Promise<oidc.Configuration> }
>()
const DISCOVERY_TTL_MS = 60 * 60 * 1000

/** Forget discovery results (tests; a provider whose keys or endpoints changed). */
export const forgetDiscovery = () => configurations.clear()

const codeOf = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined

function discoveryFailure(provider: SsoProvider, error: unknown): SsoError {
  const code = codeOf(error)
  // oauth4webapi compares the metadata's `issuer` with the configured one.
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') {
    return new SsoError('wrong-issuer', `discovery of ${provider.issuer}: the issuer differs`, {
      cause: error,
    })
  }
  return new SsoError('unreachable', `discovery of ${provider.issuer} failed (${code ?? error})`, {
    cause: error,
  })
}

export async function configurationFor(provider: SsoProvider): Promise<oidc.Configuration> {
  if (!provider.secret) {
    throw new SsoError('misconfigured', `provider ${provider.id} has no client secret`)
  }
  const key = `${provider.issuer}|${provider.clientId}|${provider.secret}`
  const cached = configurations.get(provider.id)
  if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS) {
    return cached.config
  }
  const issuer = new URL(provider.issuer)
  const config = oidc
    .discovery(issuer, provider.clientId, undefined, oidc.ClientSecretBasic(provider.secret), {
      // Plain HTTP only for a provider on this machine (the demo and the tests).
      execute: isLoopback(issuer.hostname) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    })
    .catch((error: unknown) => {
      configurations.delete(provider.id)
      throw discoveryFailure(provider, error)
    })
  configurations.set(provider.id, { at: Date.now(), key, config })
  return config
}

/** The address to send the browser to, and the transaction to keep in its cookie. */
export async function beginSignIn(
  provider: SsoProvider,
  redirectUri: string,
  returnTo: string,
  now: Date,
  minutes: number,
): Promise<{ url: URL; transaction: SsoTransaction }> {
  const config = await configurationFor(provider)
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const transaction: SsoTransaction = {
    provider: provider.id,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier,
    returnTo,
    expiresAt: now.getTime() + minutes * 60_000,
  }
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: provider.scopes.join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: transaction.state,
    nonce: transaction.nonce,
  })
  return { url, transaction }
}

/** The claim or attribute an oauth4webapi check compared, wherever in the cause chain it sits. */
function comparedField(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { claim, attribute, cause } = current as {
      claim?: unknown
      attribute?: unknown
      cause?: unknown
    }
    if (typeof claim === 'string') return claim
    if (typeof attribute === 'string') return attribute
    current = cause
  }
  return undefined
}

function grantFailure(provider: SsoProvider, error: unknown): SsoError {
  if (error instanceof oidc.AuthorizationResponseError) {
    // The provider answered the authorization with an error (access_denied, login_required …).
    return new SsoError('denied', `${provider.id} answered ${error.error}`, { cause: error })
  }
  const code = codeOf(error)
  const field = comparedField(error)
  if (field === 'iss' || field === 'issuer') {
    // The `iss` of the response or of the ID token is not the configured issuer.
    return new SsoError('wrong-issuer', `${provider.id}: issuer mismatch`, { cause: error })
  }
  if (
    error instanceof TypeError ||
    code === 'OAUTH_TIMEOUT' ||
    (error as Error)?.name === 'AbortError'
  ) {
    return new SsoError('unreachable', `${provider.id}: token endpoint unreachable`, {
      cause: error,
    })
  }
  return new SsoError('token', `${provider.id}: ${code ?? (error as Error)?.message ?? error}`, {
    cause: error,
  })
}

/**
 * Finishes the sign-in: exchanges the code (with the PKCE verifier), validates the ID token and
 * returns its claims merged with the userinfo answer (the ID token's claims win).
 */
export async function finishSignIn(
  provider: SsoProvider,
  callbackUrl: URL,
  transaction: SsoTransaction,
  log: { warn: (object: object, message: string) => void },
): Promise<Record<string, unknown>> {
  const config = await configurationFor(provider)
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    })
  } catch (error) {
    throw grantFailure(provider, error)
  }
  const idClaims = tokens.claims()
  if (!idClaims) throw new SsoError('token', `${provider.id}: no ID token`)
  let userinfo: Record<string, unknown> = {}
  if (config.serverMetadata().userinfo_endpoint) {
    try {
      userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
    } catch (error) {
      // The ID token alone is enough when it carries the claims (as Entra ID's does).
      log.warn({ err: error, provider: provider.id }, 'sso: userinfo could not be read')
    }
  }
  return { ...userinfo, ...idClaims }
}

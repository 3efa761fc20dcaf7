import { generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'

/**
 * A small OpenID Connect provider (npm oidc-provider, a certified implementation) for one
 * municipality: the demo's »Køge Kommune (demo)« on the embedded start, and the browser tests'
 * provider. Its people sign in with e-mail and password on a Danish page of its own; consent is
 * implied (the portal is the only client). The accounts are a live map: a test that removes a
 * person's group sees it at that person's next sign-in.
 */
export type ProviderAccount = {
  sub: string
  email: string
  password: string
  name: string
  title?: string
  groups: string[]
  emailVerified?: boolean
}

export type OidcServerOptions = {
  /** Listen here; 0 picks a free port. */
  port?: number
  host?: string
  /** The issuer's host name in URLs (default localhost). */
  publicHost?: string
  /** Shown on the sign-in page. */
  title: string
  clientId: string
  clientSecret: string
  redirectUris: string[]
  accounts: Map<string, ProviderAccount>
  /** Shown on the sign-in page (the demo lists its people). */
  hint?: string
}

export type OidcServer = { issuer: string; port: number; close: () => Promise<void> }

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(title: string, body: string) {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin-top:1rem;font-weight:600}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a00;font-weight:600}small{color:#555}</style>
</head><body>${body}</body></html>`
}

function sameText(a: string, b: string) {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > 10_000) break
  }
  return new URLSearchParams(body)
}

export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const server = http.createServer()
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  )
  const port = (server.address() as AddressInfo).port
  const issuer = `http://${options.publicHost ?? 'localhost'}:${port}`
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  }

  const findByEmail = (email: string) =>
    [...options.accounts.values()].find((account) => account.email === email.trim().toLowerCase())
  const findBySub = (sub: string) =>
    [...options.accounts.values()].find((account) => account.sub === sub)

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'title', 'groups'],
    },
    // The ID token carries the person's claims, as Entra ID's does; userinfo has them too.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Short lives: this provider is for demos and tests (seconds).
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Grant: 8 * 3600,
      Session: 8 * 3600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const account = findBySub(sub)
      if (!account) return undefined
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
          title: account.title,
          groups: [...account.groups],
        }),
      }
    },
    // The portal is this provider's only client: consent to the scopes it asks for is implied.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const oidc = ctx.oidc
      const clientId = oidc.client!.clientId
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(clientId)
      if (grantId) return oidc.provider.Grant.find(grantId)
      const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session!.accountId! })
      grant.addOIDCScope('openid email profile')
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'title', 'groups'])
      await grant.save()
      return grant
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html'
      ctx.body = page(
        'Fejl',
        `<h1>Login mislykkedes</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`,
      )
    },
  }
  const provider = new Provider(issuer, configuration)
  const callback = provider.callback()

  const loginForm = (uid: string, error?: string, email = '') =>
    page(
      options.title,
      `<h1>${escapeHtml(options.title)}</h1>
<p>Log ind med din arbejdskonto for at fortsætte til Videnportalen.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(email)}" required>
<label for="password">Adgangskode</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log ind</button></form>
<p><a href="/interaction/${escapeHtml(uid)}/abort">Annullér</a></p>
${options.hint ? `<p><small>${options.hint}</small></p>` : ''}`,
    )

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const match = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?$/.exec(url.pathname)
    if (!match) return void callback(req, res)
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res)
        const uid = match[1]!
        if (match[2] === '/abort') {
          await provider.interactionFinished(
            req,
            res,
            { error: 'access_denied', error_description: 'Login blev annulleret' },
            { mergeWithLastSubmission: false },
          )
          return
        }
        if (details.prompt.name !== 'login') {
          // Consent is implied (loadExistingGrant); anything else finishes as it is.
          await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true })
          return
        }
        if (match[2] === '/login' && req.method === 'POST') {
          const form = await readForm(req)
          const email = (form.get('email') ?? '').slice(0, 254)
          const account = findByEmail(email)
          if (!account || !sameText(account.password, form.get('password') ?? '')) {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
            res.end(loginForm(uid, 'E-mail eller adgangskode er forkert.', email))
            return
          }
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: account.sub } },
            { mergeWithLastSubmission: false },
          )
          return
        }
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        res.end(loginForm(uid))
      } catch (error) {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' })
        res.end(
          page('Fejl', `<h1>Login mislykkedes</h1><p>${escapeHtml((error as Error).message)}</p>`),
        )
      }
    })()
  })

  return {
    issuer,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * The parts of npm oidc-provider (which ships no types) that src/sso/provider uses. Kept small
 * on purpose instead of adding @types/oidc-provider for a demo and test server.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export type Grant = {
    addOIDCScope(scope: string): void
    addOIDCClaims(claims: string[]): void
    save(): Promise<string>
  }

  export type KoaContextWithOIDC = {
    type: string
    body: unknown
    oidc: {
      client?: { clientId: string }
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined }
      result?: { consent?: { grantId?: string } }
      provider: Provider
    }
  }

  export type Account = {
    accountId: string
    claims: (use: string, scope: string) => Promise<Record<string, unknown>>
  }

  export type Configuration = {
    clients?: Array<Record<string, unknown>>
    jwks?: { keys: unknown[] }
    cookies?: { keys: string[] }
    claims?: Record<string, string[]>
    conformIdTokenClaims?: boolean
    pkce?: { required?: (ctx: unknown, client: unknown) => boolean }
    features?: Record<string, { enabled: boolean }>
    interactions?: { url: (ctx: unknown, interaction: { uid: string }) => string }
    findAccount?: (ctx: unknown, sub: string) => Promise<Account | undefined>
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>
    renderError?: (
      ctx: KoaContextWithOIDC,
      out: { error: string; error_description?: string },
      error: Error,
    ) => Promise<void>
    ttl?: Record<string, number>
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration)
    Grant: {
      new (init: { clientId: string; accountId: string }): Grant
      find(id: string): Promise<Grant | undefined>
    }
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<{ uid: string; prompt: { name: string }; params: Record<string, unknown> }>
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>
  }
}

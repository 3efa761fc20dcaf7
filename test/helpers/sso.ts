import type { ProviderInput } from '../../src/sso/config'
import type { OidcServer, ProviderAccount } from '../../src/sso/provider/oidcServer'

/**
 * Single sign-on in the tests: the test server (globalSetup) trusts these providers; the browser
 * tests start the real OpenID Connect provider (npm oidc-provider) on the port reserved for it.
 *
 * - `test-koege`: »Køge Kommune (test)«, vouches for koege.test, passwords off for that domain.
 * - `test-wrong-issuer`: the same server under another issuer name (127.0.0.1 instead of
 *   localhost), so its discovery answers with an issuer that is not the configured one.
 */
export const TEST_CLIENT_ID = 'videnportal-test'
export const TEST_CLIENT_SECRET = 'test-oidc-client-secret-0123456789'
export const TEST_DOMAIN = 'koege.test'
export const TEST_GROUPS = { caseworker: 'vp-sagsbehandlere', consultant: 'vp-konsulenter' }

export function testSsoEnv(port: number): Record<string, string> {
  const koege: ProviderInput = {
    id: 'test-koege',
    name: 'Køge Kommune (test)',
    issuer: `http://localhost:${port}`,
    clientId: TEST_CLIENT_ID,
    clientSecretEnv: 'OIDC_TEST_CLIENT_SECRET',
    domains: [TEST_DOMAIN],
    municipality: '259',
    roles: { consultant: [TEST_GROUPS.consultant], caseworker: [TEST_GROUPS.caseworker] },
    passwordLogin: 'off',
  }
  const wrongIssuer: ProviderInput = {
    ...koege,
    id: 'test-wrong-issuer',
    name: 'Forkert Kommune (test)',
    issuer: `http://127.0.0.1:${port}`,
    domains: ['wrong.test'],
    passwordLogin: 'on',
  }
  return {
    OIDC_PROVIDERS: JSON.stringify([koege, wrongIssuer]),
    OIDC_TEST_CLIENT_SECRET: TEST_CLIENT_SECRET,
  }
}

export async function startTestProvider(
  port: number,
  portalOrigin: string,
  accounts: Map<string, ProviderAccount>,
): Promise<OidcServer> {
  // Loaded here, not at the top: the global setup reads only the environment from this file.
  const { startOidcServer } = await import('../../src/sso/provider/oidcServer')
  return startOidcServer({
    port,
    title: 'Køge Kommune (test)',
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    redirectUris: [
      `${portalOrigin}/api/sso/test-koege/callback`,
      `${portalOrigin}/api/sso/test-wrong-issuer/callback`,
    ],
    accounts,
  })
}

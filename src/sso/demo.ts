import { randomBytes } from 'node:crypto'

import type { ProviderInput } from './config'
import type { OidcServer, ProviderAccount } from './provider/oidcServer'

/**
 * »Køge Kommune (demo)«: the identity provider `npm start` runs beside the embedded database, so
 * single sign-on can be tried without a municipality's Entra ID. Never with DATABASE_URI (a real
 * installation), and not when OIDC_PROVIDERS names providers of its own (or OIDC_DEMO=off).
 * Its people are invented; their password is the demo password.
 */
export const DEMO_PROVIDER_ID = 'koege-demo'
export const DEMO_DOMAIN = 'koege.kommune.local'
export const DEMO_GROUPS = {
  caseworker: 'videnportal-sagsbehandlere',
  consultant: 'videnportal-konsulenter',
} as const

export function demoAccounts(password: string): Map<string, ProviderAccount> {
  const people: ProviderAccount[] = [
    {
      sub: 'koege-demo-0001',
      email: `sagsbehandler@${DEMO_DOMAIN}`,
      password,
      name: 'Signe Sagsbehandler (SSO-demo)',
      title: 'Socialrådgiver, Børne- og Ungerådgivningen',
      groups: [DEMO_GROUPS.caseworker],
    },
    {
      sub: 'koege-demo-0002',
      email: `konsulent@${DEMO_DOMAIN}`,
      password,
      name: 'Kasper Konsulent (SSO-demo)',
      title: 'Udviklingskonsulent',
      groups: [DEMO_GROUPS.consultant],
    },
    {
      sub: 'koege-demo-0003',
      email: `tidligere@${DEMO_DOMAIN}`,
      password,
      name: 'Tine Tidligere (SSO-demo)',
      title: 'Tidligere medarbejder',
      groups: [],
    },
  ]
  return new Map(people.map((person) => [person.sub, person]))
}

export function shouldRunDemoProvider(env: NodeJS.ProcessEnv): boolean {
  return !env.DATABASE_URI && !env.OIDC_PROVIDERS?.trim() && env.OIDC_DEMO !== 'off'
}

export type DemoProvider = {
  server: OidcServer
  env: Record<string, string>
  logins: Array<{ email: string; note: string }>
}

export async function startDemoProvider({
  portalPort,
  password,
  serverUrl,
}: {
  portalPort: number
  password: string
  serverUrl?: string
}): Promise<DemoProvider> {
  const clientSecret = randomBytes(24).toString('base64url')
  const origins = new Set([`http://localhost:${portalPort}`, `http://127.0.0.1:${portalPort}`])
  if (serverUrl) origins.add(new URL(serverUrl).origin)
  // Loaded only when the demo runs: oidc-provider is not needed by anything else at start.
  const { startOidcServer } = await import('./provider/oidcServer')
  const server = await startOidcServer({
    title: 'Køge Kommune (demo) – log ind',
    clientId: 'videnportal',
    clientSecret,
    redirectUris: [...origins].map((origin) => `${origin}/api/sso/${DEMO_PROVIDER_ID}/callback`),
    accounts: demoAccounts(password),
    hint: `Demo: sagsbehandler@${DEMO_DOMAIN} eller konsulent@${DEMO_DOMAIN}, adgangskode ${password}. tidligere@${DEMO_DOMAIN} er ikke i en gruppe med adgang.`,
  })
  const provider: ProviderInput = {
    id: DEMO_PROVIDER_ID,
    name: 'Køge Kommune (demo)',
    issuer: server.issuer,
    clientId: 'videnportal',
    clientSecretEnv: 'OIDC_DEMO_CLIENT_SECRET',
    domains: [DEMO_DOMAIN],
    municipality: '259',
    roles: { consultant: [DEMO_GROUPS.consultant], caseworker: [DEMO_GROUPS.caseworker] },
    passwordLogin: 'off',
  }
  return {
    server,
    env: {
      OIDC_PROVIDERS: JSON.stringify([provider]),
      OIDC_DEMO_CLIENT_SECRET: clientSecret,
    },
    logins: [
      { email: `sagsbehandler@${DEMO_DOMAIN}`, note: 'sagsbehandler, Køge' },
      { email: `konsulent@${DEMO_DOMAIN}`, note: 'udviklingskonsulent, Køge' },
    ],
  }
}

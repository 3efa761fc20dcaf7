import { z } from 'zod'

/**
 * The identity providers the portal trusts for single sign-on, one or more per municipality,
 * configured by the environment variable OIDC_PROVIDERS (a JSON list, checked here with zod):
 *
 *   [{ "id": "koege", "name": "Køge Kommune", "issuer": "https://login.microsoftonline.com/<tenant>/v2.0",
 *      "clientId": "…", "clientSecretEnv": "OIDC_KOEGE_SECRET", "domains": ["koege.dk"],
 *      "municipality": "259", "roles": { "consultant": ["…group id…"], "caseworker": ["…"] },
 *      "passwordLogin": "off" }]
 *
 * A provider never makes an admin: roles map to caseworker or consultant only. A provider that
 * cannot be read is left out and named in the log and the admin's settings view
 * (/admin/single-sign-on), so one mistake does not take the others down.
 */

/** Roles a provider may hand out. Never admin, never an NGO editor. */
export const ssoRoles = ['caseworker', 'consultant'] as const
export type SsoRole = (typeof ssoRoles)[number]

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, {
    message: 'an e-mail domain such as koege.dk',
  })

const groupList = z.array(z.string().min(1).max(500)).max(200)

export const providerSchema = z
  .object({
    /** In the URL (/api/sso/<id>/start) and on the user: a-z, 0-9 and -. */
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'a-z, 0-9 and - (at most 40), e.g. koege' }),
    /** What the button says after »Log ind med«: the municipality's name. */
    name: z.string().trim().min(2).max(80),
    /** The OpenID Connect issuer (discovery at <issuer>/.well-known/openid-configuration). */
    issuer: z.url({ message: 'a URL such as https://login.microsoftonline.com/<tenant>/v2.0' }),
    clientId: z.string().min(1).max(500),
    /** The client secret itself, or (better) the name of the variable that holds it. */
    clientSecret: z.string().min(1).max(2000).optional(),
    clientSecretEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/)
      .optional(),
    /** The e-mail domains whose users this provider vouches for; nobody else gets in through it. */
    domains: z.array(domainSchema).min(1).max(50),
    /** The municipality (three-digit code) its users work for. */
    municipality: z.string().regex(/^\d{3}$/, { message: 'a three-digit municipality code' }),
    /** The claim that lists the user's groups (Entra ID: groups; Keycloak: groups or roles). */
    groupsClaim: z.string().min(1).max(100).default('groups'),
    /** Groups (values of the groups claim) that make a consultant or a caseworker. */
    roles: z
      .object({ consultant: groupList.default([]), caseworker: groupList.default([]) })
      .strict()
      .default({ consultant: [], caseworker: [] }),
    /**
     * The role of a user in none of the groups above, when the provider itself decides who may
     * sign in (e.g. an Entra app with assignment required). Without it such a user is refused.
     */
    defaultRole: z.enum(ssoRoles).optional(),
    /** Claims read for the user's name and job title. */
    nameClaim: z.string().min(1).max(100).default('name'),
    titleClaim: z.string().min(1).max(100).default('title'),
    /** "off": users of these domains may no longer sign in with a password of this portal. */
    passwordLogin: z.enum(['on', 'off']).default('on'),
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5b\x5d-\x7e]+$/))
      .default(['openid', 'email', 'profile']),
  })
  .strict()
  .superRefine((provider, context) => {
    if (!provider.clientSecret && !provider.clientSecretEnv) {
      context.addIssue({ code: 'custom', message: 'give clientSecret or clientSecretEnv' })
    }
    if (!provider.scopes.includes('openid')) {
      context.addIssue({ code: 'custom', path: ['scopes'], message: 'must include openid' })
    }
    const url = new URL(provider.issuer)
    if (url.protocol !== 'https:' && !isLoopback(url.hostname)) {
      context.addIssue({
        code: 'custom',
        path: ['issuer'],
        message: 'must be https:// (http:// only on this machine, for the demo and the tests)',
      })
    }
    if (
      !provider.defaultRole &&
      provider.roles.consultant.length === 0 &&
      provider.roles.caseworker.length === 0
    ) {
      context.addIssue({
        code: 'custom',
        path: ['roles'],
        message: 'map at least one group to a role, or set defaultRole',
      })
    }
  })

export type ProviderInput = z.input<typeof providerSchema>
export type SsoProvider = z.infer<typeof providerSchema> & { secret: string | undefined }

export function isLoopback(hostname: string) {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

export type SsoConfig = {
  providers: SsoProvider[]
  /** What could not be read, in plain words, for the log and the settings view. */
  problems: string[]
}

/** Reads OIDC_PROVIDERS (and the secrets it names) from an environment; never throws. */
export function readSsoConfig(env: Record<string, string | undefined> = process.env): SsoConfig {
  const raw = env.OIDC_PROVIDERS?.trim()
  if (!raw) return { providers: [], problems: [] }
  let list: unknown
  try {
    list = JSON.parse(raw)
  } catch (error) {
    return { providers: [], problems: [`OIDC_PROVIDERS is not JSON: ${(error as Error).message}`] }
  }
  if (!Array.isArray(list)) {
    return { providers: [], problems: ['OIDC_PROVIDERS must be a JSON list of providers'] }
  }
  const providers: SsoProvider[] = []
  const problems: string[] = []
  const ids = new Set<string>()
  list.forEach((item, index) => {
    const parsed = providerSchema.safeParse(item)
    const label =
      item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
        ? `"${item.id.slice(0, 40)}"`
        : `#${index + 1}`
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || '(provider)'}: ${issue.message}`)
        .join('; ')
      problems.push(`OIDC_PROVIDERS ${label} is left out: ${issues}`)
      return
    }
    if (ids.has(parsed.data.id)) {
      problems.push(`OIDC_PROVIDERS ${label} is left out: the id is used twice`)
      return
    }
    const secret = parsed.data.clientSecret ?? env[parsed.data.clientSecretEnv ?? '']
    if (!secret) {
      problems.push(
        `OIDC_PROVIDERS ${label}: ${parsed.data.clientSecretEnv} is not set, so sign-in with it fails`,
      )
    }
    ids.add(parsed.data.id)
    providers.push({ ...parsed.data, secret })
  })
  return { providers, problems }
}

let cached: { raw: string | undefined; config: SsoConfig } | undefined

/** The configuration of this server (read once per value of OIDC_PROVIDERS). */
export function ssoConfig(): SsoConfig {
  const raw = process.env.OIDC_PROVIDERS
  if (!cached || cached.raw !== raw) cached = { raw, config: readSsoConfig(process.env) }
  return cached.config
}

export const ssoProviders = () => ssoConfig().providers

export const findProvider = (id: string) => ssoProviders().find((provider) => provider.id === id)

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase()

/** The provider whose domains cover this address and that has switched passwords off for them. */
export function passwordsOffBy(email: string): SsoProvider | undefined {
  const domain = domainOf(email)
  return ssoProviders().find(
    (provider) => provider.passwordLogin === 'off' && provider.domains.includes(domain),
  )
}

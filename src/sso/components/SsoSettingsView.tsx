import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { roleLabels } from '@/access/roles'
import { SsoError, configurationFor } from '@/sso/client'
import { ssoConfig, type SsoProvider } from '@/sso/config'
import { callbackPath } from '@/sso/paths'
import { siteOrigin } from '@/utilities/siteOrigin'

const cell = { textAlign: 'left', padding: '4px 12px 4px 0', verticalAlign: 'top' } as const

async function reachability(provider: SsoProvider): Promise<string> {
  try {
    const config = await configurationFor(provider)
    const metadata = config.serverMetadata()
    return `Svarer (udsteder ${metadata.issuer}${
      metadata.code_challenge_methods_supported?.includes('S256')
        ? ', PKCE S256'
        : ', PKCE ikke annonceret'
    })`
  } catch (error) {
    const failure = error instanceof SsoError ? error.failure : 'error'
    return failure === 'wrong-issuer'
      ? 'Fejl: udbyderen oplyser en anden udsteder (issuer) end den konfigurerede'
      : failure === 'misconfigured'
        ? 'Fejl: klient-hemmeligheden mangler'
        : 'Fejl: udbyderen svarer ikke (discovery mislykkedes)'
  }
}

/**
 * /admin/single-sign-on (admins only): the identity providers this server trusts, read from
 * OIDC_PROVIDERS, whether each answers now, the redirect URI to register with it, and what could
 * not be read. Secrets are never shown. Changing them is a change of the environment (README).
 */
export async function SsoSettingsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = checkRole(['admin'], req.user)
  const { providers, problems } = allowed ? ssoConfig() : { providers: [], problems: [] }
  const origin = allowed ? await siteOrigin() : ''
  const status = await Promise.all(providers.map(reachability))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <main aria-labelledby="sso-title">
          <h1 id="sso-title">Single sign-on (kommunernes login)</h1>
          {!allowed ? (
            <p>Kun sekretariatet (administratorer) kan se opsætningen af single sign-on.</p>
          ) : (
            <>
              <p>
                Portalen stoler på disse OpenID Connect-udbydere. Opsætningen læses fra
                miljøvariablen <code>OIDC_PROVIDERS</code> (se README); en ændring kræver en
                genstart af serveren. Klient-hemmeligheder vises aldrig.
              </p>
              {problems.length > 0 ? (
                <section aria-labelledby="sso-problems">
                  <h2 id="sso-problems">Fejl i opsætningen</h2>
                  <ul>
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {providers.length === 0 ? (
                <p>Ingen udbydere er sat op: alle logger ind med e-mail og adgangskode.</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      {[
                        'Kommune',
                        'Udsteder',
                        'E-maildomæner',
                        'Roller fra grupper',
                        'Adgangskoder',
                        'Redirect URI',
                        'Status',
                      ].map((heading) => (
                        <th key={heading} scope="col" style={cell}>
                          {heading}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {providers.map((provider, index) => (
                      <tr key={provider.id} data-sso-provider={provider.id}>
                        <th scope="row" style={cell}>
                          {provider.name} ({provider.municipality})
                        </th>
                        <td style={cell}>{provider.issuer}</td>
                        <td style={cell}>{provider.domains.join(', ')}</td>
                        <td style={cell}>
                          {roleLabels.consultant.da}: {provider.roles.consultant.join(', ') || '–'}
                          <br />
                          {roleLabels.caseworker.da}: {provider.roles.caseworker.join(', ') || '–'}
                          {provider.defaultRole ? (
                            <>
                              <br />
                              Alle andre: {roleLabels[provider.defaultRole].da}
                            </>
                          ) : null}
                        </td>
                        <td style={cell}>
                          {provider.passwordLogin === 'off' ? 'Slået fra for domænerne' : 'Tilladt'}
                        </td>
                        <td style={cell}>
                          <code>{new URL(callbackPath(provider.id), origin).toString()}</code>
                        </td>
                        <td style={cell}>{status[index]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}

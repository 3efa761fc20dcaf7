import type { Locale } from '@/i18n/locales'
import { findProvider } from '@/sso/config'
import { isSsoFailure, ssoTextsFor } from '@/sso/messages'
import { ssoButtons, startPath } from '@/sso/paths'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The portal login page's single sign-on part: why the last sign-in failed (from the code the
 * callback put in the address, never more), and »Log ind med <kommune>« per provider, as plain
 * links so it works without JavaScript.
 */
export function PortalSsoOptions({
  locale,
  next,
  searchParams,
}: {
  locale: Locale
  next: string
  searchParams: Record<string, string | string[] | undefined>
}) {
  const t = ssoTextsFor(locale)
  const failure = first(searchParams.sso)
  const providerId = first(searchParams.udbyder)
  const providerName =
    (typeof providerId === 'string' && findProvider(providerId)?.name) || 'kommunens login'
  const buttons = ssoButtons()
  return (
    <>
      {isSsoFailure(failure) ? (
        <div
          className="notice notice--error"
          role="alert"
          id="sso-error"
          data-sso-failure={failure}
        >
          <p>
            <strong>{t.heading}</strong>
          </p>
          <p>{t.failures[failure](providerName)}</p>
        </div>
      ) : null}
      {buttons.length > 0 ? (
        <nav aria-label={t.navLabel} className="sso-options">
          <ul className="sso-options__list">
            {buttons.map((provider) => (
              <li key={provider.id}>
                <a
                  className="button"
                  href={startPath(provider.id, next)}
                  data-sso-provider={provider.id}
                >
                  {t.button(provider.name)}
                </a>
              </li>
            ))}
          </ul>
          <p className="sso-options__or">{t.or}</p>
        </nav>
      ) : null}
    </>
  )
}

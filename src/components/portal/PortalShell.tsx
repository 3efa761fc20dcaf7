import Link from 'next/link'
import type React from 'react'

import { logout } from '@/actions/auth'
import { localizePath, paths } from '@/domain/urls'
import { getDictionary, type Locale, locales } from '@/i18n'
import { localeInfo } from '@/i18n/locales'
import { noteLabels } from '@/legislation/notes/labels'
import { notesIndexPath } from '@/legislation/notes/noteIndex'
import { methodLabels } from '@/network/methods/labels'
import { followPaths } from '@/legislation/follow/paths'
import { getViewer } from '@/queries/session'

import { FallbackTextProvider } from './FallbackViews.client'
import { LanguageSwitch } from './LanguageSwitch.client'
import { ShortlistCount } from './ShortlistCount.client'

/** The page frame of every language: skip link, header with menu and login state, footer. */
export async function PortalShell({
  locale,
  children,
}: {
  locale: Locale
  children: React.ReactNode
}) {
  const t = await getDictionary(locale)
  const viewer = await getViewer()
  return (
    <html lang={locale}>
      {/* A logged-in reader's shortlist is on their account (src/components/portal/shortlistStore). */}
      <body data-shortlist-account={viewer ? '1' : undefined}>
        <a className="skip-link" href="#indhold">
          {t.skipLink}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href={paths.home(locale)} className="brand">
              <span className="brand__name">{t.siteName}</span>
              <span className="brand__tagline">{t.tagline}</span>
            </Link>
            <nav aria-label={t.nav.label} className="site-nav">
              <ul>
                <li>
                  <Link href={paths.search(locale)}>{t.nav.search}</Link>
                </li>
                <li>
                  <Link href={paths.topics(locale)}>{t.nav.topics}</Link>
                </li>
                <li>
                  <Link href={notesIndexPath(locale)}>{noteLabels[locale].indexTitle}</Link>
                </li>
                <li>
                  <Link href={paths.methods(locale)}>{methodLabels[locale].indexTitle}</Link>
                </li>
                <li>
                  <Link href={paths.shortlist(locale)}>
                    {t.nav.shortlist}
                    <ShortlistCount />
                  </Link>
                </li>
                {viewer ? (
                  <li>
                    <Link href={localizePath(followPaths.manage, locale)}>{t.nav.follow}</Link>
                  </li>
                ) : null}
                {viewer ? (
                  <li className="site-nav__user">
                    <span>
                      <span className="visually-hidden">{t.nav.loggedInAs} </span>
                      {viewer.name}
                      <span className="site-nav__role"> ({t.roles[viewer.role]})</span>
                    </span>
                    <form action={logout}>
                      <input type="hidden" name="locale" value={locale} />
                      <button type="submit" className="link-button">
                        {t.nav.logout}
                      </button>
                    </form>
                  </li>
                ) : (
                  <li>
                    <Link href={paths.login(locale)}>{t.nav.login}</Link>
                  </li>
                )}
              </ul>
            </nav>
            <LanguageSwitch
              locale={locale}
              label={t.nav.languages}
              languages={locales.map((code) => ({ locale: code, name: localeInfo[code].name }))}
            />
          </div>
        </header>
        <main id="indhold" tabIndex={-1}>
          <FallbackTextProvider
            value={{
              ...t.errors,
              homePath: paths.home(locale),
              searchPath: paths.search(locale),
              siteName: t.siteName,
            }}
          >
            {children}
          </FallbackTextProvider>
        </main>
        <footer className="site-footer">
          <p>{t.footer.noChildData}</p>
          <ul>
            <li>
              <Link href={paths.accessibility(locale)}>{t.footer.accessibility}</Link>
            </li>
            <li>
              <Link href={paths.privacy(locale)}>{t.footer.privacy}</Link>
            </li>
            <li>
              <Link href="/admin" prefetch={false}>
                {t.footer.admin}
              </Link>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  )
}

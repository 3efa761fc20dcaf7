'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** The same page in another language: Danish at the root, the others under their prefix. */
export function languagePath(pathname: string, target: Locale): string {
  const first = pathname.split('/')[1] ?? ''
  const rest = isLocale(first) ? pathname.slice(first.length + 1) : pathname
  const page = rest === '' ? '/' : rest
  if (target === defaultLocale) return page
  return page === '/' ? `/${target}` : `/${target}${page}`
}

/**
 * Links to this page in the other languages, each named in its own language (`lang`, `hreflang`).
 * A plain list with a label, so it works without JavaScript and reads well in a screen reader.
 */
export function LanguageSwitch({
  locale,
  label,
  languages,
}: {
  locale: Locale
  label: string
  languages: Array<{ locale: Locale; name: string }>
}) {
  const pathname = usePathname() ?? '/'
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {languages
          .filter((language) => language.locale !== locale)
          .map((language) => (
            <li key={language.locale}>
              <Link
                href={languagePath(pathname, language.locale)}
                hrefLang={language.locale}
                lang={language.locale}
              >
                {language.name}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  )
}

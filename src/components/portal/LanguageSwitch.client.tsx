'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type React from 'react'

import type { Locale } from '@/domain/urls'

/** The same page in the other language: Danish at the root, English under /en. */
export function otherLanguagePath(pathname: string, locale: Locale): string {
  if (locale === 'en') {
    const rest = pathname.replace(/^\/en(?=\/|$)/, '')
    return rest === '' ? '/' : rest
  }
  return pathname === '/' ? '/en' : `/en${pathname}`
}

export function LanguageSwitch({
  locale,
  label,
  children,
}: {
  locale: Locale
  label: string
  children: React.ReactNode
}) {
  const pathname = usePathname() ?? (locale === 'en' ? '/en' : '/')
  return (
    <Link
      href={otherLanguagePath(pathname, locale)}
      hrefLang={locale === 'en' ? 'da' : 'en'}
      lang={locale === 'en' ? 'da' : 'en'}
      aria-label={label}
    >
      {children}
    </Link>
  )
}

import Link from 'next/link'
import type { ReactNode } from 'react'

import { PrintButton } from './PrintButton.client'

/**
 * The head of a portal document page that is not a listing (a legislation note, a method): the
 * breadcrumbs back to its index, its badges (kind, internal, state …), title and lead, and the
 * print button. The page adds what is its own below.
 */
export function DocumentHeader({
  home,
  index,
  breadcrumbsLabel,
  badges,
  title,
  summary,
  lang,
  printLabel,
}: {
  home: { href: string; label: string }
  index: { href: string; label: string }
  breadcrumbsLabel: string
  badges: ReactNode
  title: string
  summary: string | null | undefined
  lang: string | undefined
  printLabel: string
}) {
  return (
    <>
      <nav aria-label={breadcrumbsLabel} className="breadcrumbs">
        <ol>
          <li>
            <Link href={home.href}>{home.label}</Link>
          </li>
          <li>
            <Link href={index.href}>{index.label}</Link>
          </li>
        </ol>
      </nav>
      <header>
        <p className="card__meta">{badges}</p>
        <h1 lang={lang}>{title}</h1>
        <p className="lead" lang={lang}>
          {summary}
        </p>
        <div className="actions no-print">
          <PrintButton label={printLabel} />
        </div>
      </header>
    </>
  )
}

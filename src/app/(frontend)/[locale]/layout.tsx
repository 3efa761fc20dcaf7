import type { Metadata } from 'next'
import type React from 'react'

import { PortalShell } from '@/components/portal/PortalShell'
import { getDictionary, layoutLocale } from '@/i18n'
import { siteOrigin } from '@/utilities/siteOrigin'

import '../styles.css'

/** Every portal page depends on the reader (session cookie) and on live data. */
export const dynamic = 'force-dynamic'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const t = await getDictionary(await layoutLocale(params))
  return {
    // Makes every page's alternates (hreflang, canonical) absolute.
    metadataBase: new URL(await siteOrigin()),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.description,
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/manifest.webmanifest',
  }
}

/**
 * The root layout of the portal in every language: Danish at the root, the others under their
 * prefix (src/proxy.ts rewrites the root into `/da/…`).
 */
export default async function Layout({ children, params }: Props) {
  const locale = await layoutLocale(params)
  return <PortalShell locale={locale}>{children}</PortalShell>
}

import type { Metadata } from 'next'
import type React from 'react'

import { PortalShell } from '@/components/portal/PortalShell'
import { getMessages } from '@/i18n/messages'

import '../styles.css'

/** Every portal page depends on the reader (session cookie) and on live data. */
export const dynamic = 'force-dynamic'

const t = getMessages('en')

export const metadata: Metadata = {
  title: { default: t.siteName, template: `%s · ${t.siteName}` },
  description: t.description,
}

/** The root layout of the English portal (under /en). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <PortalShell locale="en">{children}</PortalShell>
}

import type { Metadata } from 'next'
import type React from 'react'

import { PortalShell } from '@/components/portal/PortalShell'
import { getMessages } from '@/i18n/messages'

import '../styles.css'

const t = getMessages('da')

export const metadata: Metadata = {
  title: { default: t.siteName, template: `%s · ${t.siteName}` },
  description: t.description,
}

/** The root layout of the Danish portal (at the root). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <PortalShell locale="da">{children}</PortalShell>
}

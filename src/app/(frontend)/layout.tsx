import Link from 'next/link'
import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Videnportal', template: '%s · Videnportal' },
  description:
    'Fælles lokal videnportal om tilbud til børn og unge med særlige behov i kommunernes netværk.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="da">
      <body>
        <a className="skip-link" href="#indhold">
          Gå til indhold
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Videnportal
          </Link>
          <span className="tagline">Børn og unge med særlige behov</span>
        </header>
        <main id="indhold">{children}</main>
        <footer className="site-footer">
          <p>Videnportalen indeholder ingen oplysninger om enkelte børn.</p>
        </footer>
      </body>
    </html>
  )
}

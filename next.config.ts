import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { defaultLocale, locales } from './src/i18n/locales'
import { securityHeaders } from './src/security/headers'

/** The prefixed languages (en|nb), for redirects under them. */
const prefixed = locales.filter((locale) => locale !== defaultLocale).join('|')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lint and typecheck run as their own CI steps; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  // pdfjs-dist loads its worker module at run time: bundled, it finds none and reads no text.
  serverExternalPackages: ['sharp', 'pdfjs-dist'],
  async redirects() {
    // The Danish web accessibility law asks for /was next to the accessibility statement.
    return [
      { source: '/was', destination: '/tilgaengelighed', permanent: false },
      {
        source: `/:locale(${prefixed})/was`,
        destination: '/:locale/tilgaengelighed',
        permanent: false,
      },
    ]
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ development: process.env.NODE_ENV === 'development' }),
      },
    ]
  },
  experimental: {
    // Minifying server code renames Payload's error classes; their names decide whether an
    // error's message reaches the client, so minified builds answer "An unknown error occurred."
    serverMinification: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

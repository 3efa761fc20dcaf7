import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/security/headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lint and typecheck run as their own CI steps; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp'],
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

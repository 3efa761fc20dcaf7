import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lint and typecheck run as their own CI steps; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

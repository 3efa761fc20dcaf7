import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { LegalBases } from '@/collections/LegalBases'
import { LegislationNotes } from '@/collections/LegislationNotes'
import { Media } from '@/collections/Media'
import { Mentors } from '@/collections/Mentors'
import { Municipalities } from '@/collections/Municipalities'
import { Offers } from '@/collections/Offers'
import { Organizations } from '@/collections/Organizations'
import { SchoolOptions } from '@/collections/SchoolOptions'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { isBuildPhase, readServerEnv } from '@/env'
import { sqlQueryCountEnabled, sqlQueryCounter } from '@/utilities/sqlQueryCounter'
import { searchPlugin } from '@/search/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readServerEnv()

function payloadSecret(): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  // `next build` evaluates the config without running it; no session is ever signed with this.
  if (isBuildPhase()) return 'build-time-placeholder-never-used-at-runtime'
  throw new Error('PAYLOAD_SECRET is not set: npm start sets it; in production set it yourself.')
}

const maxUploadBytes = env.MEDIA_MAX_BYTES

export default buildConfig({
  serverURL: env.SERVER_URL,
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Videnportal' },
    dateFormat: 'd. MMMM yyyy HH:mm',
    // No Gravatar: the admin must not send users' e-mail hashes to a third party.
    avatar: 'default',
    components: {
      afterNavLinks: ['/components/admin/ReviewNavLink.client#ReviewNavLink'],
      views: {
        review: { Component: '/components/admin/ReviewView#ReviewView', path: '/review' },
      },
    },
  },
  collections: [
    Offers,
    Mentors,
    SchoolOptions,
    Organizations,
    LegislationNotes,
    LegalBases,
    Topics,
    Media,
    Users,
    Municipalities,
  ],
  editor: lexicalEditor(),
  secret: payloadSecret(),
  typescript: { outputFile: path.resolve(dirname, 'src', 'payload-types.ts') },
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URI, max: 10 },
    // The schema comes from committed migrations only, in development too.
    push: false,
    migrationDir: path.resolve(dirname, 'src', 'migrations'),
    // Benchmarks count the SQL statements of each request (bench/portal.ts).
    logger: sqlQueryCountEnabled() ? sqlQueryCounter : undefined,
  }),
  // The portal and the admin use REST and the Local API; GraphQL would only widen the surface.
  graphQL: { disable: true },
  i18n: {
    supportedLanguages: { da, en, nb },
    fallbackLanguage: 'da',
  },
  upload: {
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: `Filen er for stor: den største tilladte størrelse er ${Math.round(maxUploadBytes / 1024 / 1024)} MB.`,
  },
  plugins: [searchPlugin()],
  sharp,
  telemetry: false,
})

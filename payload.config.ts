import { referenceDataPlugin } from '@/queries/referenceCache'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ErrorReports } from '@/collections/ErrorReports'
import { LegalBases } from '@/collections/LegalBases'
import { LegislationNotes } from '@/collections/LegislationNotes'
import { Media } from '@/collections/Media'
import { Mentors } from '@/collections/Mentors'
import { Municipalities } from '@/collections/Municipalities'
import { Offers } from '@/collections/Offers'
import { Organizations } from '@/collections/Organizations'
import { SchoolOptions } from '@/collections/SchoolOptions'
import { SearchStats } from '@/collections/SearchStats'
import { SearchTerms } from '@/collections/SearchTerms'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { ReviewTasks } from '@/reviewTasks/collection'
import { reviewTasksPlugin } from '@/reviewTasks/plugin'
import { richTextEditor } from '@/fields/richTextEditor'
import { danishAdminTranslations } from '@/i18n/adminTranslations'
import { isBuildPhase, readServerEnv } from '@/env'
import { answerDatabaseOutage, keepServingOnPoolErrors } from '@/utilities/databasePool'
import { reportFailedCommits } from '@/utilities/failedCommits'
import { sqlQueryCountEnabled, sqlQueryCounter } from '@/utilities/sqlQueryCounter'
import { checkRole } from '@/access/checkRole'
import { legislationNoteToDocument, listingToDocument } from '@/search/indexing/mappers'
import { accountsPlugin } from '@/accounts/plugin'
import { freshnessPlugin } from '@/freshness/plugin'
import { legislationNotesPlugin } from '@/legislation/notes/plugin'
import { mailPlugin } from '@/mail/plugin'
import { moderationPlugin } from '@/moderation/plugin'
import { inputChecksPlugin } from '@/plugins/inputChecks'
import { hsdsPlugin } from '@/hsds/plugin'
import { followPlugin } from '@/legislation/follow/plugin'
import { errorReportsPlugin } from '@/errorReports/plugin'
import { overviewPlugin } from '@/overview/plugin'
import { LegalBasisMoves } from '@/legislation/repeal/collection'
import { repealPlugin } from '@/legislation/repeal/plugin'
import { searchPlugin } from '@/search/plugin'
import { searchStatsPlugin } from '@/search/stats/plugin'
import { searchTermsPlugin } from '@/search/terms/plugin'
import { RetsinformationActs } from '@/legislation/watch/collection'
import { retsinformationWatchPlugin } from '@/legislation/watch/plugin'
import { scheduledNotesPlugin } from '@/legislation/schedule/plugin'
import { ssoPlugin } from '@/sso/plugin'
import { metricsPlugin } from '@/ops/metrics/plugin'
import { portalLogger } from '@/ops/logging/payloadLogger'
import { objectStoragePlugin } from '@/ops/storage/plugin'
import { shortlistsPlugin } from '@/shortlists/plugin'
import { networksPlugin } from '@/network/plugin'
import { methodsPlugin } from '@/network/methods/plugin'
import { methodToDocument } from '@/network/methods/searchMapper'
import { qualityPlugin } from '@/network/quality/plugin'
import { outcomesPlugin } from '@/outcomes/plugin'
import { cooperationsPlugin } from '@/cooperations/plugin'

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
    ErrorReports,
    // Before the plugins, so that the input checks (CPR refusal) cover them too.
    SearchTerms,
    SearchStats,
    ReviewTasks,
    // What the Retsinformation watch knows per cited act (written by its job only).
    RetsinformationActs,
    // The record of listings moved off a repealed provision (repealPlugin adds its endpoint).
    LegalBasisMoves,
  ],
  // Payload's default features; the link drawer refuses unsafe targets (src/domain/rules.ts).
  editor: richTextEditor(),
  secret: payloadSecret(),
  typescript: { outputFile: path.resolve(dirname, 'src', 'payload-types.ts') },
  // Structured JSON lines with the request id and account on each (src/ops/logging).
  logger: portalLogger(),
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
  // Danish whatever the browser asks for first (src/i18n/adminLanguage.ts); a user's own choice
  // in their account wins. Payload's Danish texts with our corrections.
  i18n: {
    supportedLanguages: { da, en, nb },
    fallbackLanguage: 'da',
    translations: { da: danishAdminTranslations },
  },
  upload: {
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: `Filen er for stor: den største tilladte størrelse er ${Math.round(maxUploadBytes / 1024 / 1024)} MB.`,
  },
  // The jobs runner (src/jobs) works every queue and the scheduled tasks; plugins add tasks only.
  jobs: {
    // Running, queueing or cancelling jobs over HTTP (/api/payload-jobs/run …) is for admins:
    // Payload's default lets any logged-in user do it. Hooks queue with overrideAccess.
    access: {
      run: ({ req }) => checkRole(['admin'], req.user),
      queue: ({ req }) => checkRole(['admin'], req.user),
      cancel: ({ req }) => checkRole(['admin'], req.user),
    },
    // Only one job per concurrency key (one document) runs at a time.
    enableConcurrencyControl: true,
    deleteJobOnComplete: true,
  },
  plugins: [
    // Follow topics and laws: subscriptions, their stop links and the weekly digest (before the
    // input checks, so that those cover its collections).
    followPlugin(),
    // Shortlists kept with an account (before the input checks, which refuse CPR in their names).
    shortlistsPlugin(),
    // Accounts that end: last sign-in, deactivation (closed accounts are refused everywhere), the
    // daily closing of unused accounts (ACCOUNT_INACTIVE_MONTHS), invitations. Before the input
    // checks, so that they (CPR refusal) cover the invitations too.
    accountsPlugin(),
    // The network's own work (issue 18): networks, kommissorium, annual plan, meetings, reminders.
    networksPlugin(),
    // Methods and templates of the network, with their files' text (before the input checks).
    methodsPlugin(),
    // Cooperation quality: indicator sets and the member municipalities' yearly answers.
    qualityPlugin(),
    // Outcomes listings aim at, with how progress is followed up (before the input checks).
    outcomesPlugin(),
    // Cooperations with NGOs (issue 19): the six tools and the organization's reviewed side.
    cooperationsPlugin(),
    // JSON types and safe rich-text links on every collection, drafts included.
    inputChecksPlugin(),
    // E-mail: nodemailer over SMTP_URL, or kept in the admin's outbox (the embedded demo).
    mailPlugin({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }),
    // NGO editors' changes to these collections wait as drafts for a consultant's review.
    moderationPlugin({
      collections: ['offers', 'mentors', 'school-options', 'organizations', 'cooperation-sides'],
    }),
    // The secretariat's "Overblik" (/admin/overblik): freshness, open reports, review queue, CSV.
    overviewPlugin(),
    // Work the portal finds for owners and consultants (repealed provisions, new notes, amended
    // acts), closed by a person; its open tasks in the Overblik.
    reviewTasksPlugin(),
    // Verification by action, the review interval per kind (months; REVIEW_INTERVAL_MONTHS
    // overrides), the daily reminder digests and the re-sync of listings that turned overdue.
    freshnessPlugin({
      collections: {
        offers: { intervalMonths: 6 },
        mentors: { intervalMonths: 6 },
        'school-options': { intervalMonths: 12 },
      },
    }),
    // New legislation where it matters: a note opens a task for the owners of each listing it
    // affects; the listing's page and card show it until they confirm the listing against it.
    legislationNotesPlugin(),
    searchPlugin({
      // Indexed collections, each with the mapper that turns a published row into a document.
      collections: {
        offers: listingToDocument,
        mentors: listingToDocument,
        'school-options': listingToDocument,
        'legislation-notes': legislationNoteToDocument,
        methods: methodToDocument,
      },
      // Collections whose names documents carry, with the carried fields: a change re-syncs.
      references: {
        organizations: ['name'],
        topics: { fields: ['name', 'slug', 'parent'], parentField: 'parent' },
        'legal-bases': ['externalId', 'citation', 'heading', 'replaces'],
        municipalities: ['code', 'name', 'networkMember'],
        outcomes: ['slug'],
      },
      reconcileMinutes: env.SEARCH_RECONCILE_MINUTES,
    }),
    // Provisions with a life: flags on what cites a repealed provision, owners' tasks, the bulk
    // move to the successor, the Overblik's count per provision (src/legislation/repeal).
    repealPlugin(),
    // "Meld en fejl": the daily escalation and clean-up task, the admin navigation's count.
    errorReportsPlugin(),
    // Synonyms and abbreviations as content (search-terms), applied to the index on save, and
    // suggestions as you type.
    searchTermsPlugin({ refreshSeconds: env.SEARCH_TERMS_REFRESH_SECONDS }),
    // Daily search statistics without personal data, and the admin page of gaps.
    searchStatsPlugin({ retentionMonths: env.SEARCH_STATS_RETENTION_MONTHS }),
    // Legislation notes scheduled for their day (Payload's schedulePublish, worked by the jobs
    // runner), and the Overblik's list of what is scheduled.
    scheduledNotesPlugin(),
    // A watch on Retsinformation (off without RETSINFORMATION_URL): amended or repealed acts that
    // legal bases cite become tasks for the consultants.
    retsinformationWatchPlugin({
      baseUrl: env.RETSINFORMATION_URL,
      timeoutSeconds: env.RETSINFORMATION_TIMEOUT_SECONDS,
    }),
    // Single sign-on with the municipalities' OpenID Connect providers (OIDC_PROVIDERS): user
    // fields, passwords off per domain, the admin's login buttons and settings view.
    ssoPlugin(),
    // Metrics (/api/metrics): counts login failures and locks and mail outcomes (src/ops/metrics).
    metricsPlugin(),
    // Media on object storage when S3_BUCKET is set (src/ops/storage), local disk otherwise.
    objectStoragePlugin(),
    // Reference data (topics, municipalities, legal bases, outcomes) kept in memory for pages:
    // forgotten on this server when one of them changes.
    referenceDataPlugin(),
    // Open data (Open Referral HSDS 3.0, /api/hsds): a stored UUID per published record.
    hsdsPlugin({ collections: ['offers', 'mentors', 'school-options', 'organizations', 'topics'] }),
  ],
  // A restart of Postgres must not end the server (its pool reconnects), nor answer 2xx for a write
  // whose commit failed (src/utilities/databasePool.ts, failedCommits.ts).
  onInit: (payload) => {
    keepServingOnPoolErrors(payload)
    reportFailedCommits(payload)
  },
  // During such an outage a request answers 503 (as /api/health does), not 500.
  hooks: { afterError: [answerDatabaseOutage] },
  sharp,
  telemetry: false,
})

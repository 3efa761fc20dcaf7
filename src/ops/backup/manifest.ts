import { z } from 'zod'

/**
 * The manifest at the root of a backup archive: what was backed up, from which versions, with the
 * row counts and checksums a restore verifies before it writes anything.
 */
export const BACKUP_FORMAT = 'videnportal-backup'
export const BACKUP_FORMAT_VERSION = 1

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const tableEntrySchema = z.object({
  /** Table name in the `public` schema. */
  name: z.string().min(1),
  /** Columns in COPY order (generated columns left out). */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
  /** Path of the COPY text file inside the archive. */
  file: z.string().regex(/^db\/[^/]+\.copy$/),
  bytes: z.number().int().min(0),
  sha256,
})

export const mediaEntrySchema = z.object({
  /** Relative to the media directory, `/`-separated, never leaving it. */
  path: z
    .string()
    .min(1)
    .refine(
      (value) => !value.startsWith('/') && !value.split(/[/\\]/).includes('..'),
      'a media path must stay inside the media directory',
    ),
  bytes: z.number().int().min(0),
  sha256,
})

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string(), commit: z.string().optional() }),
  node: z.string(),
  postgres: z.string(),
  payload: z.string(),
  /** Migrations applied in the backed-up database, in order: the schema the rows belong to. */
  migrations: z.array(z.string().min(1)),
  tables: z.array(tableEntrySchema),
  sequences: z.array(
    z.object({
      name: z.string().min(1),
      value: z.string().regex(/^-?\d+$/),
      isCalled: z.boolean(),
    }),
  ),
  media: z.object({
    /** `files`: in the archive; `object-storage`: the bucket holds them (not in the archive). */
    source: z.enum(['files', 'object-storage', 'none']),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
    entries: z.array(mediaEntrySchema),
  }),
})

export type BackupManifest = z.infer<typeof manifestSchema>
export type TableEntry = z.infer<typeof tableEntrySchema>

/** Parses a manifest, with one precise line per problem. */
export function parseManifest(value: unknown): BackupManifest {
  const parsed = manifestSchema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    )
    throw new Error(
      `The archive's manifest.json is not a Videnportal backup manifest: ${problems.join('; ')}`,
    )
  }
  return parsed.data
}

/** Every migration of the backup must be known to this code (a newer backup needs newer code). */
export function planMigrations(backup: string[], known: string[]) {
  const unknown = backup.filter((name) => !known.includes(name))
  const later = known.filter((name) => !backup.includes(name))
  return { unknown, later }
}

import { z } from 'zod'

/**
 * Object storage for uploads, from `S3_*`: with S3_BUCKET set, media go to that bucket through
 * Payload's S3 adapter; without it, to MEDIA_DIR on local disk. Checked with zod, one precise line
 * per problem.
 */
const objectStorageEnvSchema = z.object({
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name (a-z, 0-9, . and -)',
    ),
  /** An S3-compatible endpoint (MinIO, Ceph, a cloud's S3 API); unset: AWS itself. */
  S3_ENDPOINT: z.url('S3_ENDPOINT must be a URL such as https://s3.example.net').optional(),
  S3_REGION: z.string().min(1).default('eu-north-1'),
  S3_ACCESS_KEY_ID: z.string().min(1, 'S3_ACCESS_KEY_ID is required with S3_BUCKET'),
  S3_SECRET_ACCESS_KEY: z.string().min(1, 'S3_SECRET_ACCESS_KEY is required with S3_BUCKET'),
  /** Path-style URLs (bucket in the path): most S3-compatible servers need them. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1')),
  /** A key prefix inside the bucket, e.g. the environment's name. */
  S3_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9/_-]*$/, 'S3_PREFIX may hold only a-z, 0-9, /, _ and -')
    .optional(),
})

export type ObjectStorageEnv = z.infer<typeof objectStorageEnvSchema>

/** The object storage settings, or undefined when S3_BUCKET is not set (local disk). */
export function readObjectStorageEnv(
  source: NodeJS.ProcessEnv = process.env,
): ObjectStorageEnv | undefined {
  if (!source.S3_BUCKET) return undefined
  const parsed = objectStorageEnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid object storage settings: ${problems.join('; ')}`)
  }
  return parsed.data
}

/** True when uploads go to object storage. */
export const usesObjectStorage = (source: NodeJS.ProcessEnv = process.env) =>
  Boolean(source.S3_BUCKET)

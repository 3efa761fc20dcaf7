import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type ObjectStorageEnv, readObjectStorageEnv } from './config'

/**
 * Media on object storage: with `S3_BUCKET` (and its key, secret, region, endpoint) set, uploads of
 * the media collection and their image sizes go to the bucket through Payload's S3 adapter instead
 * of MEDIA_DIR. Files are still served through /api/media/file/… (Payload's access control stays
 * on: `canReadMedia` decides, exactly as on disk), never by public bucket URLs. Without S3_BUCKET
 * the adapter is off but its two fields (prefix, _objectKey) stay in the schema, so the database is
 * the same either way and switching needs no migration.
 */
export const objectStoragePlugin =
  (settings: ObjectStorageEnv | undefined = readObjectStorageEnv()): Plugin =>
  (config) =>
    s3Storage({
      enabled: Boolean(settings),
      alwaysInsertFields: true,
      bucket: settings?.S3_BUCKET ?? 'unused',
      // Objects stay private: the portal streams them to readers it has let through.
      acl: 'private',
      collections: { media: settings?.S3_PREFIX ? { prefix: settings.S3_PREFIX } : true },
      config: settings
        ? {
            region: settings.S3_REGION,
            endpoint: settings.S3_ENDPOINT,
            forcePathStyle: settings.S3_FORCE_PATH_STYLE ?? Boolean(settings.S3_ENDPOINT),
            // S3-compatible servers (MinIO, Ceph, s3rver) often refuse the SDK's newer default
            // checksums on every request; AWS itself takes them.
            ...(settings.S3_ENDPOINT
              ? {
                  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
                  responseChecksumValidation: 'WHEN_REQUIRED' as const,
                }
              : {}),
            credentials: {
              accessKeyId: settings.S3_ACCESS_KEY_ID,
              secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
            },
          }
        : {},
    })(config)

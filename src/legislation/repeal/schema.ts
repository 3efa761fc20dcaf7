import { z } from 'zod'

import { listingCollections } from '@/domain/options'

export const MAX_ID = 2_147_483_647
const id = z
  .number({ message: 'Et id skal være et helt tal.' })
  .int('Et id skal være et helt tal.')
  .positive('Et id skal være et helt tal større end 0.')
  .max(MAX_ID, 'Et id kan højst være 2147483647.')

/** The body of a bulk move: the successor (needed when there are several), and which listings. */
export const moveRequestSchema = z
  .object({
    to: id.optional(),
    listings: z
      .array(
        z
          .object({
            collection: z.enum(listingCollections as [string, ...string[]], {
              message: `Samlingen skal være en af: ${listingCollections.join(', ')}.`,
            }),
            id,
          })
          .strict(),
      )
      .min(1, 'Angiv mindst ét opslag, eller udelad »listings« for at flytte dem alle.')
      .max(1000, 'Højst 1000 opslag ad gangen.')
      .optional(),
  })
  .strict()

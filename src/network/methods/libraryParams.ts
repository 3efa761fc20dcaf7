import { z } from 'zod'

import { methodTypeValues } from './options'

/** The /metoder page's URL state: words, type and topic (a GET form, so it works without JS). */
export const libraryParamsSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .refine((value) => !value.includes('\u0000'))
    .default(''),
  type: z.enum(methodTypeValues).optional(),
  emne: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional(),
})
export type LibraryParams = z.infer<typeof libraryParamsSchema>

/**
 * Reads the page's parameters; a value that cannot be read is dropped and named (the page says so
 * instead of failing), unknown parameters are ignored.
 */
export function parseLibraryParams(raw: Record<string, string | string[] | undefined>): {
  params: LibraryParams
  invalid: string[]
} {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.trim() || undefined
  const invalid: string[] = []
  const picked: Record<string, string | undefined> = {}
  for (const key of ['q', 'type', 'emne'] as const) {
    const value = first(raw[key])
    if (value === undefined) continue
    const one = libraryParamsSchema.shape[key].safeParse(value)
    if (one.success) picked[key] = value
    else invalid.push(key)
  }
  return { params: libraryParamsSchema.parse(picked), invalid }
}

export function libraryQuery(params: Partial<LibraryParams>): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  if (params.type) query.set('type', params.type)
  if (params.emne) query.set('emne', params.emne)
  return query.toString()
}

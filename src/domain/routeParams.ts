import { z } from 'zod'

/** A slug in a route: what the slug field makes (a-z, 0-9 and -); anything else is a 404. */
export const slugParam = z.string().regex(/^[a-z0-9-]{1,120}$/)
export const codeParam = z.string().regex(/^\d{3}$/)

/** Route params arrive percent-encoded from some clients: decode once, then validate. */
export function parseSlug(raw: string): string | null {
  let value = raw
  try {
    value = decodeURIComponent(raw)
  } catch {
    return null
  }
  const parsed = slugParam.safeParse(value)
  return parsed.success ? parsed.data : null
}

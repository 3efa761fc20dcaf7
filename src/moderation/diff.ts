import { lexicalToText } from '@/utilities/richText'

/** Fields that are bookkeeping, not content: never shown as changes. */
const IGNORED = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'review',
  'importHash',
  'createdBy',
  'updatedBy',
  'parent',
  'latest',
])

export type Change = { path: string; before: string; after: string }

function isRichText(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'root' in value
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  if (isRichText(value)) return lexicalToText(value) || '–'
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? show(Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'id')))
          : String(item),
      )
      .join('; ')
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(', ')
  }
  return String(value)
}

/**
 * What differs between the published document and the draft, field by field (groups one level
 * down), as text a consultant can read.
 */
export function diffDocuments(
  published: Record<string, unknown> | undefined,
  draft: Record<string, unknown>,
): Change[] {
  const changes: Change[] = []
  const visit = (
    before: Record<string, unknown> | undefined,
    after: Record<string, unknown>,
    prefix: string,
  ) => {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
    for (const key of keys) {
      if (IGNORED.has(key)) continue
      const a = before?.[key]
      const b = after[key]
      const isGroup = (v: unknown) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) && !isRichText(v)
      if (isGroup(a) || isGroup(b)) {
        visit(
          a as Record<string, unknown> | undefined,
          (b ?? {}) as Record<string, unknown>,
          `${prefix}${key}.`,
        )
        continue
      }
      const shownBefore = show(a)
      const shownAfter = show(b)
      if (shownBefore !== shownAfter)
        changes.push({ path: `${prefix}${key}`, before: shownBefore, after: shownAfter })
    }
  }
  visit(published, draft, '')
  return changes
}

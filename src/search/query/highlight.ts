/** Marks Meilisearch puts around matches; private-use characters that never occur in content. */
export const PRE = '\uE000'
export const POST = '\uE001'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Text with PRE/POST marks → safe HTML with <mark>. Everything else is escaped. */
export function marksToHtml(text: string): string {
  return escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>')
}

/** Marks the query's words in a text (the Postgres fallback has no highlighter of its own). */
export function markWords(text: string, query: string): string {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
  if (words.length === 0) return text
  const pattern = new RegExp(
    `(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'giu',
  )
  return text.replace(pattern, `${PRE}$1${POST}`)
}

import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const contentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'content',
)

/** Files in content/ that are not in the import format (read by their own code). */
const NOT_IMPORT_FORMAT = new Set(['municipalities.json', 'synonyms.json'])

/** The sample content in the import format, in a stable order. */
export function contentFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.json') && !NOT_IMPORT_FORMAT.has(entry.name)) files.push(full)
    }
  }
  walk(contentDir)
  return files
}

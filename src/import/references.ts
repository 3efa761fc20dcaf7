import type { ImportIssue } from './read'
import { keyOf, referenceData } from './section'
import { importSections, type LooseBundle, type Registry, type SectionName } from './sections'

/**
 * Keys that already exist in the database (or in other content files) and may be referred to: per
 * section name, and the reference data (municipalities by code).
 */
export type KnownKeys = Record<string, Set<string>>

export const emptyKnownKeys = (registry: Registry = importSections): KnownKeys =>
  Object.fromEntries(
    [...Object.keys(referenceData), ...registry.map((section) => section.name)].map((name) => [
      name,
      new Set<string>(),
    ]),
  )

/**
 * Finds duplicate keys in the file and references to things that exist neither in the file nor in
 * `known`. Each issue names the item and the field that refers.
 */
export function checkReferences(
  file: string,
  bundle: LooseBundle,
  known: KnownKeys,
  lineOf: (section: SectionName, id: string) => number | undefined,
  registry: Registry = importSections,
): ImportIssue[] {
  const issues: ImportIssue[] = []
  const available = new Map<string, Set<string>>()
  for (const name of Object.keys(referenceData)) available.set(name, known[name] ?? new Set())
  for (const section of registry) {
    available.set(
      section.name,
      new Set([
        ...(known[section.name] ?? []),
        ...(bundle[section.name] ?? []).map((item) => keyOf(section, item)),
      ]),
    )
  }
  const report = (section: string, id: string, field: string, message: string) =>
    issues.push({
      file,
      line: lineOf(section as SectionName, id),
      section: section as SectionName,
      id,
      field,
      message,
    })

  for (const section of registry) {
    const seen = new Set<string>()
    for (const item of bundle[section.name] ?? []) {
      const id = keyOf(section, item)
      if (seen.has(id))
        report(section.name, id, 'externalId', `Id'et ${id} findes flere gange i filen.`)
      seen.add(id)
    }
  }

  for (const section of registry) {
    for (const item of bundle[section.name] ?? []) {
      const id = keyOf(section, item)
      for (const { field, to, what, keys } of section.references) {
        const pool = available.get(to) ?? new Set()
        for (const value of keys(item)) {
          if (value !== undefined && !pool.has(value))
            report(section.name, id, field, `Ukendt ${what}: ${value}.`)
        }
      }
      for (const { field, message } of section.check?.(item) ?? []) {
        report(section.name, id, field, message)
      }
    }
  }
  return issues
}

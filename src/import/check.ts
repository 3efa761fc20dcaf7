/**
 * Checks content files without a database: `npx tsx src/import/check.ts [files…]` (default: every
 * file in content/). Prints each problem with file, line and field; exits 1 if there are any.
 */
import path from 'node:path'

import { readMunicipalities } from '@/seed'

import { contentFiles } from './content'
import { formatIssue } from './format'
import { readImportFile, validateItems } from './read'
import { checkReferences, emptyKnownKeys } from './references'
import { emptyBundle, importSections } from './sections'

const files = process.argv.slice(2).length ? process.argv.slice(2) : contentFiles()
const merged = emptyBundle()
let problems = 0
for (const file of files) {
  const { items, issues } = await readImportFile(file)
  const validated = validateItems(path.basename(file), items)
  for (const issue of [...issues, ...validated.issues]) {
    console.log(formatIssue(issue))
    problems++
  }
  for (const { name } of importSections) merged[name]!.push(...validated.bundle[name]!)
}
const known = emptyKnownKeys()
for (const municipality of readMunicipalities()) known.municipalities!.add(municipality.code)
for (const issue of checkReferences('content', merged, known, () => undefined)) {
  console.log(formatIssue(issue))
  problems++
}
const counts = importSections.map(({ name, labels }) => `${merged[name]!.length} ${labels.english}`)
console.log(`${files.length} files: ${counts.join(', ')}; ${problems} problems.`)
process.exit(problems > 0 ? 1 : 0)

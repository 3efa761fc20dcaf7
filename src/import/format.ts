import type { ImportIssue } from './read'
import { importSections } from './sections'

const sectionLabels = new Map<string, string>(
  importSections.map((section) => [section.name, section.labels.one]),
)

/** "offers.json, linje 42, opslag tilbud-123, felt ageMax: Mindstealderen kan ikke …" */
export function formatIssue(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `linje ${issue.line}` : undefined,
    issue.section
      ? `${sectionLabels.get(issue.section) ?? issue.section}${issue.id ? ` ${issue.id}` : ''}`
      : undefined,
    issue.field ? `felt ${issue.field}` : undefined,
  ].filter(Boolean)
  return `${where.join(', ')}: ${issue.message}`
}

import type { ImportIssue } from './read'

const sectionLabels = {
  topics: 'emne',
  legalBases: 'lovbestemmelse',
  organizations: 'organisation',
  listings: 'opslag',
  legislationNotes: 'lovgivningsnote',
} as const

/** "offers.json, linje 42, opslag tilbud-123, felt ageMax: Mindstealderen kan ikke …" */
export function formatIssue(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `linje ${issue.line}` : undefined,
    issue.section ? `${sectionLabels[issue.section]}${issue.id ? ` ${issue.id}` : ''}` : undefined,
    issue.field ? `felt ${issue.field}` : undefined,
  ].filter(Boolean)
  return `${where.join(', ')}: ${issue.message}`
}

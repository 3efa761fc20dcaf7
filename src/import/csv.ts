/**
 * CSV for listings: one row per listing, a header row with the column names below. Lists (topics,
 * coverage, languages, legal bases, focus) are separated by "|". Booleans are ja/nej (or true/false).
 * Semicolon- and comma-separated files are both read (Danish Excel writes semicolons).
 */

/** Column name → path in the listing object, in the order the exporter writes them. */
export const csvColumns = {
  externalId: 'externalId',
  kind: 'kind',
  status: 'status',
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  description: 'description',
  provider: 'provider',
  ageMin: 'ageMin',
  ageMax: 'ageMax',
  topics: 'topics',
  languages: 'languages',
  coverage: 'coverage',
  wholeNetwork: 'wholeNetwork',
  legalBasis: 'legalBasis',
  referralHowTo: 'referral.howTo',
  referralMunicipalDecisionRequired: 'referral.municipalDecisionRequired',
  referralSelfReferral: 'referral.selfReferral',
  referralInternalNote: 'referral.internalNote',
  costType: 'cost.type',
  costRateDkk: 'cost.rateDkk',
  costRateUnit: 'cost.rateUnit',
  costRateNote: 'cost.rateNote',
  capacityStatus: 'capacity.status',
  capacityWaitingWeeks: 'capacity.waitingWeeks',
  capacityAsOf: 'capacity.asOf',
  contactName: 'contacts.0.name',
  contactRole: 'contacts.0.role',
  contactEmail: 'contacts.0.email',
  contactPhone: 'contacts.0.phone',
  contactInternal: 'contacts.0.internal',
  locationName: 'locations.0.name',
  locationAddress: 'locations.0.address',
  locationPostalCode: 'locations.0.postalCode',
  locationCity: 'locations.0.city',
  locationMunicipality: 'locations.0.municipality',
  locationLatitude: 'locations.0.latitude',
  locationLongitude: 'locations.0.longitude',
  schedule: 'schedule',
  evidenceLevel: 'evidence.level',
  evidenceResults: 'evidence.results',
  evidenceTheoryOfChange: 'evidence.theoryOfChange',
  visibility: 'visibility',
  lastVerifiedAt: 'lastVerifiedAt',
  nextReviewAt: 'nextReviewAt',
  offerType: 'offerType',
  mentorType: 'mentorType',
  mentorFocus: 'focus',
  mentorMatching: 'matching',
  mentorDuration: 'duration',
  schoolType: 'schoolType',
  schoolGradeFrom: 'gradeFrom',
  schoolGradeTo: 'gradeTo',
  schoolClassSize: 'classSize',
  schoolProfile: 'profile',
  schoolAdmissionViaPPR: 'admissionViaPPR',
} as const

export type CsvColumn = keyof typeof csvColumns

const listColumns = new Set<CsvColumn>([
  'topics',
  'languages',
  'coverage',
  'legalBasis',
  'mentorFocus',
])
const numberColumns = new Set<CsvColumn>([
  'ageMin',
  'ageMax',
  'costRateDkk',
  'capacityWaitingWeeks',
  'locationLatitude',
  'locationLongitude',
  'schoolGradeFrom',
  'schoolGradeTo',
  'schoolClassSize',
])
const booleanColumns = new Set<CsvColumn>([
  'wholeNetwork',
  'referralMunicipalDecisionRequired',
  'referralSelfReferral',
  'contactInternal',
  'schoolAdmissionViaPPR',
])

export type CsvRow = { line: number; cells: string[] }

/** RFC 4180 parsing (quoted fields, doubled quotes, newlines inside quotes), keeping line numbers. */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[]; delimiter: string } {
  const source = text.replace(/^\uFEFF/, '')
  const firstLine = source.slice(0, source.search(/\r?\n|$/))
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const records: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === delimiter) {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      cells.push(cell)
      if (cells.some((value) => value.trim() !== '')) records.push({ line: recordLine, cells })
      cells = []
      cell = ''
      line++
      recordLine = line
    } else {
      cell += char
    }
  }
  cells.push(cell)
  if (cells.some((value) => value.trim() !== '')) records.push({ line: recordLine, cells })
  const [header, ...rows] = records
  return { header: (header?.cells ?? []).map((name) => name.trim()), rows, delimiter }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let node: Record<string, unknown> | unknown[] = target
  keys.forEach((key, index) => {
    const last = index === keys.length - 1
    const nextIsIndex = /^\d+$/.test(keys[index + 1] ?? '')
    const container = node as Record<string, unknown>
    if (last) container[key] = value
    else {
      container[key] ??= nextIsIndex ? [] : {}
      node = container[key] as Record<string, unknown>
    }
  })
}

function convert(column: CsvColumn, raw: string): unknown {
  const value = raw.trim()
  if (listColumns.has(column))
    return value
      .split('|')
      .map((part) => part.trim())
      .filter(Boolean)
  if (numberColumns.has(column)) {
    const number = Number(value.replace(/\s/g, '').replace(',', '.'))
    return Number.isNaN(number) ? value : number
  }
  if (booleanColumns.has(column)) {
    if (/^(ja|true|1|x)$/i.test(value)) return true
    if (/^(nej|false|0)$/i.test(value)) return false
    return value
  }
  return value
}

/** Unknown header names, so a misspelt column is reported instead of silently ignored. */
export function unknownColumns(header: string[]): string[] {
  return header.filter((name) => name && !(name in csvColumns))
}

/** Turns one CSV row into the raw listing object the JSON format would hold. Empty cells are absent. */
export function rowToListing(header: string[], cells: string[]): Record<string, unknown> {
  const listing: Record<string, unknown> = {}
  header.forEach((name, index) => {
    if (!(name in csvColumns)) return
    const raw = cells[index] ?? ''
    if (raw.trim() === '') return
    const column = name as CsvColumn
    setPath(listing, csvColumns[column], convert(column, raw))
  })
  for (const key of ['contacts', 'locations'] as const) {
    if (Array.isArray(listing[key])) listing[key] = (listing[key] as unknown[]).filter(Boolean)
  }
  return listing
}

function getPath(source: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source)
}

function formatCell(column: CsvColumn, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.join('|')
  if (booleanColumns.has(column)) return value ? 'ja' : 'nej'
  const text = String(value)
  return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Writes listings as CSV with every documented column, semicolon-separated as Danish Excel expects. */
export function listingsToCsv(listings: Record<string, unknown>[]): string {
  const columns = Object.keys(csvColumns) as CsvColumn[]
  const lines = [columns.join(';')]
  for (const listing of listings) {
    lines.push(
      columns.map((column) => formatCell(column, getPath(listing, csvColumns[column]))).join(';'),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

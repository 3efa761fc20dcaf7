/**
 * The secretariat's overview ("Overblik") as plain tables: pure functions from rows read by
 * ./load.ts to what the admin view shows and the CSV export writes. No Payload here.
 */

export type FreshnessState = 'fresh' | 'due' | 'overdue'

export type OverviewCell = { value: string | number; href?: string }

export type OverviewTable = {
  /** Stable key: the CSV's address (/api/overblik/<key>) and the section's anchor. */
  key: string
  title: string
  description?: string
  columns: { key: string; label: string; numeric?: boolean }[]
  rows: Record<string, OverviewCell>[]
  /** What to say when there are no rows. */
  empty?: string
}

export const freshnessLabels: Record<FreshnessState, string> = {
  fresh: 'Opdateret',
  due: 'Skal snart bekræftes',
  overdue: 'Over tid',
}

/** A published listing as the overview needs it, with its freshness already worked out. */
export type ListingFact = {
  collection: string
  id: number
  title: string
  providerId: number | null
  /** Municipality ids it covers; a whole-network listing covers every member municipality. */
  municipalityIds: number[]
  state: FreshnessState
  nextReviewAt: Date
}

type Counts = Record<FreshnessState, number>
const zero = (): Counts => ({ fresh: 0, due: 0, overdue: 0 })

const percent = (part: number, total: number) =>
  total === 0 ? '0 %' : `${Math.round((part / total) * 100)} %`

/** Danish number formatting of a share: "40 %". */
export const share = percent

/**
 * Fresh / due / overdue per group (organization or municipality): count and share, each count a
 * link to the listings behind it (`drill(groupId, state)`).
 */
export function freshnessTable({
  key,
  title,
  groupLabel,
  groups,
  listings,
  groupsOf,
  drill,
}: {
  key: string
  title: string
  groupLabel: string
  groups: { id: number; name: string }[]
  listings: ListingFact[]
  groupsOf: (listing: ListingFact) => number[]
  drill: (groupId: number, state?: FreshnessState) => string
}): OverviewTable {
  const counts = new Map<number, Counts>()
  for (const listing of listings) {
    for (const group of groupsOf(listing)) {
      const entry = counts.get(group) ?? zero()
      entry[listing.state] += 1
      counts.set(group, entry)
    }
  }
  const rows = groups
    .filter((group) => counts.has(group.id))
    .map((group) => {
      const c = counts.get(group.id)!
      const total = c.fresh + c.due + c.overdue
      const row: Record<string, OverviewCell> = {
        name: { value: group.name },
        total: { value: total, href: drill(group.id) },
      }
      for (const state of ['fresh', 'due', 'overdue'] as const) {
        row[state] = { value: c[state], href: drill(group.id, state) }
        row[`${state}Share`] = { value: percent(c[state], total) }
      }
      return { row, overdueShare: c.overdue / total, name: group.name }
    })
    // The groups that need the secretariat most come first.
    .sort((a, b) => b.overdueShare - a.overdueShare || a.name.localeCompare(b.name, 'da'))
    .map(({ row }) => row)
  return {
    key,
    title,
    columns: [
      { key: 'name', label: groupLabel },
      { key: 'total', label: 'Opslag', numeric: true },
      { key: 'fresh', label: freshnessLabels.fresh, numeric: true },
      { key: 'freshShare', label: 'Andel opdateret', numeric: true },
      { key: 'due', label: freshnessLabels.due, numeric: true },
      { key: 'dueShare', label: 'Andel snart', numeric: true },
      { key: 'overdue', label: freshnessLabels.overdue, numeric: true },
      { key: 'overdueShare', label: 'Andel over tid', numeric: true },
    ],
    rows,
    empty: 'Ingen offentliggjorte opslag.',
  }
}

/** Age buckets in whole days since a moment: the last bucket has no upper end. */
export type AgeBucket = { key: string; label: string; fromDays: number; toDays?: number }

export const ageBuckets: AgeBucket[] = [
  { key: 'd0', label: 'Under 2 dage', fromDays: 0, toDays: 2 },
  { key: 'd2', label: '2–7 dage', fromDays: 2, toDays: 7 },
  { key: 'd7', label: '7–30 dage', fromDays: 7, toDays: 30 },
  { key: 'd30', label: 'Over 30 dage', fromDays: 30 },
]

const DAY = 24 * 60 * 60 * 1000

export function bucketOf(since: Date, now: Date, buckets = ageBuckets): AgeBucket {
  const days = (now.getTime() - since.getTime()) / DAY
  return (
    buckets.find(
      (bucket) => days >= bucket.fromDays && (bucket.toDays === undefined || days < bucket.toDays),
    ) ?? buckets[0]!
  )
}

/** The instants a bucket spans, for a link's filter: created after `from` and before `to`. */
export function bucketRange(bucket: AgeBucket, now: Date): { after?: Date; before: Date } {
  return {
    before: new Date(now.getTime() - bucket.fromDays * DAY),
    after: bucket.toDays === undefined ? undefined : new Date(now.getTime() - bucket.toDays * DAY),
  }
}

/**
 * Items by age (rows: a status or kind; columns: the age buckets and the total), each count a
 * link built by `link(rowKey, bucket)`.
 */
export function ageTable({
  key,
  title,
  description,
  rowLabel,
  rowKinds,
  items,
  now,
  link,
  empty,
}: {
  key: string
  title: string
  description?: string
  rowLabel: string
  rowKinds: { key: string; label: string }[]
  items: { kind: string; since: Date }[]
  now: Date
  link: (rowKey: string, bucket?: AgeBucket) => string
  empty: string
}): OverviewTable {
  const rows = rowKinds
    .map((kind) => {
      const mine = items.filter((item) => item.kind === kind.key)
      const row: Record<string, OverviewCell> = {
        name: { value: kind.label },
        total: { value: mine.length, href: link(kind.key) },
      }
      for (const bucket of ageBuckets) {
        const count = mine.filter((item) => bucketOf(item.since, now).key === bucket.key).length
        row[bucket.key] = { value: count, href: link(kind.key, bucket) }
      }
      return { row, count: mine.length }
    })
    .filter(({ count }) => count > 0)
    .map(({ row }) => row)
  return {
    key,
    title,
    description,
    columns: [
      { key: 'name', label: rowLabel },
      ...ageBuckets.map((bucket) => ({ key: bucket.key, label: bucket.label, numeric: true })),
      { key: 'total', label: 'I alt', numeric: true },
    ],
    rows,
    empty,
  }
}

/** A cell as CSV: quoted when it holds the separator, a quote or a line break. */
const csvCell = (value: string | number) => {
  const text = String(value)
  // A leading = + - @ would make a spreadsheet run it as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * A table as CSV the way Danish Excel opens it: a byte order mark, semicolons, CRLF, one header
 * row with the Danish column labels. Links are not exported, the values are.
 */
export function toCsv(table: OverviewTable): string {
  const lines = [
    table.columns.map((column) => csvCell(column.label)).join(';'),
    ...table.rows.map((row) =>
      table.columns.map((column) => csvCell(row[column.key]?.value ?? '')).join(';'),
    ),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

import { formatDanishDate } from '@/domain/danishDate'
import type { OverviewSection } from '@/overview/sections'
import type { OverviewCell, OverviewTable } from '@/overview/tables'

import { FLAG_FIELD, NOTES, type FlaggedCollection } from './flags'
import { repealReport } from './report'

export const REPEAL_VIEW_PATH = '/admin/ophaevede-bestemmelser'

/** The admin list of one collection, narrowed to what cites a repealed provision (or one of them). */
export function flaggedListHref(collection: FlaggedCollection, provision?: number): string {
  const citing = collection === NOTES ? 'legalBases' : 'legalBasis'
  const params = new URLSearchParams({ [`where[and][0][${FLAG_FIELD}][equals]`]: 'true' })
  if (provision !== undefined) params.set(`where[and][1][${citing}][equals]`, String(provision))
  return `/admin/collections/${collection}?${params.toString()}`
}

const kinds: { key: FlaggedCollection; label: string }[] = [
  { key: 'offers', label: 'Tilbud' },
  { key: 'mentors', label: 'Mentorordninger' },
  { key: 'school-options', label: 'Skoletilbud' },
  { key: NOTES, label: 'Noter uden efterfølger' },
]

/**
 * The consultants' report in the Overblik: per repealed provision (with a successor), how many
 * published listings of each kind still cite it, how many notes cite it without its successor,
 * and how many moves await their owners. Each count opens the admin list behind it; the table
 * downloads as CSV (/api/overblik/repealed-provisions).
 */
export const repealOverviewSection: OverviewSection = {
  key: 'repeal',
  title: 'Henvisninger til ophævede bestemmelser',
  load: async ({ payload, req, now }): Promise<OverviewTable[]> => {
    const rows = await repealReport(payload, req, now)
    return [
      {
        key: 'repealed-provisions',
        title: 'Opslag og noter, der henviser til ophævede bestemmelser',
        description:
          'Pr. ophævet bestemmelse: offentliggjorte opslag, der stadig henviser til den, og noter, der nævner den uden at nævne efterfølgeren. Flyt opslagene samlet under »Ophævede bestemmelser«.',
        columns: [
          { key: 'provision', label: 'Ophævet bestemmelse' },
          { key: 'validTo', label: 'Gjaldt til og med' },
          { key: 'successors', label: 'Afløst af' },
          ...kinds.map((kind) => ({ key: kind.key, label: kind.label, numeric: true })),
          { key: 'listings', label: 'Opslag i alt', numeric: true },
          { key: 'proposed', label: 'Afventer ejeren', numeric: true },
        ],
        rows: rows.map((row) => {
          const cells: Record<string, OverviewCell> = {
            provision: {
              value: row.provision.citation,
              href: `${REPEAL_VIEW_PATH}?provision=${row.provision.id}`,
            },
            validTo: { value: formatDanishDate(row.provision.validTo) },
            successors: {
              value: row.provision.successors.map((successor) => successor.citation).join(', '),
            },
            listings: {
              value: row.counts.offers + row.counts.mentors + row.counts['school-options'],
              href: `${REPEAL_VIEW_PATH}?provision=${row.provision.id}`,
            },
            proposed: { value: row.proposed },
          }
          for (const kind of kinds) {
            cells[kind.key] = {
              value: row.counts[kind.key],
              href: flaggedListHref(kind.key, row.provision.id),
            }
          }
          return cells
        }),
        empty: 'Ingen opslag eller noter henviser til en ophævet bestemmelse.',
      },
    ]
  },
}

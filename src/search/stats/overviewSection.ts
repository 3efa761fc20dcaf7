import { checkRole } from '@/access/checkRole'
import type { OverviewSection } from '@/overview/sections'

import { searchStatsReport } from './report'

const DAYS = 30

/**
 * The secretariat's overview (Overblik) shows the searches that found nothing in the last 30 days,
 * gaps in the range of offers, next to freshness and reports; the full picture is on
 * /admin/soegestatistik. For admins only, as the statistics page is.
 */
export const zeroResultSearchesSection: OverviewSection = {
  key: 'soegninger',
  title: 'Søgninger uden resultat',
  load: async ({ payload, req, now }) => {
    if (!checkRole(['admin'], req.user)) return []
    const report = await searchStatsReport(payload, { days: DAYS, now, limit: 15 })
    return [
      {
        key: 'soegninger-uden-resultat',
        title: `Søgninger uden resultat, de seneste ${DAYS} dage`,
        description: `${report.totals.zeroResults} af ${report.totals.searches} søgninger fandt intet. Ord vises kun, når mindst 3 forskellige brugere har søgt på dem samme dag.`,
        columns: [
          { key: 'query', label: 'Søgeord' },
          { key: 'zeroResults', label: 'Uden resultat', numeric: true },
          { key: 'days', label: 'Dage', numeric: true },
        ],
        rows: report.zeroResults.map((row) => ({
          query: {
            value: row.query ?? '',
            href: `/soeg?q=${encodeURIComponent(row.query ?? '')}`,
          },
          zeroResults: { value: row.zeroResults, href: '/admin/soegestatistik' },
          days: { value: row.days },
        })),
        empty: 'Ingen søgninger uden resultat i perioden.',
      },
    ]
  },
}

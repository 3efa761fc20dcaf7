import { formatDanishDate } from '@/domain/danishDate'
import type { OverviewSection } from '@/overview/sections'

import { actStatuses, WATCHED_ACTS } from './collection'

type Row = {
  id: number
  law?: string | null
  eli: string
  status?: string | null
  amendedBy?: { baseline?: boolean | null }[] | null
  lastSucceededAt?: string | null
  failures?: number | null
  lastError?: string | null
}

/**
 * Overblik: what the Retsinformation watch knows per cited act, so a consultant sees that it
 * works (the last successful check) or why it does not (failures in a row, the last error).
 */
export const watchOverviewSection = (enabled: boolean): OverviewSection => ({
  key: 'lovovervaagning',
  title: 'Lovovervågning (Retsinformation)',
  load: async ({ payload, req }) => {
    const { docs } = await payload.find({
      collection: WATCHED_ACTS,
      depth: 0,
      pagination: false,
      sort: 'law',
      overrideAccess: false,
      req,
    })
    const rows = (docs as unknown as Row[]).map((doc) => {
      const amendments = doc.amendedBy ?? []
      return {
        law: { value: doc.law || doc.eli, href: `/admin/collections/${WATCHED_ACTS}/${doc.id}` },
        status: {
          value: actStatuses.find((status) => status.value === doc.status)?.label.da ?? 'Ukendt',
        },
        amendments: { value: amendments.filter((entry) => !entry.baseline).length },
        known: { value: amendments.filter((entry) => entry.baseline).length },
        lastSucceededAt: {
          value: formatDanishDate(doc.lastSucceededAt, { withTime: true }) || 'Aldrig',
        },
        failures: { value: doc.failures ?? 0 },
        lastError: { value: doc.failures ? (doc.lastError ?? '') : '' },
      }
    })
    return [
      {
        key: 'lovovervaagning',
        title: 'Love, som lovgrundlagene henviser til',
        description: enabled
          ? 'Retsinformation læses fire gange i døgnet. En ny ændringslov eller en lov, der ikke længere er i kraft, giver en opgave til konsulenterne.'
          : 'Overvågningen er slået fra: sæt RETSINFORMATION_URL (fx https://www.retsinformation.dk) for at slå den til.',
        columns: [
          { key: 'law', label: 'Lov' },
          { key: 'status', label: 'Status' },
          { key: 'amendments', label: 'Nye ændringslove', numeric: true },
          { key: 'known', label: 'Kendte ved start', numeric: true },
          { key: 'lastSucceededAt', label: 'Seneste vellykkede kontrol' },
          { key: 'failures', label: 'Fejl i træk', numeric: true },
          { key: 'lastError', label: 'Seneste fejl' },
        ],
        rows,
        empty: enabled
          ? 'Ingen love kontrolleret endnu.'
          : 'Overvågningen er slået fra (RETSINFORMATION_URL er ikke sat).',
      },
    ]
  },
})

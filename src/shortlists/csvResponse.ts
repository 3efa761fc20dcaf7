import 'server-only'

import type { Locale } from '@/i18n/locales'

import { shortlistLabels } from './labels'
import { readShortlistRows } from './read'
import { shortlistCsv } from './rows'

const fileSafe = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'huskeliste'

/** A shortlist as a CSV download, with what the reader may see (their access decides). */
export async function shortlistCsvResponse(entries: string[], locale: Locale, name: string) {
  const { rows } = await readShortlistRows(entries, locale)
  const date = new Date().toISOString().slice(0, 10)
  return new Response(shortlistCsv(rows, shortlistLabels[locale]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileSafe(name)}-${date}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const plainProblem = (message: string, status: number) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

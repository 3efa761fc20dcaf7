import { SHORTLIST_PARAM, shortlistParam } from '@/domain/shortlist'
import { getDictionary, isLocale } from '@/i18n'
import { defaultLocale } from '@/i18n/locales'
import { plainProblem, shortlistCsvResponse } from '@/shortlists/csvResponse'

export const dynamic = 'force-dynamic'

/**
 * GET /huskeliste/csv?l=<entries>: a list from the browser or a share link as CSV, with what the
 * reader may see (a professional's download holds the rates and internal contacts, others not).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const raw = (await params).locale
  const locale = isLocale(raw) ? raw : defaultLocale
  const t = await getDictionary(locale)
  const value = new URL(request.url).searchParams.get(SHORTLIST_PARAM) ?? ''
  const parsed = shortlistParam.safeParse(value)
  if (!parsed.success) return plainProblem(t.shortlist.invalid, 400)
  return shortlistCsvResponse(parsed.data, locale, t.shortlist.title)
}

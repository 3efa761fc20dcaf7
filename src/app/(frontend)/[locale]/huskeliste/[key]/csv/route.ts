import { isLocale } from '@/i18n'
import { defaultLocale } from '@/i18n/locales'
import { getViewer } from '@/queries/session'
import { plainProblem, shortlistCsvResponse } from '@/shortlists/csvResponse'
import { shortlistLabels } from '@/shortlists/labels'
import { openShortlist } from '@/shortlists/read'

export const dynamic = 'force-dynamic'

/** GET /huskeliste/<key>/csv: a saved list as CSV, for whoever may open the list. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; key: string }> },
) {
  const { locale: raw, key } = await params
  const locale = isLocale(raw) ? raw : defaultLocale
  const l = shortlistLabels[locale]
  const result = await openShortlist(key, await getViewer())
  if (result.state !== 'found') {
    if (result.state === 'login') return plainProblem(l.needsLogin, 401)
    if (result.state === 'professional') return plainProblem(l.needsProfessional, 403)
    return plainProblem(l.notFound, 404)
  }
  return shortlistCsvResponse(result.list.entries, locale, result.list.name)
}

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { formatDanishDate } from '@/domain/danishDate'
import { searchStatsReport, type StatsRow } from '@/search/stats/report'

const PERIODS = [7, 30, 90, 365] as const

const number = (value: number) => value.toLocaleString('da-DK')

function StatsTable({
  id,
  caption,
  rows,
  kind,
}: {
  id: string
  caption: string
  rows: StatsRow[]
  kind: 'top' | 'zero' | 'noClick'
}) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: '2rem' }}>
      <h2 id={id}>{caption}</h2>
      {rows.length === 0 ? (
        <p>Ingen i perioden.</p>
      ) : (
        <table className="table" data-stats={kind}>
          <thead>
            <tr>
              <th scope="col">Søgeord</th>
              <th scope="col">Søgninger</th>
              <th scope="col">Uden resultater</th>
              <th scope="col">Klik</th>
              <th scope="col">Dage</th>
              <th scope="col">Prøv søgningen</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.query ?? ''}>
                <td>{row.query}</td>
                <td>{number(row.searches)}</td>
                <td>{number(row.zeroResults)}</td>
                <td>{number(row.clicks)}</td>
                <td>{number(row.days)}</td>
                <td>
                  <a href={`/soeg?q=${encodeURIComponent(row.query ?? '')}`}>Åbn</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/**
 * /admin/soegestatistik: what caseworkers search for, as gaps in the range of offers — the most
 * searched words, the words that found nothing, and the results nobody opened. Only words that at
 * least 3 different sessions searched on a day are shown; no user is ever recorded.
 */
export async function SearchStatsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = checkRole(['admin'], req.user)
  const requested = Number((searchParams as Record<string, unknown> | undefined)?.dage)
  const days = (PERIODS as readonly number[]).includes(requested) ? requested : 30
  // access: the view is for admins only (checked above); the report reads counts.
  const report = allowed ? await searchStatsReport(req.payload, { days }) : null

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <main aria-labelledby="search-stats-title">
          <h1 id="search-stats-title">Søgestatistik</h1>
          {!report ? (
            <p>Kun sekretariatet kan se søgestatistikken.</p>
          ) : (
            <>
              <p>
                {formatDanishDate(`${report.from}T12:00:00Z`)} –{' '}
                {formatDanishDate(`${report.to}T12:00:00Z`)}: {number(report.totals.searches)}{' '}
                søgninger, {number(report.totals.zeroResults)} uden resultater,{' '}
                {number(report.totals.clicks)} klik på et resultat. {number(report.totals.hidden)}{' '}
                søgninger er kun talt med: deres ord blev brugt af færre end 3 forskellige på en dag
                og gemmes derfor ikke.
              </p>
              <nav aria-label="Periode">
                {PERIODS.map((period) => (
                  <a
                    key={period}
                    href={`/admin/soegestatistik?dage=${period}`}
                    aria-current={period === days ? 'page' : undefined}
                    style={{
                      marginRight: '1rem',
                      fontWeight: period === days ? 'bold' : undefined,
                    }}
                  >
                    {period} dage
                  </a>
                ))}
              </nav>
              <StatsTable id="stats-top" caption="Mest søgte ord" rows={report.top} kind="top" />
              <StatsTable
                id="stats-zero"
                caption="Søgninger uden resultater – huller i udbuddet?"
                rows={report.zeroResults}
                kind="zero"
              />
              <StatsTable
                id="stats-no-click"
                caption="Søgninger, hvor ingen åbnede et resultat"
                rows={report.noClicks}
                kind="noClick"
              />
              <p>
                Ingen bruger, adresse eller session gemmes. Statistikken slettes efter den fastsatte
                opbevaringstid (SEARCH_STATS_RETENTION_MONTHS, normalt 13 måneder).
              </p>
            </>
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}

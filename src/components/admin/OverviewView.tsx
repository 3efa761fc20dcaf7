import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { formatDanishDate } from '@/domain/danishDate'
import { drillParams, loadOverview } from '@/overview/builtins'
import { overviewSections } from '@/overview/sections'
import type { OverviewTable } from '@/overview/tables'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Text to the left, figures to the right, so columns of numbers line up. */
const align = (numeric?: boolean) =>
  ({ textAlign: numeric ? 'right' : 'left', padding: '4px 12px 4px 0' }) as const

function Table({ table, query }: { table: OverviewTable; query: string }) {
  const headingId = `overview-${table.key}`
  return (
    <section
      className="overview-table"
      aria-labelledby={headingId}
      id={table.key}
      data-overview-table={table.key}
    >
      <h3 id={headingId}>{table.title}</h3>
      {table.description ? <p>{table.description}</p> : null}
      {table.rows.length === 0 ? (
        <p>{table.empty ?? 'Intet at vise.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" style={align(column.numeric)}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={index}>
                {table.columns.map((column, columnIndex) => {
                  const cell = row[column.key]
                  const content = cell?.href ? <a href={cell.href}>{cell.value}</a> : cell?.value
                  return columnIndex === 0 ? (
                    <th key={column.key} scope="row" style={align(false)}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.key} style={align(column.numeric)}>
                      {content}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`/api/overblik/${table.key}${query}`} download>
          Hent som CSV
        </a>
      </p>
    </section>
  )
}

/** /admin/overblik: the secretariat's overview of how current the portal is. */
export async function OverviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = checkRole(contentEditorRoles, req.user)
  const now = new Date()
  const raw = {
    organisation: first(searchParams?.organisation),
    kommune: first(searchParams?.kommune),
    tilstand: first(searchParams?.tilstand),
  }
  const drill = drillParams.parse(raw)
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(drill)) {
    if (value !== undefined) search.set(key, String(value))
  }
  const query = search.toString()
  const sections = allowed
    ? await loadOverview(overviewSections(req.payload), {
        payload: req.payload,
        req,
        now,
        params: raw,
      })
    : []
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
        <main className="overview" aria-labelledby="overview-title">
          <h1 id="overview-title">Overblik</h1>
          {!allowed ? (
            <p>Kun udviklingskonsulenter og sekretariatet kan se overblikket.</p>
          ) : (
            <p>
              Opgjort {formatDanishDate(now.toISOString(), { withTime: true })}. Hvert tal er et
              link til opslagene bag det.
            </p>
          )}
          {sections.map(({ section, tables }) =>
            tables.length === 0 ? null : (
              <section key={section.key} aria-labelledby={`overview-section-${section.key}`}>
                <h2 id={`overview-section-${section.key}`}>{section.title}</h2>
                {tables.map((table) => (
                  <Table key={table.key} table={table} query={query ? `?${query}` : ''} />
                ))}
              </section>
            ),
          )}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}

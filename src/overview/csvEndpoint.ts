import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { contentEditorRoles } from '@/access/roles'
import { todayInDenmark } from '@/domain/rules'

import { loadOverview } from './builtins'
import { overviewSections } from './sections'
import { toCsv } from './tables'

const tableKey = /^[a-z0-9-]{1,40}$/

/**
 * GET /api/overblik/<table>: one table of the overview as CSV (semicolons, UTF-8 with a byte order
 * mark, as Danish Excel opens it), with the reader's access, for consultants and the secretariat.
 * The drill-down table takes the view's parameters (?organisation=…&tilstand=…).
 */
export const overviewCsvEndpoint: Endpoint = {
  path: '/overblik/:table',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: 'Log ind for at hente overblikket.' }] },
        { status: 401 },
      )
    }
    if (!checkRole(contentEditorRoles, req.user)) {
      return Response.json(
        { errors: [{ message: 'Kun udviklingskonsulenter og sekretariatet kan se overblikket.' }] },
        { status: 403 },
      )
    }
    const key = String(req.routeParams?.table ?? '').replace(/\.csv$/, '')
    const unknown = () =>
      Response.json(
        { errors: [{ message: `Overblikket har ingen tabel »${key.slice(0, 40)}«.` }] },
        { status: 404 },
      )
    if (!tableKey.test(key)) return unknown()
    const params = Object.fromEntries(req.searchParams ?? new URLSearchParams())
    const now = new Date()
    const sections = await loadOverview(overviewSections(req.payload), {
      payload: req.payload,
      req,
      now,
      params,
    })
    const table = sections.flatMap((entry) => entry.tables).find((entry) => entry.key === key)
    if (!table) return unknown()
    return new Response(toCsv(table), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="overblik-${key}-${todayInDenmark(now)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

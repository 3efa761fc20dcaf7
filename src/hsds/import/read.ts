import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { findNodeAtLocation, parseTree } from 'jsonc-parser'

import { parseCsv } from '@/import/csv'
import type { ImportIssue, LocatedItem } from '@/import/read'

import { convertHsds, hsdsServices, type MunicipalityNames, type Unmapped } from './fromHsds'

/**
 * Reading HSDS 3.0 for the importer: a JSON dataset (a `/services` page, a service record or a
 * list of them, with their organizations, locations and taxonomy terms nested) or the tabular
 * package (a directory of `services.csv`, `organizations.csv` … as in HSDS's `examples/csv`).
 * Items come out in the importer's own sections with the line they came from; `notes` are the
 * values that have no place in our model (reported, not silently dropped).
 */

export type HsdsRead = {
  items: LocatedItem[]
  issues: ImportIssue[]
  notes: ImportIssue[]
  /** Marks open data: the importer matches its records by HSDS id too (reconcile.ts). */
  hsds: true
}

/** Municipality names → codes, from the 98 municipalities of content/ (fixed facts). */
function municipalityNames(): MunicipalityNames {
  const names: MunicipalityNames = new Map()
  const file = path.resolve(process.cwd(), 'content/municipalities.json')
  if (!existsSync(file)) return names
  const { municipalities } = JSON.parse(readFileSync(file, 'utf8')) as {
    municipalities: Array<{ code: string; name: string }>
  }
  for (const m of municipalities)
    names.set(m.name.replace(/\s+kommune$/i, '').toLowerCase(), m.code)
  return names
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length

const notesOf = (
  file: string,
  unmapped: Unmapped[],
  lineOf: (id: string) => number | undefined,
): ImportIssue[] =>
  unmapped.map((u) => ({
    file,
    line: lineOf(u.id),
    id: u.id,
    field: u.field,
    message: `»${u.value}« ${u.note}.`,
  }))

export function readHsdsJson(text: string, file: string, value: unknown): HsdsRead {
  const tree = parseTree(text)
  const line = (p: Array<string | number>) => {
    const node = tree ? findNodeAtLocation(tree, p) : undefined
    return node ? lineAt(text, node.offset) : 1
  }
  const converted = convertHsds(hsdsServices(value), municipalityNames())
  const lines = new Map<string, number>()
  const items: LocatedItem[] = [
    ...converted.organizations.map(({ raw, path: p }) => {
      lines.set(`organization ${String(raw.externalId).slice(5)}`, line(p))
      return { section: 'organizations' as const, line: line(p), raw }
    }),
    ...converted.listings.map(({ raw, path: p }) => {
      lines.set(`service ${String(raw.externalId).slice(5)}`, line(p))
      return { section: 'listings' as const, line: line(p), raw }
    }),
  ]
  return {
    items,
    issues: [],
    notes: notesOf(file, converted.unmapped, (id) => lines.get(id)),
    hsds: true,
  }
}

/** Reads a CSV of the package into records by column name, with each row's line. */
function table(dir: string, name: string): Array<{ row: Record<string, unknown>; line: number }> {
  const file = path.join(dir, name)
  if (!existsSync(file)) return []
  const { header, rows } = parseCsv(readFileSync(file, 'utf8'))
  return rows.map(({ cells, line }) => {
    const row: Record<string, unknown> = {}
    header.forEach((column, i) => {
      const cell = cells[i]
      if (cell === undefined || cell === '') return
      row[column] =
        /^(minimum_age|maximum_age|latitude|longitude|amount)$/.test(column) &&
        cell.trim() !== '' &&
        !Number.isNaN(Number(cell))
          ? Number(cell)
          : cell
    })
    return { row, line }
  })
}

export const isHsdsPackage = (dir: string) => existsSync(path.join(dir, 'services.csv'))

/** The tabular package: its tables joined into nested services as the JSON form has them. */
export function readHsdsPackage(dir: string): HsdsRead {
  const group = (name: string, key: string) => {
    const map = new Map<string, Array<Record<string, unknown>>>()
    for (const { row } of table(dir, name)) {
      const k = String(row[key] ?? '')
      if (k) map.set(k, [...(map.get(k) ?? []), row])
    }
    return map
  }
  const phonesByContact = group('phones.csv', 'contact_id')
  const phonesByService = group('phones.csv', 'service_id')
  const contacts = group('contacts.csv', 'service_id')
  const addresses = group('addresses.csv', 'location_id')
  const locations = new Map(table(dir, 'locations.csv').map(({ row }) => [String(row.id), row]))
  const sals = group('service_at_location.csv', 'service_id')
  const areas = group('service_areas.csv', 'service_id')
  const languages = group('languages.csv', 'service_id')
  const costs = group('cost_options.csv', 'service_id')
  const schedules = group('schedules.csv', 'service_id')
  const terms = new Map(table(dir, 'taxonomy_terms.csv').map(({ row }) => [String(row.id), row]))
  const attributes = group('attributes.csv', 'link_id')
  const organizations = table(dir, 'organizations.csv')
  const orgPhones = group('phones.csv', 'organization_id')
  const orgIdentifiers = group('organization_identifiers.csv', 'organization_id')

  const services = table(dir, 'services.csv').map(({ row }, index) => {
    const id = String(row.id)
    return {
      service: {
        ...row,
        contacts: (contacts.get(id) ?? []).map((c) => ({
          ...c,
          phones: phonesByContact.get(String(c.id)) ?? [],
        })),
        phones: (phonesByService.get(id) ?? []).filter((p) => !p.contact_id),
        service_at_locations: (sals.get(id) ?? []).map((sal) => {
          const location = locations.get(String(sal.location_id))
          return {
            ...sal,
            ...(location
              ? { location: { ...location, addresses: addresses.get(String(location.id)) ?? [] } }
              : {}),
          }
        }),
        service_areas: areas.get(id) ?? [],
        languages: languages.get(id) ?? [],
        cost_options: costs.get(id) ?? [],
        schedules: schedules.get(id) ?? [],
        attributes: (attributes.get(id) ?? []).map((a) => ({
          ...a,
          ...(terms.get(String(a.taxonomy_term_id))
            ? { taxonomy_term: terms.get(String(a.taxonomy_term_id)) }
            : {}),
        })),
      },
      path: [index],
    }
  })
  const serviceLines = table(dir, 'services.csv').map(({ line }) => line)
  const converted = convertHsds(
    services,
    municipalityNames(),
    organizations.map(({ row }, index) => ({
      organization: {
        ...row,
        phones: orgPhones.get(String(row.id)) ?? [],
        organization_identifiers: orgIdentifiers.get(String(row.id)) ?? [],
      },
      path: [index],
    })),
  )
  const orgLines = organizations.map(({ line }) => line)
  const lines = new Map<string, number>()
  const items: LocatedItem[] = [
    ...converted.organizations.map(({ raw, path: p }) => {
      const line = typeof p[0] === 'number' && p.length === 1 ? orgLines[p[0]] : undefined
      lines.set(`organization ${String(raw.externalId).slice(5)}`, line ?? 1)
      return { section: 'organizations' as const, line, raw }
    }),
    ...converted.listings.map(({ raw, path: p }) => {
      const line = serviceLines[Number(p[0])]
      lines.set(`service ${String(raw.externalId).slice(5)}`, line ?? 1)
      return { section: 'listings' as const, line, raw }
    }),
  ]
  const unknown = readdirSync(dir).filter(
    (name) =>
      name.endsWith('.csv') &&
      ![
        'services.csv',
        'organizations.csv',
        'phones.csv',
        'contacts.csv',
        'addresses.csv',
        'locations.csv',
        'service_at_location.csv',
        'service_areas.csv',
        'languages.csv',
        'cost_options.csv',
        'schedules.csv',
        'taxonomy_terms.csv',
        'attributes.csv',
        'organization_identifiers.csv',
      ].includes(name) &&
      table(dir, name).length > 0,
  )
  const notes = [
    ...notesOf('services.csv', converted.unmapped, (id) => lines.get(id)),
    ...unknown.map((name) => ({
      file: name,
      message: `Tabellen ${name} har ingen plads i Videnportalens model og er ikke læst.`,
    })),
  ]
  return { items, issues: [], notes, hsds: true }
}

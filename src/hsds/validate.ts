import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * The checks of Open Referral's reference validator (a .NET service that cannot run here),
 * repeated: every answer of an HSDS API is validated with ajv against the HSDS 3.0 schemas; for
 * each list endpoint page 1, a middle page and the last page (from `total_pages`) are read, then
 * every id endpoint with the ids those pages hold. An empty feed is an error. Used by
 * `npm run hsds:validate -- <base URL>` and by test/int/hsds.int.spec.ts.
 */

/** The HSDS 3.0 schemas shipped with the code (src/hsds/schema, see its README). */
export const DEFAULT_SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema')

/** Reads a schema file of `dir`, or its gzipped copy (`<file>.gz`, as the large ones ship). */
export function readSchemaFile(dir: string, file: string): Record<string, unknown> {
  const plain = path.join(dir, file)
  const text = existsSync(plain)
    ? readFileSync(plain, 'utf8')
    : gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8')
  return JSON.parse(text) as Record<string, unknown>
}

type Json = Record<string, unknown>

export type ValidationReport = {
  /** Requests made, with their time in milliseconds. */
  requests: Array<{ url: string; status: number; ms: number }>
  /** Answers validated against a schema. */
  validated: number
  errors: string[]
}

const PAGE_KEYS = [
  'total_items',
  'total_pages',
  'page_number',
  'size',
  'first_page',
  'last_page',
  'empty',
  'contents',
] as const

type Schemas = {
  root: ValidateFunction
  page: ValidateFunction
  item: Record<string, ValidateFunction>
  listItem: Record<string, ValidateFunction>
}

let loaded: { dir: string; schemas: Schemas } | undefined

/** Compiles the schemas once per process (the compiled ones are large). */
export function loadSchemas(dir = DEFAULT_SCHEMA_DIR): Schemas {
  if (loaded?.dir === dir) return loaded.schemas
  const read = (file: string) => readSchemaFile(dir, file) as Json
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  // The HSDS OpenAPI file names `datetime` (for `date-time`) in a parameter.
  ajv.addFormat('datetime', true)
  const base = 'https://hsds.invalid/schema/'
  for (const file of ['metadata.json', 'taxonomy.json', 'taxonomy_term.json', 'attribute.json'])
    ajv.addSchema({ ...read(file), $id: `${base}${file}` })
  const openapi = read('openapi.json') as {
    paths: Record<
      string,
      { get: { responses: { 200: { content: { 'application/json': { schema: Json } } } } } }
    >
    components: { schemas: { Page: Json } }
  }
  const compiled = (file: string) =>
    ajv.compile({ ...read(`compiled/${file}`), $id: `${base}compiled/${file}` })
  const schemas: Schemas = {
    root: ajv.compile({
      ...openapi.paths['/']!.get.responses[200].content['application/json'].schema,
      required: ['version', 'profile', 'openapi_url'],
    }),
    page: ajv.compile({
      ...openapi.components.schemas.Page,
      required: [...PAGE_KEYS],
      properties: {
        ...(openapi.components.schemas.Page.properties as Json),
        contents: { type: 'array' },
      },
    }),
    item: {
      services: compiled('service.json'),
      organizations: compiled('organization.json'),
      service_at_locations: compiled('service_at_location.json'),
      taxonomies: ajv.getSchema(`${base}taxonomy.json`)!,
      taxonomy_terms: ajv.getSchema(`${base}taxonomy_term.json`)!,
    },
    listItem: {
      services: compiled('service_list.json'),
      organizations: compiled('organization_list.json'),
      service_at_locations: compiled('service_at_location_list.json'),
      taxonomies: ajv.getSchema(`${base}taxonomy.json`)!,
      taxonomy_terms: ajv.getSchema(`${base}taxonomy_term.json`)!,
    },
  }
  loaded = { dir, schemas }
  return schemas
}

const describe = (validate: ValidateFunction) =>
  (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    )
    .join('; ')

/** Looks for `null` anywhere: optional values that are empty must be left out. */
function nullsIn(value: unknown, at = ''): string[] {
  if (value === null) return [at || '/']
  if (Array.isArray(value)) return value.flatMap((v, i) => nullsIn(v, `${at}/${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nullsIn(v, `${at}/${k}`))
  return []
}

export const LIST_ENDPOINTS = [
  'services',
  'organizations',
  'taxonomies',
  'taxonomy_terms',
  'service_at_locations',
] as const

export async function validateHsdsApi(
  baseUrl: string,
  {
    schemaDir = DEFAULT_SCHEMA_DIR,
    perPage,
    maxIdsPerEndpoint = Infinity,
    log = () => {},
  }: {
    schemaDir?: string
    perPage?: number
    maxIdsPerEndpoint?: number
    log?: (line: string) => void
  } = {},
): Promise<ValidationReport> {
  const schemas = loadSchemas(schemaDir)
  const api = `${baseUrl.replace(/\/+$/, '')}/api/hsds`
  const report: ValidationReport = { requests: [], validated: 0, errors: [] }
  const error = (message: string) => {
    report.errors.push(message)
    log(`✗ ${message}`)
  }

  async function get(url: string): Promise<unknown> {
    const started = performance.now()
    let response: Response
    const request = () => fetch(url, { headers: { Accept: 'application/json' } })
    try {
      response = await request()
    } catch {
      // Once more on a transport error (a kept-alive connection the server closed under load);
      // an HTTP error is never retried.
      try {
        response = await request()
      } catch (cause) {
        error(`${url}: no answer (${String(cause)})`)
        return undefined
      }
    }
    const text = await response.text()
    report.requests.push({ url, status: response.status, ms: performance.now() - started })
    if (response.status !== 200) {
      error(`${url}: HTTP ${response.status} ${text.slice(0, 200)}`)
      return undefined
    }
    if (response.headers.get('access-control-allow-origin') !== '*')
      error(`${url}: no "Access-Control-Allow-Origin: *"`)
    try {
      const body = JSON.parse(text) as unknown
      const nulls = nullsIn(body)
      if (nulls.length > 0) error(`${url}: null values at ${nulls.slice(0, 5).join(', ')}`)
      return body
    } catch {
      error(`${url}: not JSON`)
      return undefined
    }
  }

  const check = (url: string, validate: ValidateFunction, value: unknown) => {
    report.validated += 1
    if (!validate(value)) error(`${url}: ${describe(validate)}`)
  }

  const root = await get(`${api}/`)
  if (root !== undefined) {
    check(`${api}/`, schemas.root, root)
    const version = (root as Json).version
    if (version !== '3.0' || Number.isNaN(Number(version)))
      error(`${api}/: version is ${JSON.stringify(version)}, expected "3.0"`)
  }

  for (const endpoint of LIST_ENDPOINTS) {
    const list = (n: number) =>
      `${api}/${endpoint}?page=${n}${perPage ? `&per_page=${perPage}` : ''}`
    const first = (await get(list(1))) as Json | undefined
    if (!first) continue
    check(list(1), schemas.page, first)
    const totalPages = Number(first.total_pages)
    const totalItems = Number(first.total_items)
    if (!Number.isInteger(totalPages) || totalPages < 1) {
      error(`${list(1)}: total_pages is ${JSON.stringify(first.total_pages)}`)
      continue
    }
    if (!(totalItems > 0) || first.empty === true) {
      error(`${api}/${endpoint}: the feed is empty`)
      continue
    }
    const pageNumbers = [...new Set([1, Math.max(1, Math.ceil(totalPages / 2)), totalPages])]
    const ids: string[] = []
    for (const n of pageNumbers) {
      const body = n === 1 ? first : ((await get(list(n))) as Json | undefined)
      if (!body) continue
      if (n !== 1) check(list(n), schemas.page, body)
      if (body.page_number !== n)
        error(`${list(n)}: page_number is ${JSON.stringify(body.page_number)}`)
      const contents = Array.isArray(body.contents) ? (body.contents as Json[]) : []
      if (body.size !== contents.length)
        error(`${list(n)}: size ${JSON.stringify(body.size)} but ${contents.length} items`)
      if (contents.length === 0) error(`${list(n)}: page ${n} of ${totalPages} is empty`)
      if (body.total_items !== totalItems) error(`${list(n)}: total_items changed between pages`)
      if ((body.first_page === true) !== (n === 1))
        error(`${list(n)}: first_page is ${JSON.stringify(body.first_page)}`)
      if ((body.last_page === true) !== (n === totalPages))
        error(`${list(n)}: last_page is ${JSON.stringify(body.last_page)}`)
      contents.forEach((item, i) => {
        check(`${list(n)} contents[${i}]`, schemas.listItem[endpoint]!, item)
        if (typeof item.id === 'string') ids.push(item.id)
      })
    }
    if (new Set(ids).size !== ids.length)
      error(`${api}/${endpoint}: the same id on more than one item`)
    for (const id of ids.slice(0, maxIdsPerEndpoint)) {
      const url = `${api}/${endpoint}/${id}`
      const item = (await get(url)) as Json | undefined
      if (!item) continue
      check(url, schemas.item[endpoint]!, item)
      if (item.id !== id) error(`${url}: answered id ${JSON.stringify(item.id)}`)
    }
    log(
      `✓ ${endpoint}: ${totalItems} items on ${totalPages} pages; pages ${pageNumbers.join(', ')} and ${Math.min(ids.length, maxIdsPerEndpoint)} records read`,
    )
  }
  return report
}

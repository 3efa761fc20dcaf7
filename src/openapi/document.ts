import { z } from 'zod'

import { allowedParams, DEFAULT_PER_PAGE, hsdsQuerySchema, MAX_PER_PAGE } from '@/hsds/api'
import { reviewDecisionSchema } from '@/moderation/decide'
import { searchParamsSchema } from '@/search/query/params'

/**
 * The OpenAPI 3.1 description of the portal's own API: the search, the HSDS open data, the review
 * decision and the health check. The query parameters of the search and of the HSDS lists are
 * generated from their zod schemas (src/search/query/params.ts, src/hsds/api.ts), so a parameter
 * added there appears here by itself. Served at /api/openapi.json.
 */

type Json = Record<string, unknown>

/** JSON Schema (2020-12, which OpenAPI 3.1 uses) of a zod schema, as the client sends it. */
export function jsonSchemaOf(schema: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Json
  return rest
}

const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/'

/** Query parameters from the fields of a zod object; arrays are repeated (`kind=a&kind=b`). */
export function queryParameters(
  schema: z.ZodObject,
  only?: readonly string[],
  descriptions: Record<string, string> = {},
): Json[] {
  return Object.entries(schema.shape)
    .filter(([name]) => !only || only.includes(name))
    .map(([name, field]) => {
      const fieldSchema = jsonSchemaOf(field as z.ZodType)
      const isArray = fieldSchema.type === 'array'
      return {
        name,
        in: 'query',
        required: false,
        ...(descriptions[name] ? { description: descriptions[name] } : {}),
        schema: fieldSchema,
        ...(isArray ? { style: 'form', explode: true } : {}),
      }
    })
}

const searchDescriptions: Record<string, string> = {
  q: 'Words to search for (Danish; synonyms, stems and spelling corrections apply).',
  kind: 'Kind of document; repeat for several (OR).',
  municipality:
    'Three-digit municipality code (kommunekode) where a listing can be used; repeat for several.',
  age: 'Age of the child in years; a listing matches when its age range holds it.',
  topic: 'Topic slug; repeat for several.',
  legalBasis: 'Legal basis (importer key); repeat for several.',
  cost: '`free`: only free listings.',
  capacity: '`open`: only listings open for referral.',
  language: 'Language code; repeat for several.',
  outcome:
    'Outcome slug (»følger op på …«): listings that follow up on it; repeat for several (OR).',
  sort: 'Order of the hits: `relevance` (default), `waiting` (shortest waiting time first), `distance` (nearest place first; needs `near` or `postnr`), or the others listed.',
  near: 'Where the family is: latitude,longitude in decimal degrees (WGS84), e.g. 55.4580,12.1850. For `sort=distance` and `radius`; not together with `postnr`.',
  postnr:
    'A four-digit Danish postal code whose centre stands for where the family is (instead of `near`).',
  radius: 'Only listings with a place within this many kilometres of `near` or `postnr` (1–300).',
  page: 'Page number, from 1.',
  perPage: 'Hits per page.',
}

const hsdsDescriptions: Record<string, string> = {
  search: 'Full text search (in name and summary).',
  page: 'Page number of the paginated result, from 1.',
  per_page: `Results per page (default ${DEFAULT_PER_PAGE}, at most ${MAX_PER_PAGE}; with minimal=true up to 10000).`,
  taxonomy_term_id:
    'Only services with this taxonomy term (topic, kind, type, evidence level, capacity, referral or legal basis).',
  taxonomy_id: 'Only services (or terms) with a term of this taxonomy.',
  organization_id: 'Only services of this organization.',
  modified_after: 'Only records changed on or after this date-time (ISO 8601).',
  minimal: 'Only `id` and `last_modified` of each record.',
  full: 'Fully nested records in the list.',
  full_service: "The organization's services fully nested.",
  format: 'Only `json`.',
}

const errorSchema = {
  type: 'object',
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          param: { type: 'string' },
          field: { type: 'string' },
        },
        required: ['message'],
      },
    },
  },
  required: ['errors'],
}

const hsdsErrorSchema = {
  type: 'object',
  properties: {
    error: { type: 'string' },
    message: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { param: { type: 'string' }, message: { type: 'string' } },
        required: ['param', 'message'],
      },
    },
  },
  required: ['error', 'message'],
}

const json = (schema: Json, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
})

const searchHitSchema = {
  type: 'object',
  required: [
    'id',
    'collection',
    'kind',
    'title',
    'summary',
    'url',
    'provider',
    'highlights',
    'visibility',
    'updatedAt',
    'review',
  ],
  properties: {
    id: { type: 'integer' },
    collection: {
      type: 'string',
      enum: ['offers', 'mentors', 'school-options', 'legislation-notes'],
    },
    kind: { type: 'string', enum: ['offer', 'mentor', 'school-option', 'legislation-note'] },
    title: { type: 'string' },
    summary: { type: 'string' },
    url: { type: 'string', description: 'Portal path of the document (Danish).' },
    provider: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'integer' }, name: { type: 'string' } },
        },
      ],
    },
    highlights: {
      type: 'object',
      required: ['title', 'summary'],
      properties: { title: { type: 'string' }, summary: { type: 'string' } },
    },
    visibility: { type: 'string', enum: ['public', 'internal'] },
    updatedAt: { type: 'string', format: 'date-time' },
    review: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['overdue', 'lastVerifiedAt'],
          properties: {
            overdue: { type: 'boolean' },
            lastVerifiedAt: { type: ['string', 'null'] },
          },
        },
      ],
    },
  },
}

const searchResultSchema = {
  type: 'object',
  required: [
    'hits',
    'total',
    'page',
    'perPage',
    'facets',
    'degraded',
    'match',
    'missingWords',
    'corrections',
    'didYouMean',
  ],
  properties: {
    hits: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
    total: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    perPage: { type: 'integer', minimum: 1 },
    facets: {
      type: 'object',
      description: 'Per filter, the number of hits per value.',
      additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
    },
    degraded: {
      type: 'boolean',
      description: 'True when the answer came from Postgres (search service down).',
    },
    match: { type: 'string', enum: ['all', 'some'] },
    missingWords: { type: 'array', items: { type: 'string' } },
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to'],
        properties: { from: { type: 'string' }, to: { type: 'string' } },
      },
    },
    didYouMean: { type: ['string', 'null'] },
  },
}

const healthSchema = {
  type: 'object',
  required: ['status', 'database', 'search'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded', 'down'] },
    database: { type: 'string', enum: ['ok', 'down'] },
    search: { type: 'string', enum: ['ok', 'down'] },
  },
}

const hsdsPage = (item: string) => ({
  allOf: [{ $ref: '#/components/schemas/HsdsPage' }],
  properties: { contents: { type: 'array', items: { $ref: `${HSDS_SCHEMA_BASE}${item}` } } },
})

const hsdsList = (resource: string, item: string, summary: string) => ({
  get: {
    tags: ['HSDS'],
    summary,
    operationId: `hsdsList_${resource}`,
    parameters: queryParameters(hsdsQuerySchema, allowedParams[resource], hsdsDescriptions),
    responses: {
      200: json(hsdsPage(item)),
      400: json(hsdsErrorSchema, 'A parameter is wrong (the message says which).'),
    },
  },
})

const hsdsItem = (
  resource: string,
  item: string,
  summary: string,
  params: readonly string[] = [],
) => ({
  get: {
    tags: ['HSDS'],
    summary,
    operationId: `hsdsGet_${resource}`,
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      ...queryParameters(hsdsQuerySchema, params, hsdsDescriptions),
    ],
    responses: {
      200: json({ $ref: `${HSDS_SCHEMA_BASE}${item}` }),
      404: json(hsdsErrorSchema, 'No public record with this id.'),
    },
  },
})

export function openApiDocument(origin: string): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'Videnportal API',
      version: '1',
      description:
        'The search of the portal, its public listings as Open Referral HSDS 3.0 open data, the review decision of a consultant and the health check. Answers that depend on who asks (search, review) follow the session (cookie `payload-token` or `Authorization: JWT …`).',
    },
    servers: [{ url: origin }],
    tags: [
      { name: 'Search' },
      { name: 'HSDS', description: 'Open Referral HSDS 3.0 (public data, no key, CORS open).' },
      { name: 'Review' },
      { name: 'Operations' },
    ],
    paths: {
      '/api/search': {
        get: {
          tags: ['Search'],
          summary: 'Search offers, mentors, school options and legislation notes',
          operationId: 'search',
          description:
            'Repeated values of one filter mean OR; different filters combine with AND. Unknown parameters are refused (400). Anonymous readers see public documents only.',
          parameters: queryParameters(searchParamsSchema, undefined, searchDescriptions),
          responses: {
            200: json({ $ref: '#/components/schemas/SearchResult' }),
            400: json(errorSchema, 'A parameter is wrong (the message says which).'),
            429: json(errorSchema, 'Too many searches; see Retry-After.'),
          },
        },
      },
      '/api/hsds/': {
        get: {
          tags: ['HSDS'],
          summary: 'About this HSDS API',
          operationId: 'hsdsRoot',
          responses: {
            200: json({
              type: 'object',
              required: ['version', 'profile', 'openapi_url'],
              properties: {
                version: { type: 'string', const: '3.0' },
                profile: { type: 'string', format: 'uri' },
                openapi_url: { type: 'string', format: 'uri' },
              },
            }),
          },
        },
      },
      '/api/hsds/services': hsdsList(
        'services',
        'compiled/service_list.json',
        'Public services (offers, mentors, school options)',
      ),
      '/api/hsds/services/{id}': hsdsItem(
        'services',
        'compiled/service.json',
        'One service, fully nested',
      ),
      '/api/hsds/organizations': hsdsList(
        'organizations',
        'compiled/organization_list.json',
        'Organizations',
      ),
      '/api/hsds/organizations/{id}': hsdsItem(
        'organizations',
        'compiled/organization.json',
        'One organization with its services',
        allowedParams['organizations/:id'],
      ),
      '/api/hsds/taxonomies': hsdsList('taxonomies', 'taxonomy.json', "The portal's taxonomies"),
      '/api/hsds/taxonomies/{id}': hsdsItem('taxonomies', 'taxonomy.json', 'One taxonomy'),
      '/api/hsds/taxonomy_terms': hsdsList(
        'taxonomy_terms',
        'taxonomy_term.json',
        'Taxonomy terms',
      ),
      '/api/hsds/taxonomy_terms/{id}': hsdsItem(
        'taxonomy_terms',
        'taxonomy_term.json',
        'One taxonomy term',
      ),
      '/api/hsds/service_at_locations': hsdsList(
        'service_at_locations',
        'compiled/service_at_location_list.json',
        'Services at their locations',
      ),
      '/api/hsds/service_at_locations/{id}': hsdsItem(
        'service_at_locations',
        'compiled/service_at_location.json',
        'One service at a location',
      ),
      '/api/{collection}/{id}/review': {
        post: {
          tags: ['Review'],
          summary: 'Publish the pending change of a document, or send it back with a comment',
          operationId: 'review',
          description: 'For development consultants and the secretariat.',
          parameters: [
            {
              name: 'collection',
              in: 'path',
              required: true,
              schema: {
                type: 'string',
                enum: ['offers', 'mentors', 'school-options', 'organizations'],
              },
            },
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(reviewDecisionSchema) } },
          },
          responses: {
            200: json({
              type: 'object',
              required: ['doc'],
              properties: {
                doc: {
                  type: 'object',
                  required: ['id'],
                  properties: {
                    id: { type: 'integer' },
                    _status: { type: 'string', enum: ['draft', 'published'] },
                  },
                },
              },
            }),
            400: json(errorSchema, 'The decision is malformed, or nothing is pending.'),
            403: json(errorSchema, 'Not allowed for this user.'),
            404: json(errorSchema, 'No such document.'),
          },
        },
      },
      '/api/health': {
        get: {
          tags: ['Operations'],
          summary: 'Health of the database and the search service',
          operationId: 'health',
          responses: {
            200: json(healthSchema, 'The database answers (search may be down: degraded).'),
            503: json(healthSchema, 'The database does not answer.'),
          },
        },
      },
      '/api/openapi.json': {
        get: {
          tags: ['Operations'],
          summary: 'This document',
          operationId: 'openapi',
          responses: { 200: json({ type: 'object' }) },
        },
      },
    },
    components: {
      schemas: {
        SearchHit: searchHitSchema,
        SearchResult: searchResultSchema,
        HsdsPage: {
          type: 'object',
          required: [
            'total_items',
            'total_pages',
            'page_number',
            'size',
            'first_page',
            'last_page',
            'empty',
            'contents',
          ],
          properties: {
            total_items: { type: 'integer', minimum: 0 },
            total_pages: { type: 'integer', minimum: 1 },
            page_number: { type: 'integer', minimum: 1 },
            size: { type: 'integer', minimum: 0 },
            first_page: { type: 'boolean' },
            last_page: { type: 'boolean' },
            empty: { type: 'boolean' },
            contents: { type: 'array' },
          },
        },
      },
    },
  }
}

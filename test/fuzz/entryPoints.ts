import { writeFileSync } from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'

import { errorReportCategoryValues, errorReportTargets } from '@/domain/errorReports'
import { issueFormToken } from '@/errorReports/formToken'
import { listingsToCsv } from '@/import/csv'
import { importFiles } from '@/import/importer'

import { offerInput } from '../helpers/fixtures'
import { FormData, fuzzFetch } from './client'
import { listingCollections } from './oracle'
import type { EntryPoint, FuzzContext, HttpProbe, Probe, ProbePair, Role } from './types'
import { enc, idArb, jsonArb, readParamsArb, textArb } from './values'
import { outsiders, roles } from './types'

/**
 * The registry: every entry point of the portal, each with a generator of bad input. A new form
 * or endpoint joins the harness with one entry here (a name and a generator of probes; pairs if
 * it can answer about internal values), e.g.
 *
 *   { name: 'error-report', probes: (ctx) => jsonWrite(ctx, 'POST', '/api/error-reports') },
 */

export const collections = [
  'offers',
  'mentors',
  'school-options',
  'organizations',
  'legislation-notes',
  'legal-bases',
  'topics',
  'media',
  'users',
  'municipalities',
  'search-terms',
  'search-stats',
  'mail-outbox',
  'error-reports',
  'review-reminders',
  'retsinformation-acts',
  'review-tasks',
  'subscriptions',
  'follow-visits',
  'legal-basis-moves',
  'invitations',
  'shortlists',
  'networks',
  'network-activities',
  'network-meetings',
  'network-calendar-links',
  // Methods and templates; cooperation quality (issue 18).
  'methods',
  'quality-indicator-sets',
  'quality-answers',
  // Cooperations with NGOs and the organization's side of their agreement (issue 19).
  'cooperations',
  'cooperation-sides',
  // Outcomes listings follow up on (issue 19).
  'outcomes',
] as const
const moderated = [
  'offers',
  'mentors',
  'school-options',
  'organizations',
  'cooperation-sides',
] as const

const roleArb = fc.constantFrom(...roles)
const outsiderArb = fc.constantFrom(...outsiders)

let markers = 0
/** A unique text for one write; if the write is refused, no row may hold it. */
const nextMarker = (ctx: FuzzContext) => `${ctx.markerPrefix}-${++markers}`

const get = (role: Role, path: string, headers?: Record<string, string>): HttpProbe => ({
  kind: 'http',
  role,
  method: 'GET',
  path,
  headers,
})

/** Bodies as a careless or hostile client sends them, with the marker somewhere inside. */
function bodyArb(ctx: FuzzContext, fieldNames: string[]) {
  const field = fc.oneof(fc.constantFrom(...fieldNames), textArb)
  return fc
    .tuple(
      fc.dictionary(field, jsonArb, { maxKeys: 5 }),
      fc.constantFrom('title', 'name', 'summary', 'comment', 'email'),
      fc.constantFrom('', ' 010190-1234', ' \u0000', ''),
      fc.nat(9),
    )
    .map(([object, markerField, tail, shape]) => {
      const marker = nextMarker(ctx)
      const withMarker = { ...object, [markerField]: `${marker}${tail}` }
      const data: unknown =
        shape === 0
          ? [withMarker]
          : shape === 1
            ? `${marker}`
            : shape === 2
              ? { _status: fc.sample(textArb, 1)[0], ...withMarker }
              : withMarker
      return { marker, data }
    })
}

const contentTypes = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
] as const

/** A write with a JSON-ish body in any content type, and sometimes a method override. */
function write(
  ctx: FuzzContext,
  methods: string[],
  paths: fc.Arbitrary<string>,
  fieldNames: string[],
  roleChoice: fc.Arbitrary<Role> = roleArb,
): fc.Arbitrary<Probe> {
  return fc
    .tuple(
      roleChoice,
      fc.constantFrom(...methods),
      paths,
      bodyArb(ctx, fieldNames),
      fc.constantFrom(...contentTypes),
      fc.constantFrom(undefined, undefined, undefined, 'GET', 'DELETE', 'x'),
    )
    .map(([role, method, path, { marker, data }, contentType, override]) => {
      const headers: Record<string, string> = {}
      if (contentType) headers['Content-Type'] = contentType
      if (override) headers['X-HTTP-Method-Override'] = override
      let body: string | FormData = JSON.stringify(data)
      if (contentType.startsWith('multipart/form-data') && method !== 'GET') {
        if (contentType === 'multipart/form-data') {
          const form = new FormData()
          form.append('_payload', marker.length % 2 ? body : `${body.slice(0, -1)}`)
          body = form
          delete headers['Content-Type']
        }
      } else if (contentType === 'application/x-www-form-urlencoded') {
        body = `title=${enc(marker)}&where[id][equals]=a`
      }
      return { kind: 'http', role, method, path, headers, body, marker } satisfies HttpProbe
    })
}

const fieldNamesOf = (ctx: FuzzContext, collection: string) =>
  [...new Set((ctx.paths[collection] ?? ['title']).map((p) => p.split('.')[0]!))].slice(0, 60)

/** REST reads of one collection: lists, counts, one document, versions, with every parameter. */
function restRead(collection: string): EntryPoint {
  return {
    name: `rest-read ${collection}`,
    probes: (ctx) =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('', '/count', '/versions', '/id', '/versions/id', '/me', '/id/x'),
          idArb(ctx.ids[collection] ?? []),
          readParamsArb(ctx.paths[collection] ?? ['id']),
        )
        .map(([role, suffix, id, params]) =>
          get(
            role,
            `/api/${collection}${suffix.replace('id', enc(id))}${params ? `?${params}` : ''}`,
          ),
        ),
  }
}

/** REST writes of one collection, as every role, in every content type. */
function restWrite(collection: string): EntryPoint {
  return {
    name: `rest-write ${collection}`,
    probes: (ctx) => {
      const fixture = ctx.fixtures[collection]
      const ids = fixture ? [String(fixture)] : []
      const target = fc.oneof(
        fc.constantFrom(`/api/${collection}`, `/api/${collection}?draft=true`),
        junkIdArb.map((id) => `/api/${collection}/${enc(id)}`),
        fc
          .constantFrom(...(ids.length ? ids : ['999999']))
          .map((id) => `/api/${collection}/${id}?draft=true`),
        // Bulk writes: whatever else the query says, `id = 0` matches no row.
        readParamsArb(ctx.paths[collection] ?? ['id'])
          .filter((params) => !/(^|&)where=/.test(params))
          .map((params) => `/api/${collection}?where[id][equals]=0&${params}`),
      )
      // Deletes only ever aim at ids that cannot exist or at `where` that matches nothing.
      const writes = write(ctx, ['POST', 'PATCH', 'PUT'], target, fieldNamesOf(ctx, collection))
      const deletes = fc.tuple(roleArb, junkIdArb).map(([role, id]): Probe => ({
        kind: 'http',
        role,
        method: 'DELETE',
        path: `/api/${collection}/${enc(id)}`,
      }))
      return fc.oneof({ weight: 6, arbitrary: writes }, { weight: 1, arbitrary: deletes })
    },
  }
}

const probeOf = (path: string) => fc.constant(path)

/** Ids that can never name a row of the shared database (writes must not touch seeded rows). */
const junkIdArb = idArb([]).filter(
  (id) => !/^\s*\+?\d{1,6}(\.0*)?\s*$/.test(id) && !/^\s*0x/i.test(id),
)

export const entryPoints: EntryPoint[] = [
  // Paths that are no collection: Object's members, junk, globals, methods Payload lacks.
  {
    name: 'rest-paths',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'),
          fc.oneof(
            fc.constantFrom(
              '__proto__',
              'constructor',
              'toString',
              'hasOwnProperty',
              'prototype',
              'globals',
              'access',
              'payload-preferences',
              'payload-jobs',
              'payload-locked-documents',
              'payload-migrations',
            ),
            textArb,
          ),
          fc.oneof(
            fc.constant(''),
            textArb.map((t) => `/${enc(t)}`),
            fc.constant('/__proto__/x'),
          ),
        )
        .map(([role, method, first, rest]): Probe => ({
          kind: 'http',
          role,
          method,
          path: `/api/${enc(first)}${rest}`,
          headers: method === 'GET' ? undefined : { 'Content-Type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        })),
  },
  ...collections.map(restRead),
  ...collections.filter((c) => c !== 'users').map(restWrite),
  {
    name: 'rest-write users',
    probes: (ctx) =>
      write(
        ctx,
        ['POST', 'PATCH'],
        fc.oneof(
          probeOf('/api/users'),
          junkIdArb.map((id) => `/api/users/${enc(id)}`),
        ),
        ['email', 'password', 'name', 'title', 'role', 'organization', 'municipality'],
      ),
  },
  {
    // Accounts (src/accounts): an admin's deactivate/reactivate of a user, and the resend of an
    // invitation, at ids that cannot exist (a probe must never close the harness's own users).
    name: 'account actions',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom(
            'users/{id}/deactivate',
            'users/{id}/reactivate',
            'invitations/{id}/resend',
          ),
          junkIdArb,
          fc.constantFrom('POST', 'GET', 'PATCH'),
          jsonArb,
        )
        .map(([role, action, id, method, body]): Probe => ({
          kind: 'http',
          role,
          method,
          path: `/api/${action.replace('{id}', enc(id))}`,
          headers: method === 'GET' ? undefined : { 'Content-Type': 'application/json' },
          body: method === 'GET' ? undefined : (JSON.stringify(body) ?? 'null'),
        })),
  },
  {
    // The invitation link: its page and the form/API that chooses the password, with junk,
    // truncated and forged tokens and passwords of every shape, in every content type.
    name: 'invitation accept',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(
            textArb,
            fc.constant('eyJwIjoiaW52aXRhdGlvbiJ9.AAAA'),
            fc.constant('.'),
            jsonArb.map((value) => JSON.stringify(value) ?? ''),
          ),
          fc.oneof(
            textArb,
            jsonArb.map((value) => JSON.stringify(value) ?? ''),
          ),
          fc.constantFrom('json', 'form', 'page', 'page-error', 'junk-json', 'text'),
        )
        .map(([role, token, password, how]): Probe => {
          const t = encodeURIComponent(token)
          if (how === 'page' || how === 'page-error') {
            return get(
              role,
              `/invitation?t=${t}${how === 'page-error' ? `&fejl=${enc(password)}&oprettet=${enc(password)}` : ''}`,
            )
          }
          return {
            kind: 'http',
            role,
            method: 'POST',
            path: '/api/invitation/accept',
            headers: {
              'Content-Type':
                how === 'form'
                  ? 'application/x-www-form-urlencoded'
                  : how === 'text'
                    ? 'text/plain'
                    : 'application/json',
            },
            body:
              how === 'form'
                ? `t=${t}&password=${enc(password)}&passwordAgain=${enc(password)}`
                : how === 'junk-json'
                  ? `{"t":${password}`
                  : JSON.stringify({ t: token, password, passwordAgain: password }),
          }
        }),
  },
  {
    // Signed one-click unsubscribe: junk, truncated and forged tokens in every place it reads.
    name: 'mail-unsubscribe',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(textArb, fc.constant('eyJwIjoidW5zdWJzY3JpYmUifQ.AAAA'), fc.constant('.')),
          fc.constantFrom('query', 'form', 'json', 'one-click'),
        )
        .map(([role, token, where]): Probe => {
          const t = encodeURIComponent(token)
          return {
            kind: 'http',
            role,
            method: 'POST',
            path: `/api/mail/unsubscribe${where === 'query' || where === 'one-click' ? `?t=${t}` : ''}`,
            headers: {
              'Content-Type':
                where === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
            },
            body:
              where === 'json'
                ? JSON.stringify({ t: token })
                : where === 'form'
                  ? `t=${t}`
                  : where === 'one-click'
                    ? 'List-Unsubscribe=One-Click'
                    : '',
          }
        }),
  },
  {
    // A digest's signed stop link for one subscription: junk, truncated and forged tokens.
    name: 'subscription stop',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(
            textArb,
            fc.constant('eyJwIjoiZm9sbG93LXVuc3Vic2NyaWJlIn0.AAAA'),
            fc.constant('.'),
          ),
          fc.constantFrom('query', 'form', 'json'),
        )
        .map(([role, token, where]): Probe => {
          const t = encodeURIComponent(token)
          return {
            kind: 'http',
            role,
            method: 'POST',
            path: `/api/follow/stop${where === 'query' ? `?t=${t}` : ''}`,
            headers: {
              'Content-Type':
                where === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
            },
            body:
              where === 'json' ? JSON.stringify({ t: token }) : where === 'form' ? `t=${t}` : '',
          }
        }),
  },
  {
    // The Atom feed of legislation notes and the follow pages, with junk parameters.
    name: 'legislation feed and follow pages',
    probes: () => {
      const value = fc.oneof(
        fc.constantFrom('angst', 'adhd', 'barnets-lov', 'serviceloven', '', '__proto__'),
        textArb,
      )
      const params = fc.array(
        fc.tuple(fc.constantFrom('emne', 'lov', 't', 'fejl', 'stoppet', 'fulgt'), value),
        {
          maxLength: 5,
        },
      )
      return fc
        .tuple(
          roleArb,
          fc.constantFrom('/lovgivning/feed.xml', '/foelg', '/foelg/stop', '/en/foelg', '/foelg/x'),
          params,
        )
        .map(([role, path, query]) =>
          get(
            role,
            `${path}${query.length ? `?${query.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : ''}`,
          ),
        )
    },
    pairs: (ctx) =>
      fc
        .tuple(outsiderArb, fc.constantFrom(...ctx.uniqueSecrets))
        .map(([role, { value, lie }]): ProbePair => ({
          label: 'feed /lovgivning/feed.xml?emne=<secret>',
          secret: value,
          truth: get(role, `/lovgivning/feed.xml?emne=${enc(value)}`),
          lie: get(role, `/lovgivning/feed.xml?emne=${enc(lie)}`),
        })),
  },
  {
    name: 'review',
    probes: (ctx) =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom(...moderated),
          fc.oneof(junkIdArb, fc.constant('fixture')),
          fc.oneof(
            jsonArb,
            fc.record({
              action: fc.oneof(fc.constantFrom('publish', 'return'), textArb),
              comment: jsonArb,
            }),
            fc.constant({ action: 'return', comment: '' }),
          ),
        )
        .map(([role, collection, id, decision]): Probe => {
          const marker = nextMarker(ctx)
          const body =
            decision && typeof decision === 'object' && !Array.isArray(decision)
              ? {
                  ...decision,
                  comment: `${marker} ${String((decision as { comment?: unknown }).comment ?? '')}`,
                }
              : decision
          // Decisions only ever concern the harness's own fixture, or ids that cannot exist.
          const target = id === 'fixture' ? String(ctx.fixtures[collection] ?? 'x') : id
          return {
            kind: 'http',
            role,
            method: 'POST',
            path: `/api/${collection}/${enc(target)}/review`,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body) ?? 'null',
            marker,
          }
        }),
  },
  {
    // "Meld en fejl" (src/errorReports/submit.ts): what the portal form and the API accept.
    name: 'error-report submit',
    probes: (ctx) =>
      fc
        .tuple(
          roleArb,
          fc.record(
            {
              targetCollection: fc.oneof(fc.constantFrom(...errorReportTargets), jsonArb),
              targetId: fc.oneof(
                fc.constant(ctx.fixtures.offers ?? 1),
                idArb(ctx.ids.offers ?? []),
                jsonArb,
              ),
              category: fc.oneof(fc.constantFrom(...errorReportCategoryValues), jsonArb),
              reporterEmail: fc.oneof(fc.constant(''), textArb, jsonArb),
              formToken: fc.oneof(
                // Shown a minute ago (the time trap lets it through), just now, or forged.
                fc.constant('old'),
                fc.constant('new'),
                textArb,
                jsonArb,
              ),
              website: fc.oneof(fc.constant(''), textArb),
            },
            { requiredKeys: [] },
          ),
          fc.constantFrom('', ' 010190-1234', ' <script>alert(1)</script>', ' \u0000', '', ''),
          fc.constantFrom('application/json', 'application/json', 'text/plain', ''),
        )
        .map(([role, fields, tail, contentType]): Probe => {
          const marker = nextMarker(ctx)
          const formToken =
            fields.formToken === 'old'
              ? issueFormToken(new Date(Date.now() - 60_000))
              : fields.formToken === 'new'
                ? issueFormToken()
                : fields.formToken
          return {
            kind: 'http',
            role,
            method: 'POST',
            path: '/api/error-reports/submit',
            headers: contentType ? { 'Content-Type': contentType } : {},
            body: JSON.stringify({ ...fields, formToken, text: `${marker}${tail}` }),
            marker,
          }
        }),
  },
  {
    name: 'overview csv',
    weight: 0.3,
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(
            fc.constantFrom('organisationer', 'kommuner', 'opslag', 'gennemsyn', 'fejlmeldinger'),
            textArb,
          ),
          fc.dictionary(
            fc.oneof(fc.constantFrom('organisation', 'kommune', 'tilstand'), textArb),
            fc.oneof(textArb, junkIdArb),
            { maxKeys: 3 },
          ),
        )
        .map(([role, table, params]) =>
          get(
            role,
            `/api/overblik/${enc(table)}?${Object.entries(params)
              .map(([key, value]) => `${enc(key)}=${enc(String(value))}`)
              .join('&')}`,
          ),
        ),
  },
  {
    // »Opslaget er stadig korrekt« over the API (src/freshness/plugin/verifyEndpoint.ts), and the
    // confirmation page the reminder mail links to; never a state change on GET.
    name: 'verify-listing',
    weight: 0.5,
    probes: (ctx) =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('offers', 'mentors', 'school-options'),
          fc.oneof(junkIdArb, fc.constant('fixture')),
          fc.constantFrom('POST', 'GET', 'PATCH'),
          jsonArb,
          fc.constantFrom('tilbud', 'mentorordninger', 'skoletilbud', 'x', '__proto__'),
        )
        .chain(([role, collection, id, method, body, section]) => {
          const target = id === 'fixture' ? String(ctx.fixtures[collection] ?? 'x') : id
          return fc.constantFrom<Probe>(
            {
              kind: 'http',
              role,
              method,
              path: `/api/${collection}/${enc(target)}/verify`,
              headers: method === 'GET' ? undefined : { 'Content-Type': 'application/json' },
              body: method === 'GET' ? undefined : (JSON.stringify(body) ?? 'null'),
            },
            get(role, `/bekraeft/${enc(section)}/${enc(target)}`),
          )
        }),
  },
  {
    // A listing confirmed against a legislation note (src/legislation/notes/endpoints.ts), the
    // admin panel's list of its notes, and the listing page's thanks parameter.
    name: 'confirm-note',
    weight: 0.5,
    probes: (ctx) =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('offers', 'mentors', 'school-options'),
          fc.oneof(junkIdArb, fc.constant('fixture')),
          fc.constantFrom('POST', 'GET', 'PATCH'),
          fc.oneof(
            jsonArb,
            junkIdArb.map((note) => ({ note })),
          ),
          fc.constantFrom('confirm-note', 'legislation-notices'),
          textArb,
        )
        .chain(([role, collection, id, method, body, endpoint, thanks]) => {
          const target = id === 'fixture' ? String(ctx.fixtures[collection] ?? 'x') : id
          return fc.constantFrom<Probe>(
            {
              kind: 'http',
              role,
              method,
              path: `/api/${collection}/${enc(target)}/${endpoint}`,
              headers: method === 'GET' ? undefined : { 'Content-Type': 'application/json' },
              body: method === 'GET' ? undefined : (JSON.stringify(body) ?? 'null'),
            },
            get(role, `/tilbud/${enc(ctx.slugs.offers?.[0] ?? 'x')}?bekraeftet=${enc(thanks)}`),
          )
        }),
  },
  {
    // The bulk move off a repealed provision and the owner's confirmation
    // (src/legislation/repeal/endpoints.ts). Only ids that cannot exist: a consultant's valid
    // request to a seeded repealed provision would move the sample listings.
    name: 'repeal move',
    weight: 0.5,
    probes: () =>
      fc
        .tuple(roleArb, junkIdArb, fc.constantFrom('POST', 'GET', 'PATCH'), jsonArb, fc.boolean())
        .map(([role, id, method, body, confirm]): Probe => ({
          kind: 'http',
          role,
          method,
          path: confirm
            ? `/api/legal-basis-moves/${enc(id)}/confirm`
            : `/api/legal-bases/${enc(id)}/move-listings`,
          headers: method === 'GET' ? undefined : { 'Content-Type': 'application/json' },
          body: method === 'GET' ? undefined : (JSON.stringify(body) ?? 'null'),
        })),
  },
  {
    name: 'login',
    weight: 0.5,
    probes: () =>
      fc
        .tuple(
          fc.constantFrom(
            'login',
            'forgot-password',
            'unlock',
            'reset-password',
            'logout',
            'refresh-token',
            'me',
            'verify/x',
            'first-register',
            'init',
            'access',
          ),
          fc.oneof(
            fc.record({ email: jsonArb, password: jsonArb }),
            fc.record({ email: textArb.map((t) => `${t}@fuzz.example`), password: textArb }),
            fc.record({
              email: fc.constant('fuzz\u0000@videnportal.local'),
              password: fc.constant('x'),
            }),
            fc.record({ token: jsonArb, password: jsonArb }),
            jsonArb,
          ),
          fc.constantFrom('application/json', 'application/json', 'text/plain', ''),
          fc.constantFrom('da', 'en', 'nb', 'xx', '__proto__'),
        )
        .map(([operation, body, contentType, language]): Probe => ({
          kind: 'http',
          role: 'anonymous',
          method:
            operation === 'me' || operation === 'init' || operation === 'access' ? 'GET' : 'POST',
          path: `/api/${operation === 'access' ? 'access' : `users/${operation}`}`,
          headers: {
            ...(contentType ? { 'Content-Type': contentType } : {}),
            'Accept-Language': language,
          },
          body:
            operation === 'me' || operation === 'init' || operation === 'access'
              ? undefined
              : (JSON.stringify(body) ?? ''),
        })),
  },
  {
    // The portal's login form, posted as a browser without JavaScript posts it (a server action).
    name: 'portal login form',
    weight: 0.3,
    probes: (ctx) =>
      fc
        .tuple(textArb, textArb, fc.constantFrom('da', 'en', 'xx', '__proto__'), textArb, fc.nat())
        .map(([email, password, locale, next, n]): Probe => ({
          kind: 'local',
          role: 'anonymous',
          label: `login form ${JSON.stringify(email).slice(0, 40)}`,
          run: async () => {
            const client = { 'X-Forwarded-For': `10.200.${(n >> 8) & 255}.${n & 255}` }
            const page = await fuzzFetch(`${ctx.baseURL}/log-ind`, { headers: client })
            const html = await page.text()
            const form = new FormData()
            for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
              const name = tag.match(/name="([^"]*)"/)?.[1]
              const value = tag.match(/value="([^"]*)"/)?.[1] ?? ''
              if (name) form.append(name, value.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
            }
            form.set('email', email)
            form.set('password', password)
            form.set('locale', locale)
            form.set('next', next)
            const response = await fuzzFetch(`${ctx.baseURL}/log-ind`, {
              method: 'POST',
              body: form,
              headers: client,
              redirect: 'manual',
            })
            return { status: response.status, text: await response.text() }
          },
        })),
  },
  {
    name: 'search',
    weight: 2,
    probes: () => {
      const keys = [
        'q',
        'kind',
        'municipality',
        'age',
        'topic',
        'legalBasis',
        'cost',
        'capacity',
        'language',
        'sort',
        'page',
        'perPage',
        // Distance (src/geo).
        'near',
        'postnr',
        'radius',
      ]
      const param = fc.tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...keys) },
          { weight: 1, arbitrary: textArb },
        ),
        textArb,
      )
      return fc
        .tuple(roleArb, fc.array(param, { maxLength: 5 }))
        .map(([role, params]) =>
          get(role, `/api/search?${params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}`),
        )
    },
    pairs: (ctx) =>
      fc
        .tuple(
          outsiderArb,
          fc.constantFrom(...ctx.uniqueSecrets),
          fc.constantFrom(
            '',
            '&kind=offer',
            '&sort=title',
            '&perPage=50',
            '&sort=waiting',
            '&postnr=4600&sort=distance',
            '&near=55.4580,12.1850&sort=distance&radius=25',
          ),
        )
        .map(([role, { value, lie }, extra]): ProbePair => ({
          label: `search q=<secret>${extra}`,
          secret: value,
          truth: get(role, `/api/search?q=${enc(value)}${extra}`),
          lie: get(role, `/api/search?q=${enc(lie)}${extra}`),
        })),
  },
  {
    // Suggestions as you type: its own limit; titles follow the reader's access as searches do.
    name: 'search suggestions',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.array(fc.tuple(fc.oneof(fc.constant('q'), textArb), fc.oneof(textArb, fc.string())), {
            maxLength: 3,
          }),
        )
        .map(([role, params]) =>
          get(
            role,
            `/api/search-suggestions?${params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}`,
          ),
        ),
    pairs: (ctx) =>
      fc
        .tuple(outsiderArb, fc.constantFrom(...ctx.uniqueSecrets))
        .map(([role, { value, lie }]): ProbePair => ({
          label: 'search suggestions q=<secret>',
          secret: value,
          truth: get(role, `/api/search-suggestions?q=${enc(value.slice(0, 100))}`),
          lie: get(role, `/api/search-suggestions?q=${enc(lie.slice(0, 100))}`),
        })),
  },
  {
    // Single sign-on (src/sso/routes.ts): junk providers, return paths, answers and transaction
    // cookies; every answer is a redirect to the login page (or to the provider), never a 5xx.
    name: 'sso',
    weight: 0.5,
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(fc.constantFrom('test-koege', 'test-wrong-issuer', '__proto__', 'x'), textArb),
          fc.constantFrom('start', 'callback'),
          fc.dictionary(
            fc.oneof(
              fc.constantFrom('next', 'code', 'state', 'error', 'iss', 'session_state'),
              textArb,
            ),
            textArb,
            { maxKeys: 4 },
          ),
          fc.oneof(
            fc.constant(''),
            textArb,
            fc.constant('AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA'),
          ),
        )
        .map(([role, provider, step, query, cookie]): Probe => {
          const search = new URLSearchParams(query as Record<string, string>).toString()
          return get(
            role,
            `/api/sso/${enc(provider)}/${step}${search ? `?${search}` : ''}`,
            cookie ? { Cookie: `videnportal-sso=${encodeURIComponent(cookie)}` } : undefined,
          )
        }),
  },
  {
    // The results page's click beacon (sendBeacon): counts only, never a user.
    name: 'search click beacon',
    probes: (ctx) =>
      write(ctx, ['POST'], fc.constant('/api/search-clicks'), ['q', 'query', 'position']),
  },
  {
    name: 'portal',
    weight: 2,
    probes: (ctx) => {
      const sections = [
        'tilbud',
        'mentorordninger',
        'skoletilbud',
        'organisationer',
        'lovgivning',
        'kommuner',
        'emner',
        'soeg',
        'log-ind',
        'privatliv',
        'tilgaengelighed',
        'huskeliste',
        '__proto__',
        'constructor',
      ]
      const slug = fc.oneof(
        fc.constantFrom(...(ctx.slugs.offers ?? ['x']), '259', '999', '0'),
        textArb,
      )
      const keys = [
        'q',
        'kind',
        'municipality',
        'age',
        'topic',
        'legalBasis',
        'cost',
        'capacity',
        'language',
        'sort',
        'page',
        'perPage',
        'next',
        'l',
        'x',
        // /lovgivning
        'emne',
        'lov',
        'aar',
        'status',
        'side',
      ]
      const query = fc.array(fc.tuple(fc.constantFrom(...keys), textArb), { maxLength: 4 })
      return fc
        .tuple(
          roleArb,
          fc.constantFrom('', '/en', '/nb', '/da', '/xx'),
          fc.constantFrom(...sections),
          fc.option(slug, { nil: undefined }),
          query,
        )
        .map(([role, locale, section, maybeSlug, params]) =>
          get(
            role,
            `${locale}/${section}${maybeSlug === undefined ? '' : `/${enc(maybeSlug)}`}${params.length ? `?${params.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : ''}`,
          ),
        )
    },
    pairs: (ctx) =>
      fc
        .tuple(outsiderArb, fc.constantFrom(...ctx.uniqueSecrets))
        .map(([role, { value, lie }]): ProbePair => ({
          label: 'portal /soeg?q=<secret>',
          secret: value,
          truth: get(role, `/soeg?q=${enc(value)}`),
          lie: get(role, `/soeg?q=${enc(lie)}`),
        })),
  },
  {
    name: 'shortlist link',
    probes: (ctx) => {
      const entry = fc.oneof(
        fc.constantFrom(...(ctx.slugs.offers ?? ['x']).map((slug) => `tilbud/${slug}`)),
        fc
          .tuple(
            fc.constantFrom('tilbud', 'skoletilbud', 'mentorordninger', '__proto__', ''),
            textArb,
          )
          .map(([s, t]) => `${s}/${t}`),
        textArb,
      )
      return fc
        .tuple(roleArb, fc.array(entry, { maxLength: 60 }), fc.constantFrom('', '/en', '/nb'))
        .map(([role, entries, locale]) =>
          get(role, `${locale}/huskeliste?l=${entries.map(enc).join(',')}`),
        )
    },
  },
  {
    name: 'importer',
    weight: 0.3,
    probes: (ctx) =>
      fc
        .tuple(
          fc.constantFrom('json', 'csv'),
          fc.dictionary(
            fc.oneof(
              fc.constantFrom(
                'title',
                'summary',
                'description',
                'ageMin',
                'ageMax',
                'topics',
                'coverage',
                'contacts',
                'cost',
                'visibility',
                'kind',
                'status',
                'provider',
                'externalId',
              ),
              textArb.map((t) => t.replace(/[^a-z]/gi, '') || 'x'),
            ),
            jsonArb,
            { maxKeys: 3 },
          ),
          fc.constantFrom('', ' 010190-1234', ' tlf. 70 20 31 45'),
          // The bulk path (--bulk) checks the same and writes in batches.
          fc.boolean(),
        )
        .map(([format, overrides, tail, bulk]): Probe => {
          const marker = nextMarker(ctx)
          const item = {
            ...offerInput(overrides),
            externalId: `fuzz-${marker}`,
            title: `${marker}${tail}`,
            description: `Tekst ${tail}`,
          }
          const file = path.join(ctx.tmpDir, `${marker}.${format}`)
          return {
            kind: 'local',
            role: 'admin',
            label: `import ${format}${bulk ? ' --bulk' : ''}`,
            marker,
            run: async (payload) => {
              if (format === 'json')
                writeFileSync(file, JSON.stringify({ format: 'videnportal/v1', listings: [item] }))
              else writeFileSync(file, listingsToCsv([item]))
              const report = await importFiles(payload, [file], { bulk })
              return report.written
                ? { status: 200, text: 'written' }
                : {
                    status: 400,
                    text: report.issues
                      .map((issue) => `${issue.field}: ${issue.message}`)
                      .join('\n'),
                  }
            },
          }
        }),
  },
  {
    name: 'inference',
    weight: 0,
    probes: () => fc.constant(get('anonymous', '/api/offers/count')),
    pairs: (ctx) => {
      const paths = [
        'contacts.email',
        'contacts.phone',
        'contacts.name',
        'contacts.role',
        'cost.rateNote',
        'referral.internalNote',
      ]
      const ops = ['equals', 'not_equals', 'like', 'contains', 'in', 'not_in']
      return fc
        .tuple(
          outsiderArb,
          fc.constantFrom(...listingCollections),
          fc.constantFrom('', '/count', '?draft=true', '/versions'),
          fc.constantFrom(...paths),
          fc.constantFrom(...ops),
          fc.constantFrom(...ctx.secretGuesses),
          fc.boolean(),
        )
        .map(([role, collection, route, field, op, { value, lie }, prefix]): ProbePair => {
          const shorten = (v: string) =>
            prefix && (op === 'like' || op === 'contains') ? v.slice(0, 4) : v
          const key = route === '/versions' ? `version.${field}` : field
          const base = route.startsWith('?')
            ? `/api/${collection}${route}&`
            : `/api/${collection}${route}?`
          const url = (v: string) => `${base}where[${key}][${op}]=${enc(shorten(v))}`
          return {
            secret: value,
            label: `${collection}${route} ${key} ${op}`,
            truth: get(role, url(value)),
            lie: get(role, url(lie)),
          }
        })
    },
  },
  {
    // Shortlists kept with an account: the »Føj til huskeliste« endpoints and the list pages
    // (a saved list by key, its CSV, the CSV of a link, the comparison), with junk parameters.
    name: 'shortlists',
    probes: (ctx) =>
      fc.oneof(
        write(ctx, ['POST'], fc.constantFrom('/api/shortlist/toggle'), ['entry']),
        fc
          .tuple(
            roleArb,
            fc.constantFrom(
              '/api/shortlist/current',
              '/huskeliste/sammenlign',
              '/huskeliste/csv',
              '/huskeliste/AAAAAAAAAAAAAAAAAAAAAA',
              '/huskeliste/AAAAAAAAAAAAAAAAAAAAAA/csv',
              '/en/huskeliste/x',
            ),
            fc.array(fc.tuple(fc.constantFrom('v', 'l', 'ok', 'fejl'), textArb), {
              maxLength: 5,
            }),
          )
          .map(([role, path, query]) =>
            get(
              role,
              `${path}${query.length ? `?${query.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : ''}`,
            ),
          ),
      ),
  },
  {
    // The methods library (/metoder, a method's page) and a network's cooperation quality page.
    name: 'methods and cooperation quality pages',
    probes: () => {
      const query = fc.array(
        fc.tuple(fc.constantFrom('q', 'type', 'emne', 'kommune', 'x'), textArb),
        { maxLength: 3 },
      )
      return fc
        .tuple(
          roleArb,
          fc.constantFrom('', '/en', '/nb'),
          fc.constantFrom(
            '/metoder',
            '/metoder/faelles-sagsaudit-paa-tvaers-af-kommuner',
            '/netvaerk/x/samarbejde',
          ),
          fc.option(textArb, { nil: undefined }),
          query,
        )
        .map(([role, locale, path, slug, params]) =>
          get(
            role,
            `${locale}${slug === undefined ? path : path.replace(/\/[^/]*$/, `/${enc(slug)}`)}${params.length ? `?${params.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : ''}`,
          ),
        )
    },
    pairs: (ctx) =>
      // The text of an internal method's files must not be guessable by querying it.
      fc
        .tuple(
          outsiderArb,
          fc.constantFrom(...ctx.secretGuesses),
          fc.constantFrom('like', 'equals'),
        )
        .map(([role, { value, lie }, op]): ProbePair => ({
          secret: value,
          label: `methods fileText ${op}`,
          truth: get(role, `/api/methods?where[fileText][${op}]=${enc(value)}`),
          lie: get(role, `/api/methods?where[fileText][${op}]=${enc(lie)}`),
        })),
  },
  {
    // A network's pages, its plan as iCalendar (a signed per-user token in `t`) and the copy
    // endpoint (src/network). Only copies of ids that cannot exist: a valid copy makes a network.
    name: 'network pages, feed and copy',
    weight: 0.5,
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('', '/en', '/nb'),
          fc.constantFrom(
            '/netvaerk',
            '/netvaerk/opfoelgning',
            '/netvaerk/%s',
            '/netvaerk/%s/kommissorium',
            '/netvaerk/%s/moeder/%s',
          ),
          fc.oneof(textArb, fc.constant('faelles-netvaerk-boern-og-unge')),
          junkIdArb,
          textArb,
          jsonArb,
          fc.nat(3),
        )
        .map(([role, locale, page, slug, junkId, token, body, which]): Probe => {
          if (which === 0) return get(role, `/netvaerk/${enc(slug)}/aarsplan.ics?t=${enc(token)}`)
          if (which === 1)
            return {
              kind: 'http',
              role,
              method: 'POST',
              path: `/api/networks/${enc(junkId)}/copy`,
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body) ?? 'null',
            }
          return get(role, `${locale}${page.replace('%s', enc(slug)).replace('%s', enc(token))}`)
        }),
  },
  {
    // Cooperations (src/cooperations): the list, a cooperation's page and its JSON export, with
    // junk slugs, in every language; internal tools must not answer a guessing query.
    name: 'cooperation pages and export',
    weight: 0.5,
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.constantFrom('', '/en', '/nb'),
          fc.oneof(
            textArb,
            fc.constant('tilbage-i-skole-fremmoedeforloeb-i-koege-med-spor-til-skolen'),
          ),
          fc.nat(2),
        )
        .map(([role, locale, slug, which]): Probe => {
          if (which === 0) return get(role, `${locale}/samarbejder`)
          if (which === 1) return get(role, `${locale}/samarbejder/${enc(slug)}`)
          return get(role, `/samarbejder/${enc(slug)}/eksport.json`)
        }),
    pairs: (ctx) =>
      fc
        .tuple(outsiderArb, fc.constantFrom(...ctx.secretGuesses))
        .map(([role, { value, lie }]): ProbePair => ({
          secret: value,
          label: 'cooperations theoryOfChange.targetGroup like',
          truth: get(
            role,
            `/api/cooperations?where[theoryOfChange.targetGroup][like]=${enc(value)}`,
          ),
          lie: get(role, `/api/cooperations?where[theoryOfChange.targetGroup][like]=${enc(lie)}`),
        })),
  },
  {
    // The Prometheus metrics (src/ops/metrics): junk tokens and schemes are a 401, never a 500.
    name: 'metrics',
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(
            fc.constant(undefined),
            // Header values as a client can send them (no control characters).
            textArb.map((text) => `Bearer ${encodeURIComponent(text)}`),
            textArb.map((text) => encodeURIComponent(text)),
            fc.constantFrom('Bearer', 'Bearer  ', 'Basic Zm9vOmJhcg==', 'JWT x.y.z'),
          ),
          fc.constantFrom('/api/metrics', '/api/metrics?x=1', '/api/metrics/'),
        )
        .map(([role, authorization, path]) =>
          get(
            role,
            path,
            authorization === undefined ? undefined : { Authorization: authorization },
          ),
        ),
  },
  {
    // Open data (src/hsds): the HSDS 3.0 read API, public and the same for everybody. Junk
    // paths, ids and parameters; a search for an internal value finds what a search for a value
    // nobody has finds (nothing internal is in it).
    name: 'hsds',
    probes: () => {
      const keys = [
        'search',
        'page',
        'per_page',
        'taxonomy_term_id',
        'taxonomy_id',
        'organization_id',
        'modified_after',
        'minimal',
        'full',
        'full_service',
        'format',
      ]
      return fc
        .tuple(
          roleArb,
          fc.constantFrom(
            '',
            'services',
            'organizations',
            'taxonomies',
            'taxonomy_terms',
            'service_at_locations',
          ),
          fc.oneof(
            fc.constant(''),
            textArb.map((t) => `/${enc(t)}`),
          ),
          fc.array(
            fc.tuple(
              fc.oneof(
                { weight: 5, arbitrary: fc.constantFrom(...keys) },
                { weight: 1, arbitrary: textArb },
              ),
              textArb,
            ),
            { maxLength: 4 },
          ),
        )
        .map(([role, resource, id, params]) =>
          get(
            role,
            `/api/hsds/${resource}${resource ? id : ''}?${params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}`,
          ),
        )
    },
    pairs: (ctx) =>
      fc
        .tuple(
          outsiderArb,
          fc.constantFrom(...ctx.uniqueSecrets),
          fc.constantFrom('services', 'service_at_locations'),
        )
        .map(([role, { value, lie }, resource]): ProbePair => ({
          label: `hsds ${resource} search=<secret>`,
          secret: value,
          truth: get(role, `/api/hsds/${resource}?search=${enc(value.slice(0, 200))}`),
          lie: get(role, `/api/hsds/${resource}?search=${enc(lie.slice(0, 200))}`),
        })),
  },
  {
    name: 'openapi',
    weight: 0.2,
    probes: () =>
      fc
        .tuple(
          roleArb,
          fc.oneof(
            fc.constant(''),
            textArb.map((t) => `?${enc(t)}=${enc(t)}`),
          ),
        )
        .map(([role, query]) => get(role, `/api/openapi.json${query}`)),
  },
  {
    // »Følger op på …« (src/outcomes): the outcome filter and facet on /api/search and /soeg,
    // and the listing page's »Sådan følges op«, with real and junk outcome slugs.
    name: 'outcome filter and follow-up',
    weight: 0.5,
    probes: (ctx) => {
      const outcome = fc.oneof(
        fc.constantFrom(
          'skolefremmoede-og-laering',
          'trivsel',
          'fritid',
          'ukendt-effektmaal',
          'Skolefremmøde',
          '',
        ),
        textArb,
      )
      return fc
        .tuple(
          roleArb,
          fc.constantFrom('/api/search', '/soeg', '/en/soeg', '/tilbud'),
          fc.array(outcome, { minLength: 1, maxLength: 3 }),
          fc.constantFrom('', '&kind=offer', '&q=skole', '&cost=free', '&sort=title'),
          fc.constantFrom(...(ctx.slugs.offers ?? ['x'])),
        )
        .map(([role, path, outcomes, extra, slug]) =>
          path === '/tilbud'
            ? get(role, `/tilbud/${enc(slug)}?outcome=${enc(outcomes[0]!)}`)
            : get(role, `${path}?${outcomes.map((o) => `outcome=${enc(o)}`).join('&')}${extra}`),
        )
    },
    pairs: (ctx) =>
      fc
        .tuple(
          outsiderArb,
          fc.constantFrom(...ctx.uniqueSecrets),
          fc.constantFrom('skolefremmoede-og-laering', 'trivsel'),
        )
        .map(([role, { value, lie }, outcome]): ProbePair => ({
          label: `search q=<secret>&outcome=${outcome}`,
          secret: value,
          truth: get(role, `/api/search?q=${enc(value)}&outcome=${outcome}`),
          lie: get(role, `/api/search?q=${enc(lie)}&outcome=${outcome}`),
        })),
  },
]

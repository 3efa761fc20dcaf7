import type { SanitizedConfig } from 'payload'

/**
 * The REST API's front door (src/app/(payload)/api/[...slug]/route.ts): what Payload's handlers
 * would answer with a 5xx because it fails before their own error handling, or because Payload
 * answers it so, refused here with a precise 4xx:
 * - a collection without REST endpoints (`payload-migrations`): 404, not Payload's 501;
 * - versions of a collection that has none (`/api/topics/versions`): 404, not a 500;
 * - e-mail verification where it is off (`/api/users/verify/…`): 404, not a 500;
 * - a body in a content type Payload cannot read (text/plain, XML …) on a write: 415 (a form
 *   post to one of the portal's own endpoints, which read forms themselves, passes);
 * - a multipart body that cannot be parsed, or whose `_payload` is not JSON: 400;
 * - `where` or `data` given as a JSON string in the query that is not JSON: 400;
 * - `depth`, `limit` or `page` that is no whole number, or given twice: 400;
 * - a method override (`X-HTTP-Method-Override: GET`) whose body cannot be read: 400.
 * Everything else passes to Payload unchanged.
 */
type Handler = (request: Request, context: never) => Promise<Response>

const json = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const writes = new Set(['POST', 'PATCH', 'PUT'])

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** The refusal of a request Payload cannot read, or null to pass it on. */
export async function refusal(
  request: Request,
  config: SanitizedConfig | Promise<SanitizedConfig>,
): Promise<Response | null> {
  const url = new URL(request.url)
  const [, api, slug, second] = url.pathname.split('/')
  const collection =
    api === 'api' && slug
      ? (await config).collections.find((candidate) => candidate.slug === slug)
      : undefined
  if (collection) {
    if (collection?.endpoints === false) return json(404, `Adressen ${url.pathname} findes ikke.`)
    if (collection && !collection.versions && second === 'versions')
      return json(404, `»${slug}« har ingen versioner.`)
    // Payload serves e-mail verification on every auth collection and fails where it is off.
    if (collection?.auth && !collection.auth.verify && second === 'verify')
      return json(404, `»${slug}« bekræfter ikke e-mailadresser.`)
  }
  // Payload reads these as one number; given twice, Postgres got a list (a 500). (Other routes,
  // such as /api/search, check their own parameters.)
  for (const name of collection ? ['depth', 'limit', 'page'] : []) {
    const given = url.searchParams.getAll(name)
    if (given.length > 1) return json(400, `Parameteren »${name}« må kun angives én gang.`)
    if (given[0] && !/^\d{1,9}$/.test(given[0].trim()))
      return json(
        400,
        `Parameteren »${name}« skal være et helt tal fra 0, ikke »${given[0].slice(0, 40)}«.`,
      )
  }
  for (const name of collection ? ['where', 'data'] : []) {
    const raw = url.searchParams.get(name)
    if (raw && !isJson(raw))
      return json(
        400,
        `Parameteren »${name}« skal være JSON eller skrives som ${name}[felt][operator]=værdi.`,
      )
  }
  if (!writes.has(request.method.toUpperCase())) return null
  const contentType = (request.headers.get('Content-Type') ?? '')
    .split(';', 1)[0]!
    .trim()
    .toLowerCase()
  const override =
    request.headers.get('X-Payload-HTTP-Method-Override') ??
    request.headers.get('X-HTTP-Method-Override')
  const body = await request.clone().arrayBuffer()
  if (body.byteLength === 0) return null
  if (contentType === 'application/json') {
    if (override && !isJson(new TextDecoder().decode(body)))
      return json(400, 'Indholdet er ikke gyldig JSON.')
    return null
  }
  if (contentType === 'application/x-www-form-urlencoded' && override?.toUpperCase() === 'GET')
    return null
  // The portal's own endpoints (no collection) read their form posts themselves: plain HTML forms
  // that work without JavaScript, and mail programs' one-click unsubscribe (RFC 8058).
  if (contentType === 'application/x-www-form-urlencoded' && !collection) return null
  if (contentType === 'multipart/form-data') {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return json(400, 'Indholdet (multipart/form-data) kan ikke læses.')
    }
    const payloadField = form.get('_payload')
    if (typeof payloadField === 'string' && payloadField && !isJson(payloadField))
      return json(400, 'Feltet »_payload« skal være JSON.')
    return null
  }
  return json(
    415,
    `Indholdstypen »${contentType || 'ingen'}« kan ikke læses: send JSON (Content-Type: application/json) eller multipart/form-data.`,
  )
}

/** Wraps one of Payload's REST handlers with the refusals above. */
export const withRestBoundary =
  (config: SanitizedConfig | Promise<SanitizedConfig>, handler: Handler): Handler =>
  async (request, context) => {
    const refused = await refusal(request, config)
    if (refused) return refused
    return withRetryAfter(await handler(request, context))
  }

/** Seconds a client waits before it sends a request again that met a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5

/**
 * A 503 (a database outage, src/utilities/databasePool.ts) tells clients when to try again
 * (RFC 9110 § 10.2.3); Payload's error hooks cannot set headers, so it is added here.
 */
export function withRetryAfter(response: Response): Response {
  if (response.status !== 503 || response.headers.has('Retry-After')) return response
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

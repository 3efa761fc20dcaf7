import {
  languageValues,
  listingKindValues,
  mentorTypeValues,
  offerTypeValues,
  schoolTypeValues,
} from '@/domain/options'

import { isUuid } from '../ids'
import { TAXONOMIES } from '../vocabulary'

/**
 * HSDS 3.0 service records → items of the importer's own format (videnportal/v1: sections
 * `organizations` and `listings`), which the importer then validates with the Danish rules,
 * checks, dry-runs and upserts as it does its own files. What HSDS has and our model has no place
 * for is reported (`unmapped`), never dropped silently; what the importer had to assume is
 * reported too. Imported services become offers unless a term of our kinds taxonomy says
 * otherwise; the HSDS ids are kept (`hsdsId`), so our own output imported again keeps its ids.
 */

type Json = Record<string, unknown>

export type Unmapped = { id: string; field: string; value: string; note: string }

export type Converted = {
  organizations: Array<{ raw: Json; path: Array<string | number> }>
  listings: Array<{ raw: Json; path: Array<string | number> }>
  unmapped: Unmapped[]
}

export type MunicipalityNames = Map<string, string>

const str = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
const arr = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : [])
const obj = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** Fields of a service the mapping reads; every other non-empty field is reported. */
const SERVICE_FIELDS = new Set([
  'id',
  'organization_id',
  'name',
  'description',
  'status',
  'application_process',
  'fees_description',
  'wait_time',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'contacts',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'organization',
  'cost_options',
  'attributes',
  'url',
  'phones',
])

const ORGANIZATION_FIELDS = new Set([
  'id',
  'name',
  'description',
  'email',
  'website',
  'tax_id',
  'legal_status',
  'uri',
  'phones',
  'organization_identifiers',
  'locations',
  'services',
])

const legalStatusType: Record<string, string> = {
  'Frivillig organisation (NGO)': 'ngo',
  'Kommunal enhed': 'municipal',
  'Privat leverandør': 'private',
  'Regionalt tilbud': 'regional',
}

/** The municipality code of a name ("Køge Kommune", "Køge") or of our own area description. */
function municipalityCode(names: MunicipalityNames, ...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    const text = str(candidate)
    if (!text) continue
    const code = /(?:kommuner\/|Kommunekode\s*)(\d{3})\b/i.exec(text)?.[1]
    if (code) return code
    const name = text
      .replace(/\s+kommune$/i, '')
      .trim()
      .toLowerCase()
    if (names.has(name)) return names.get(name)
  }
  return undefined
}

function reportRest(
  record: Json,
  known: Set<string>,
  id: string,
  prefix: string,
  unmapped: Unmapped[],
) {
  for (const [field, value] of Object.entries(record)) {
    if (known.has(field) || value === null || value === undefined || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    unmapped.push({
      id,
      field: `${prefix}${field}`,
      value: short(value),
      note: 'har ingen plads i Videnportalens model',
    })
  }
}

function organizationItem(org: Json, unmapped: Unmapped[]): Json {
  const id = String(org.id ?? '')
  reportRest(org, ORGANIZATION_FIELDS, `organization ${id}`, 'organization.', unmapped)
  const identifiers = arr(org.organization_identifiers)
  const cvr =
    identifiers.find((i) => /cvr/i.test(String(i.identifier_scheme ?? i.identifier_type ?? '')))
      ?.identifier ??
    (str(org.tax_id) && /^\d{8}$/.test(String(org.tax_id)) ? org.tax_id : undefined)
  for (const identifier of identifiers)
    if (identifier.identifier !== cvr)
      unmapped.push({
        id: `organization ${id}`,
        field: 'organization.organization_identifiers',
        value: short(`${identifier.identifier_type}: ${identifier.identifier}`),
        note: 'kun CVR-numre har en plads',
      })
  if (str(org.tax_id) && org.tax_id !== cvr)
    unmapped.push({
      id: `organization ${id}`,
      field: 'organization.tax_id',
      value: short(org.tax_id),
      note: 'er ikke et CVR-nummer (8 cifre)',
    })
  const type = legalStatusType[String(org.legal_status ?? '')]
  if (!type)
    unmapped.push({
      id: `organization ${id}`,
      field: 'organization.legal_status',
      value: short(org.legal_status ?? '(tom)'),
      note: 'ukendt: organisationen importeres som frivillig organisation (ngo)',
    })
  const location = arr(org.locations)[0]
  const address = arr(location?.addresses)[0]
  return {
    externalId: `hsds:${id}`,
    ...(isUuid(id) ? { hsdsId: id.toLowerCase() } : {}),
    name: org.name,
    type: type ?? 'ngo',
    ...(cvr ? { cvr: String(cvr) } : {}),
    ...(str(org.description) && org.description !== org.name
      ? { description: org.description }
      : {}),
    ...(str(org.website) ? { website: org.website } : {}),
    ...(str(org.email) ? { email: org.email } : {}),
    ...(str(arr(org.phones)[0]?.number) ? { phone: arr(org.phones)[0]!.number } : {}),
    ...(address
      ? {
          address: {
            street: address.address_1,
            postalCode: address.postal_code,
            city: address.city,
          },
        }
      : {}),
  }
}

const TERM_TAXONOMY: Record<string, keyof typeof TAXONOMIES> = Object.fromEntries(
  Object.values(TAXONOMIES).map((t) => [t.id, t.key]),
)

/** One HSDS service (fully nested, or as the list gives it) → a listing item. */
function listingItem(
  service: Json,
  names: MunicipalityNames,
  organizationKey: string | undefined,
  unmapped: Unmapped[],
): Json {
  const id = String(service.id ?? '')
  const where = `service ${id}`
  const note = (field: string, value: unknown, text: string) =>
    unmapped.push({ id: where, field, value: short(value), note: text })
  reportRest(service, SERVICE_FIELDS, where, '', unmapped)

  let kind = 'offer'
  let type: string | undefined
  const topics: string[] = []
  const legalBasis: string[] = []
  let evidence: string | undefined
  let capacity: string | undefined
  let municipalDecision = false
  let selfReferral = false
  for (const attribute of arr(service.attributes)) {
    const term = obj(attribute.taxonomy_term) ?? {}
    const taxonomy = TERM_TAXONOMY[String(term.taxonomy_id ?? '')]
    const code = String(term.code ?? '')
    if (taxonomy === 'kinds') {
      const [k, t] = code.split('/')
      if (listingKindValues.includes(k as never)) kind = k!
      if (t) type = t
    } else if (taxonomy === 'topics') topics.push(code)
    else if (taxonomy === 'legal-bases') legalBasis.push(code)
    else if (taxonomy === 'properties') {
      if (code.startsWith('evidence/')) evidence = code.slice(9)
      else if (code.startsWith('capacity/')) capacity = code.slice(9)
      else if (code === 'referral/municipal-decision') municipalDecision = true
      else if (code === 'referral/self-referral') selfReferral = true
    } else
      note(
        'attributes',
        `${term.name ?? attribute.value ?? ''}${term.taxonomy ? ` (${term.taxonomy})` : ''}`,
        'et udefrakommende emne har ingen plads (kun Videnportalens taksonomier)',
      )
  }
  const typeValues: Record<string, readonly string[]> = {
    offer: offerTypeValues,
    mentor: mentorTypeValues,
    'school-option': schoolTypeValues,
  }
  if (!type || !typeValues[kind]!.includes(type)) {
    const fallback =
      kind === 'offer' ? 'counselling' : kind === 'mentor' ? 'professional' : undefined
    if (fallback) {
      note('attributes', type ?? '(ingen type)', `ingen kendt type: importeres som ${fallback}`)
      type = fallback
    }
  }

  // Our own description is the summary, a blank line and the text.
  const description = String(service.description ?? '')
  const [first, ...rest] = description.split(/\n\s*\n/)
  let summary = (first ?? '').trim()
  let body = rest.join('\n\n').trim()
  if (summary.length > 400) {
    const cut = summary.slice(0, 400)
    const end = Math.max(cut.lastIndexOf('. '), 0)
    summary = end > 50 ? cut.slice(0, end + 1) : `${cut.slice(0, 397)}…`
    body = description.trim()
  }

  const waitTime = String(service.wait_time ?? '')
  const asOf =
    /opgjort (\d{4}-\d{2}-\d{2})/.exec(waitTime)?.[1] ??
    str(service.assured_date)?.slice(0, 10) ??
    str(service.last_modified)?.slice(0, 10)
  const weeks = /ca\. (\d+) uger/.exec(waitTime)?.[1]
  if (waitTime && !/^(Åben|Venteliste|Fuldt)/.test(waitTime))
    note('wait_time', waitTime, 'fri tekst: kapaciteten sættes til åben')

  const areas = arr(service.service_areas)
  const coverage: string[] = []
  for (const area of areas) {
    const code = municipalityCode(names, area.uri, area.description, area.name)
    if (code) coverage.push(code)
    else
      note(
        'service_areas',
        area.name ?? area.description ?? area.extent ?? '',
        'ikke en dansk kommune',
      )
  }

  const costs = arr(service.cost_options)
  let cost: Json = { type: 'free' }
  const paidCost = costs.find((c) => typeof c.amount === 'number' && c.amount > 0)
  if (paidCost) {
    // An amount in another currency is refused (a rate is in kroner), not taken as unknown.
    cost = { type: 'paid', ...(paidCost.currency === 'DKK' ? { rateDkk: paidCost.amount } : {}) }
    if (paidCost.currency !== 'DKK')
      note(
        'cost_options.amount',
        `${paidCost.amount} ${paidCost.currency ?? ''}`,
        'en takst skal være i kroner (DKK)',
      )
  } else if (
    costs.some((c) => /betalt|paid/i.test(String(c.option ?? ''))) ||
    (!costs.length &&
      str(service.fees_description) &&
      !/^gratis/i.test(String(service.fees_description)))
  ) {
    // Open data never carry the rate (it is for professionals): a paid service without an amount
    // is imported as paid with the rate left for the editor to fill in.
    cost = { type: 'paid', rateUnknown: true }
  }

  // A school option's grades and admission, as our own output writes them in the eligibility.
  const eligibility = String(service.eligibility_description ?? '')
  const grades = /Klassetrin (\d{1,2})\s*[–-]\s*(\d{1,2})\./.exec(eligibility)
  const school =
    kind === 'school-option'
      ? {
          gradeFrom: grades ? Number(grades[1]) : 0,
          gradeTo: grades ? Number(grades[2]) : 10,
          admissionViaPPR: /Optagelse via PPR\./.test(eligibility),
        }
      : {}
  if (kind === 'school-option' && !grades)
    note('eligibility_description', eligibility || '(tom)', 'ingen klassetrin: importeres som 0–10')

  const contacts = arr(service.contacts).map((contact) => ({
    ...(str(contact.name) ? { name: contact.name } : {}),
    ...(str(contact.title) ? { role: contact.title } : {}),
    ...(str(contact.email) ? { email: contact.email } : {}),
    ...(str(arr(contact.phones)[0]?.number) ? { phone: arr(contact.phones)[0]!.number } : {}),
  }))
  for (const phone of arr(service.phones))
    contacts.push({
      ...(str(phone.description) ? { role: phone.description } : {}),
      phone: phone.number,
    })
  if (str(service.email) && !contacts.some((c) => c.email === service.email))
    contacts.push({ email: service.email })

  const locations = arr(service.service_at_locations).flatMap((sal) => {
    const location = obj(sal.location)
    const address = arr(location?.addresses)[0]
    if (!location || !address) {
      note('service_at_locations', sal.id ?? '', 'et sted uden adresse har ingen plads')
      return []
    }
    return [
      {
        // Our output names a location without a name of its own after the service.
        ...(str(location.name) && location.name !== service.name ? { name: location.name } : {}),
        address: [address.address_1, address.address_2].filter(Boolean).join(', '),
        postalCode: address.postal_code,
        city: address.city,
        municipality:
          municipalityCode(names, address.region, address.state_province) ??
          address.region ??
          address.state_province,
        ...(typeof location.latitude === 'number' ? { latitude: location.latitude } : {}),
        ...(typeof location.longitude === 'number' ? { longitude: location.longitude } : {}),
      },
    ]
  })

  const languages = arr(service.languages).flatMap((language) => {
    const code = String(language.code ?? '').toLowerCase()
    const ours = code === 'dsl' ? 'dts' : code
    if (languageValues.includes(ours as never)) return [ours]
    note('languages', language.name ?? code, 'sproget findes ikke i Videnportalens liste')
    return []
  })

  const schedules = arr(service.schedules)
    .map((s) => str(s.description) ?? str(s.notes))
    .filter(Boolean)

  return {
    externalId: `hsds:${id}`,
    ...(isUuid(id) ? { hsdsId: id.toLowerCase() } : {}),
    kind,
    ...(kind === 'offer'
      ? { offerType: type }
      : kind === 'mentor'
        ? { mentorType: type }
        : { schoolType: type, ...school }),
    status: service.status === 'active' || service.status === undefined ? 'published' : 'draft',
    title: service.name,
    summary,
    ...(body ? { description: body } : {}),
    provider: organizationKey,
    ageMin: service.minimum_age,
    ageMax: service.maximum_age,
    topics,
    languages,
    coverage,
    wholeNetwork: false,
    legalBasis,
    referral: {
      howTo: service.application_process,
      municipalDecisionRequired: municipalDecision,
      selfReferral,
    },
    cost,
    capacity: {
      status: capacity ?? 'open',
      ...(weeks ? { waitingWeeks: Number(weeks) } : {}),
      asOf,
    },
    contacts,
    locations,
    ...(schedules.length ? { schedule: schedules.join('\n') } : {}),
    evidence: evidence ? { level: evidence } : {},
    visibility: 'public',
    ...(str(service.assured_date)
      ? { lastVerifiedAt: String(service.assured_date).slice(0, 10) }
      : {}),
  }
}

/** Is this parsed JSON an HSDS dataset (a page of services, a service, or a list of them)? */
export function isHsdsJson(value: unknown): boolean {
  const record = obj(value)
  if (record && 'format' in record) return false
  if (record && Array.isArray(record.contents) && 'total_items' in record) return true
  if (record && 'id' in record && 'name' in record) return true
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => obj(v) && 'id' in v! && 'name' in v!)
  )
}

/** The services of an HSDS JSON dataset with the JSON path of each (for its line). */
export function hsdsServices(
  value: unknown,
): Array<{ service: Json; path: Array<string | number> }> {
  const record = obj(value)
  if (record && Array.isArray(record.contents))
    return (record.contents as Json[]).map((service, i) => ({ service, path: ['contents', i] }))
  if (Array.isArray(value)) return (value as Json[]).map((service, i) => ({ service, path: [i] }))
  return record ? [{ service: record, path: [] }] : []
}

/**
 * HSDS services (with their organizations, nested or given apart) → our items. `organizations`
 * are those of a tabular package or the dataset; a service's nested `organization` counts too.
 */
export function convertHsds(
  services: Array<{ service: Json; path: Array<string | number> }>,
  names: MunicipalityNames,
  organizations: Array<{ organization: Json; path: Array<string | number> }> = [],
): Converted {
  const unmapped: Unmapped[] = []
  const result: Converted = { organizations: [], listings: [], unmapped }
  const seen = new Set<string>()
  const addOrganization = (organization: Json, path: Array<string | number>) => {
    const id = String(organization.id ?? '')
    if (!id || seen.has(id)) return
    seen.add(id)
    result.organizations.push({ raw: organizationItem(organization, unmapped), path })
  }
  for (const { organization, path } of organizations) addOrganization(organization, path)
  for (const { service, path } of services) {
    const nested = obj(service.organization)
    if (nested && nested.id) addOrganization(nested, [...path, 'organization'])
    const organizationId = String(service.organization_id ?? nested?.id ?? '')
    if (!organizationId)
      unmapped.push({
        id: `service ${service.id}`,
        field: 'organization_id',
        value: '(tom)',
        note: 'en ydelse uden organisation kan ikke importeres',
      })
    result.listings.push({
      raw: listingItem(
        service,
        names,
        organizationId ? `hsds:${organizationId}` : undefined,
        unmapped,
      ),
      path,
    })
  }
  return result
}

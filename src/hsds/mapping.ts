import {
  capacityStatuses,
  costTypes,
  languages as languageOptions,
  type ListingKind,
} from '@/domain/options'
import { paths } from '@/domain/urls'
import { lexicalToText } from '@/utilities/richText'
import { relationId, relationIds } from '@/utilities/relationId'

import { derivedId } from './ids'
import { FIXED_TERMS, legalBasisTermId, TAXONOMIES, type Term } from './vocabulary'

/**
 * Our records in the shape of HSDS 3.0 (schema/compiled/*.json). Pure functions: the reader
 * (read.ts) hands them published public records read with the anonymous visitor's access, and
 * each output field is named here one by one, so that nothing reaches the output by accident
 * (never the rate, its note, the internal referral note or an internal contact). Optional values
 * that are empty are left out, never sent as null.
 */

type Json = Record<string, unknown>

export type ListingRecord = {
  id: number
  hsdsId?: string | null
  title: string
  summary: string
  description?: unknown
  provider: unknown
  schedule?: string | null
  ageMin: number
  ageMax: number
  topics?: unknown
  languages?: string[] | null
  wholeNetwork?: boolean | null
  coverage?: unknown
  legalBasis?: unknown
  referral?: {
    howTo?: string | null
    municipalDecisionRequired?: boolean | null
    selfReferral?: boolean | null
  } | null
  cost?: { type?: string | null } | null
  capacity?: { status?: string | null; waitingWeeks?: number | null; asOf?: string | null } | null
  contacts?: Array<{
    id?: string | null
    name?: string | null
    role?: string | null
    email?: string | null
    phone?: string | null
    internal?: boolean | null
  }> | null
  locations?: Array<{
    name?: string | null
    address?: string | null
    postalCode?: string | null
    city?: string | null
    municipality?: unknown
    latitude?: number | null
    longitude?: number | null
  }> | null
  evidence?: { level?: string | null } | null
  offerType?: string | null
  mentorType?: string | null
  schoolType?: string | null
  gradeFrom?: number | null
  gradeTo?: number | null
  admissionViaPPR?: boolean | null
  visibility?: string | null
  slug?: string | null
  lastVerifiedAt?: string | null
  updatedAt: string
}

export type OrganizationRecord = {
  id: number
  hsdsId?: string | null
  name: string
  type?: string | null
  cvr?: string | null
  description?: string | null
  website?: string | null
  email?: string | null
  phone?: string | null
  address?: {
    address?: string | null
    postalCode?: string | null
    city?: string | null
    municipality?: unknown
  } | null
  slug?: string | null
  updatedAt: string
}

export type TopicRecord = {
  id: number
  hsdsId?: string | null
  name: string
  slug?: string | null
  description?: string | null
  parent?: unknown
}

export type LegalBasisRecord = {
  id: number
  externalId?: string | null
  citation?: string | null
  heading?: string | null
  eli?: string | null
}

export type MunicipalityRecord = {
  id: number
  code: string
  name: string
  networkMember?: boolean | null
}

/** What the mappers look up: the small tables, by database id, and the portal's origin. */
export type Lookups = {
  origin: string
  topics: Map<number, TopicRecord>
  legalBases: Map<number, LegalBasisRecord>
  municipalities: Map<number, MunicipalityRecord>
  organizations: Map<number, OrganizationRecord>
}

/** Leaves out undefined, null, empty strings and empty arrays. */
export function compact<T extends Json>(record: T): T {
  const out: Json = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string' && value.trim() === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    out[key] = value
  }
  return out as T
}

const label = (list: ReadonlyArray<{ value: string; da: string }>, value?: string | null) =>
  list.find((item) => item.value === value)?.da

/** A Danish date (YYYY-MM-DD) of a stored timestamp, as HSDS dates are written. */
const day = (value?: string | null) => (value ? value.slice(0, 10) : undefined)

const isoTime = (value: string) => new Date(value).toISOString()

/** Only an address the schema's `uri` format takes (a plain http(s) URL). */
const webUri = (value?: string | null) => {
  if (!value) return undefined
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`
  try {
    return new URL(withScheme).toString()
  } catch {
    return undefined
  }
}

const email = (value?: string | null) =>
  value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : undefined

export const municipalityName = (name: string) =>
  /kommune$/i.test(name) ? name : `${name} Kommune`

function waitTime(capacity: ListingRecord['capacity']): string | undefined {
  const status = capacity?.status
  if (!status) return undefined
  const asOf = day(capacity?.asOf)
  const when = asOf ? ` (opgjort ${asOf})` : ''
  if (status === 'waitlist' && typeof capacity?.waitingWeeks === 'number')
    return `Venteliste: ca. ${capacity.waitingWeeks} uger${when}`
  return `${label(capacityStatuses, status) ?? status}${when}`
}

function eligibility(kind: ListingKind, listing: ListingRecord): string {
  const parts = [`Børn og unge fra ${listing.ageMin} til ${listing.ageMax} år.`]
  // A school option's grades and admission (public on its page; an HSDS import reads them back).
  if (
    kind === 'school-option' &&
    typeof listing.gradeFrom === 'number' &&
    typeof listing.gradeTo === 'number'
  )
    parts.push(`Klassetrin ${listing.gradeFrom}–${listing.gradeTo}.`)
  if (kind === 'school-option' && listing.admissionViaPPR) parts.push('Optagelse via PPR.')
  if (listing.referral?.municipalDecisionRequired) parts.push('Kræver myndighedsafgørelse.')
  if (listing.referral?.selfReferral) parts.push('Familien kan selv henvende sig.')
  return parts.join(' ')
}

const kindTypeCode = (kind: ListingKind, listing: ListingRecord) => {
  const value =
    kind === 'offer'
      ? listing.offerType
      : kind === 'mentor'
        ? listing.mentorType
        : listing.schoolType
  return value ? `${kind}/${value}` : undefined
}

/** One attribute: a link from the service to a term, with the term itself. */
function attribute(
  serviceId: string,
  term: Pick<Term, 'id' | 'name' | 'description' | 'taxonomy' | 'code'> & { termUri?: string },
  value?: string,
) {
  const taxonomy = TAXONOMIES[term.taxonomy]
  return compact({
    id: derivedId(serviceId, 'attribute', term.id),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    value,
    taxonomy_term: compact({
      id: term.id,
      code: term.code,
      name: term.name,
      description: term.description,
      taxonomy: taxonomy.name,
      taxonomy_id: taxonomy.id,
      term_uri: term.termUri,
    }),
  })
}

export function topicTerm(topic: TopicRecord, topics: Map<number, TopicRecord>): Term {
  const parent = relationId(topic.parent)
  const parentUuid = parent !== undefined ? topics.get(parent)?.hsdsId : undefined
  return {
    id: topic.hsdsId!,
    code: topic.slug ?? String(topic.id),
    name: topic.name,
    description: topic.description || `Emne: ${topic.name}.`,
    taxonomy: 'topics',
    ...(parentUuid ? { parentId: parentUuid } : {}),
    filter: { on: 'topic', topicId: topic.id },
  }
}

export function legalBasisTerm(basis: LegalBasisRecord): Term {
  const citation = basis.citation || basis.heading || `Lovgrundlag ${basis.id}`
  return {
    id: legalBasisTermId(basis.externalId || String(basis.id)),
    // The importer's key, so that an HSDS import finds the provision again.
    code: basis.externalId || citation,
    name: citation,
    description: basis.heading || citation,
    taxonomy: 'legal-bases',
    ...(webUri(basis.eli) ? { termUri: webUri(basis.eli) } : {}),
    filter: { on: 'legal-basis', legalBasisId: basis.id },
  }
}

const fixedTerms = new Map(FIXED_TERMS.map((term) => [`${term.taxonomy}:${term.code}`, term]))
const fixedTerm = (taxonomy: 'kinds' | 'properties', code: string) =>
  fixedTerms.get(`${taxonomy}:${code}`)

/** The organization in the list shape (one-to-one fields only). */
export function organizationSummary(organization: OrganizationRecord, lookups: Lookups) {
  return compact({
    id: organization.hsdsId!,
    name: organization.name,
    description: organization.description || organization.name,
    email: email(organization.email),
    website: webUri(organization.website),
    tax_id: organization.cvr ?? undefined,
    legal_status: organization.type ? organizationLegalStatus[organization.type] : undefined,
    uri: organization.slug
      ? `${lookups.origin}${paths.organization(organization.slug)}`
      : undefined,
  })
}

const organizationLegalStatus: Record<string, string> = {
  ngo: 'Frivillig organisation (NGO)',
  municipal: 'Kommunal enhed',
  private: 'Privat leverandør',
  regional: 'Regionalt tilbud',
}

/** The organization with its phones, identifiers, address and (given) services. */
export function organizationFull(
  organization: OrganizationRecord,
  lookups: Lookups,
  services: Json[] = [],
) {
  const id = organization.hsdsId!
  const address = organization.address
  const municipality = lookups.municipalities.get(relationId(address?.municipality) ?? -1)
  const locationId = derivedId(id, 'location')
  return compact({
    ...organizationSummary(organization, lookups),
    phones: organization.phone
      ? [{ id: derivedId(id, 'phone'), organization_id: id, number: organization.phone }]
      : [],
    organization_identifiers: organization.cvr
      ? [
          {
            id: derivedId(id, 'identifier', 'cvr'),
            organization_id: id,
            identifier_scheme: 'DK-CVR',
            identifier_type: 'CVR-nummer',
            identifier: organization.cvr,
          },
        ]
      : [],
    locations:
      address?.address && address.postalCode && address.city
        ? [
            compact({
              id: locationId,
              location_type: 'physical',
              organization_id: id,
              name: organization.name,
              addresses: [
                hsdsAddress(
                  locationId,
                  address.address,
                  address.postalCode,
                  address.city,
                  municipality,
                ),
              ],
            }),
          ]
        : [],
    services,
  })
}

function hsdsAddress(
  locationId: string,
  street: string,
  postalCode: string,
  city: string,
  municipality?: MunicipalityRecord,
) {
  return compact({
    id: derivedId(locationId, 'address'),
    location_id: locationId,
    address_1: street,
    city,
    region: municipality ? municipalityName(municipality.name) : undefined,
    state_province: municipality ? municipalityName(municipality.name) : 'Danmark',
    postal_code: postalCode,
    country: 'DK',
    address_type: 'physical',
  })
}

/**
 * The keys of a listing's locations: the address (so that an id survives a re-import, which
 * renews the rows), numbered when two rows share one, else the row's place.
 */
export function locationKeys(
  locations: Array<{ address?: string | null; postalCode?: string | null }>,
): string[] {
  const seen = new Map<string, number>()
  return locations.map((location, index) => {
    const key =
      location.address && location.postalCode
        ? `${location.postalCode}|${location.address.trim().toLowerCase()}`
        : `row-${index}`
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    return count > 0 ? `${key}#${count}` : key
  })
}

/** The service-at-location records of a listing, in the shape of service_at_location_list. */
export function serviceAtLocations(listing: ListingRecord, lookups: Lookups) {
  const serviceId = listing.hsdsId!
  const keys = locationKeys(listing.locations ?? [])
  return (listing.locations ?? []).map((location, index) => {
    const key = keys[index]!
    const locationId = derivedId(serviceId, 'location', key)
    const municipality = lookups.municipalities.get(relationId(location.municipality) ?? -1)
    return compact({
      id: derivedId(serviceId, 'service-at-location', key),
      service_id: serviceId,
      location_id: locationId,
      location: compact({
        id: locationId,
        location_type: 'physical',
        name: location.name || listing.title,
        latitude: typeof location.latitude === 'number' ? location.latitude : undefined,
        longitude: typeof location.longitude === 'number' ? location.longitude : undefined,
        addresses:
          location.address && location.postalCode && location.city
            ? [
                hsdsAddress(
                  locationId,
                  location.address,
                  location.postalCode,
                  location.city,
                  municipality,
                ),
              ]
            : [],
      }),
    })
  })
}

/** The one-to-one fields of a service (service_list.json). */
export function serviceSummary(kind: ListingKind, listing: ListingRecord, lookups: Lookups) {
  const organization = lookups.organizations.get(relationId(listing.provider) ?? -1)
  const text = lexicalToText(listing.description)
  return compact({
    id: listing.hsdsId!,
    organization_id: organization?.hsdsId ?? undefined,
    name: listing.title,
    description: text ? `${listing.summary}\n\n${text}` : listing.summary,
    url: listing.slug ? `${lookups.origin}${paths.document(kind, listing.slug)}` : undefined,
    status: 'active',
    application_process: listing.referral?.howTo ?? undefined,
    fees_description: listing.cost?.type
      ? listing.cost.type === 'paid'
        ? 'Betalt: takst efter aftale (taksten oplyses til fagpersoner).'
        : 'Gratis.'
      : undefined,
    wait_time: waitTime(listing.capacity),
    eligibility_description: eligibility(kind, listing),
    minimum_age: listing.ageMin,
    maximum_age: listing.ageMax,
    assured_date: day(listing.lastVerifiedAt),
    last_modified: isoTime(listing.updatedAt),
  })
}

/** The fully nested service (service.json). `networkMunicipalities` stand for "whole network". */
export function serviceFull(
  kind: ListingKind,
  listing: ListingRecord,
  lookups: Lookups,
  networkMunicipalities: MunicipalityRecord[],
) {
  const id = listing.hsdsId!
  const organization = lookups.organizations.get(relationId(listing.provider) ?? -1)
  const areas = listing.wholeNetwork
    ? networkMunicipalities
    : relationIds(listing.coverage)
        .map((m) => lookups.municipalities.get(m))
        .filter((m): m is MunicipalityRecord => Boolean(m))
  const publicContacts = (listing.contacts ?? []).filter((contact) => contact.internal !== true)
  const attributes: Json[] = []
  const pushFixed = (taxonomy: 'kinds' | 'properties', code: string, value?: string) => {
    const term = fixedTerm(taxonomy, code)
    if (term) attributes.push(attribute(id, term, value))
  }
  pushFixed('kinds', kind)
  const typeCode = kindTypeCode(kind, listing)
  if (typeCode) pushFixed('kinds', typeCode)
  for (const topicId of relationIds(listing.topics)) {
    const topic = lookups.topics.get(topicId)
    if (topic?.hsdsId) attributes.push(attribute(id, topicTerm(topic, lookups.topics)))
  }
  for (const basisId of relationIds(listing.legalBasis)) {
    const basis = lookups.legalBases.get(basisId)
    if (basis) {
      const term = legalBasisTerm(basis)
      attributes.push(attribute(id, term, term.termUri ?? term.name))
    }
  }
  if (listing.evidence?.level) pushFixed('properties', `evidence/${listing.evidence.level}`)
  if (listing.capacity?.status)
    pushFixed('properties', `capacity/${listing.capacity.status}`, waitTime(listing.capacity))
  if (listing.referral?.municipalDecisionRequired)
    pushFixed('properties', 'referral/municipal-decision')
  if (listing.referral?.selfReferral) pushFixed('properties', 'referral/self-referral')

  return compact({
    ...serviceSummary(kind, listing, lookups),
    organization: organization ? organizationSummary(organization, lookups) : undefined,
    contacts: publicContacts.map((contact, index) => {
      const contactId = derivedId(
        id,
        'contact',
        contact.email || contact.phone || contact.name || String(index),
      )
      return compact({
        id: contactId,
        service_id: id,
        name: contact.name ?? undefined,
        title: contact.role ?? undefined,
        email: email(contact.email),
        phones: contact.phone
          ? [{ id: derivedId(contactId, 'phone'), contact_id: contactId, number: contact.phone }]
          : [],
      })
    }),
    schedules: listing.schedule
      ? [{ id: derivedId(id, 'schedule'), service_id: id, description: listing.schedule }]
      : [],
    service_areas: areas.map((municipality) =>
      compact({
        id: derivedId(id, 'area', municipality.code),
        service_id: id,
        name: municipalityName(municipality.name),
        description: `Kommunekode ${municipality.code}`,
        extent_type: 'kommune',
        uri: `https://api.dataforsyningen.dk/kommuner/${municipality.code}`,
      }),
    ),
    service_at_locations: serviceAtLocations(listing, lookups),
    languages: (listing.languages ?? []).map((code) =>
      compact({
        id: derivedId(id, 'language', code),
        service_id: id,
        name: label(languageOptions, code) ?? code,
        code: code === 'dts' ? 'dsl' : code,
      }),
    ),
    cost_options: listing.cost?.type
      ? [
          compact({
            id: derivedId(id, 'cost'),
            service_id: id,
            option: label(costTypes, listing.cost.type),
            currency: 'DKK',
            amount: listing.cost.type === 'free' ? 0 : undefined,
            amount_description:
              listing.cost.type === 'paid' ? 'Takst efter aftale med udbyderen.' : undefined,
          }),
        ]
      : [],
    attributes,
  })
}

import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { relationId } from '@/utilities/relationId'

import type { Role } from './types'

export const listingCollections = ['offers', 'mentors', 'school-options'] as const

/**
 * The oracle knows every internal value in the database: internal contacts (e-mail, phone, name,
 * role), the rate note and the internal referral note of every listing, drafts included, read
 * with overrideAccess, with the organizations whose listings hold them. A value that is also
 * public somewhere (a public contact, an organization's own details) is no secret and left out,
 * as are short words that public text shares.
 */
export type Oracle = {
  secrets: Map<string, Set<number>>
  /** The demo NGO editor's organization: they may read its internal values. */
  ngoOrganization: number
  /** The internal values a role may not read. */
  hiddenFrom: (role: Role) => string[]
  /** Where in a response text a value hidden from `role` shows (empty when none does). */
  leaks: (role: Role, text: string) => string[]
}

export async function loadOracle(payload: Payload): Promise<Oracle> {
  const publicValues = new Set<string>()
  const internal = new Map<string, Set<number>>()
  const { docs: organizations } = await payload.find({
    collection: 'organizations',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  // Organizations' agreements moved into cooperations (issue 19): their contacts, public on
  // the cooperation's page, are no secret either.
  const { docs: cooperations } = await payload.find({
    collection: 'cooperations',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const organizationsText = JSON.stringify(organizations) + JSON.stringify(cooperations)
  for (const collection of listingCollections) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const provider = relationId(doc.provider) ?? 0
      const note = (value: unknown) => {
        if (typeof value !== 'string' || value.trim().length < 8) return
        internal.set(value, (internal.get(value) ?? new Set()).add(provider))
      }
      for (const contact of doc.contacts ?? [])
        for (const field of ['email', 'phone', 'name', 'role'] as const)
          if (contact.internal) note(contact[field])
          else if (typeof contact[field] === 'string') publicValues.add(contact[field])
      note(doc.cost?.rateNote)
      note(doc.referral?.internalNote)
    }
  }
  const secrets = new Map<string, Set<number>>()
  // A value that shows inside a public one ("Forstander" in a public "Forstander, Skovly") is no
  // secret either: a reader could not tell the two apart.
  const publicText = [...publicValues].join('\n')
  for (const [value, providers] of internal)
    if (!publicText.includes(value) && !organizationsText.includes(value))
      secrets.set(value, providers)

  const { docs: users } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'ngo@videnportal.local' } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const ngoOrganization = relationId(users[0]?.organization) ?? -1

  const hiddenFrom = (role: Role) =>
    role === 'anonymous'
      ? [...secrets.keys()]
      : role === 'ngo'
        ? [...secrets]
            .filter(([, providers]) => !providers.has(ngoOrganization))
            .map(([value]) => value)
        : []
  const hidden = new Map<Role, string[]>()
  const leaks = (role: Role, text: string) => {
    if (!hidden.has(role)) hidden.set(role, hiddenFrom(role))
    return hidden
      .get(role)!
      .filter((value) => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1)))
  }
  return { secrets, ngoOrganization, hiddenFrom, leaks }
}

/** Every queryable path of a collection (groups, arrays, tabs; one hop into relationships). */
export function fieldPaths(payload: Payload, collection: CollectionSlug): string[] {
  const paths: string[] = ['id']
  const walk = (fields: FlattenedField[], prefix: string, hops: number) => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`
      if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
        walk(field.flattenedFields, `${path}.`, hops)
      } else if (
        (field.type === 'relationship' || field.type === 'upload') &&
        !Array.isArray(field.relationTo) &&
        hops === 0
      ) {
        paths.push(path)
        const related = payload.collections[field.relationTo as CollectionSlug]
        if (related)
          walk(
            related.config.flattenedFields.filter((f) => f.type !== 'join'),
            `${path}.`,
            1,
          )
      } else if (field.type !== 'join') paths.push(path)
    }
  }
  walk(payload.collections[collection].config.flattenedFields, '', 0)
  return [...new Set(paths)].slice(0, 200)
}

/**
 * Every table and text-like column of the database, searched for the markers of writes: the
 * stored-refusal check reads the rows themselves, not what an API would show.
 */
export async function storedMarkers(payload: Payload, prefix: string): Promise<Set<string>> {
  const pool = (
    payload.db as unknown as {
      pool: {
        query: (
          sql: string,
          params?: unknown[],
        ) => Promise<{ rows: Array<Record<string, unknown>> }>
      }
    }
  ).pool
  const { rows: columns } = await pool.query(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema()
        and data_type in ('text', 'character varying', 'jsonb', 'json')`,
  )
  const found = new Set<string>()
  const pattern = new RegExp(`${prefix}-\\d+`, 'g')
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await pool.query(
      `select "${String(column)}"::text as value from "${String(table)}" where "${String(column)}"::text like $1`,
      [`%${prefix}-%`],
    )
    for (const row of rows)
      for (const match of String(row.value).matchAll(pattern)) found.add(match[0])
  }
  return found
}

import { createHash, randomUUID } from 'node:crypto'

import type { Field, FieldHook } from 'payload'

/**
 * Stable identifiers for the HSDS output. Every record that is a row of its own (a listing, an
 * organization, a topic) stores a random UUID in `hsdsId`, generated once and kept through edits and
 * re-imports (an import that brings an HSDS id keeps that one). Records that are parts of another
 * (a location, a contact, a cost option, an area) get a name-based UUID (version 5) derived from
 * their owner's stored UUID and what they are, so they too stay the same as long as they exist.
 */

/** The namespace of the portal's derived UUIDs (a fixed random UUID, never change it). */
export const HSDS_NAMESPACE = '5b0f5d4e-4f0e-4f7c-9a3c-1e6a2f9d7c41'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID.test(value)

/** RFC 9562 version 5 (SHA-1, name-based) UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The UUID of a part of a record: `derivedId(service.id, 'location', '2', …)`. */
export const derivedId = (owner: string, ...parts: Array<string | number>) =>
  uuidV5([owner, ...parts].join('/'))

/** Keeps the stored UUID; a new record gets one (a given valid UUID, e.g. an imported HSDS id). */
export const keepOrCreateHsdsId: FieldHook = ({ value, originalDoc }) => {
  const stored = (originalDoc as { hsdsId?: unknown } | undefined)?.hsdsId
  if (isUuid(stored)) return stored.toLowerCase()
  if (isUuid(value)) return value.toLowerCase()
  return randomUUID()
}

/** The stored UUID field (`hsdsId`), appended to each published collection by hsdsPlugin. */
export const hsdsIdField = (): Field => ({
  name: 'hsdsId',
  type: 'text',
  unique: true,
  index: true,
  label: { da: 'HSDS-id', en: 'HSDS id' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      da: 'Fast id i de åbne data (Open Referral HSDS). Dannes én gang og ændres aldrig.',
      en: 'Stable id in the open data (Open Referral HSDS). Generated once, never changed.',
    },
  },
  // A duplicate in the admin is a new record with an id of its own.
  hooks: { beforeChange: [keepOrCreateHsdsId], beforeDuplicate: [() => undefined] },
})

import type { FormData } from './client'

import type fc from 'fast-check'
import type { Payload } from 'payload'

/** Who sends a request. `ngo` is the demo NGO editor (org-pusterummet), an outsider to most rows. */
export type Role = 'anonymous' | 'ngo' | 'caseworker' | 'consultant' | 'admin'
export const roles: readonly Role[] = ['anonymous', 'ngo', 'caseworker', 'consultant', 'admin']

/** Roles that may not read internal values (other than their own organization's, for `ngo`). */
export const outsiders: readonly Role[] = ['anonymous', 'ngo']

/** One generated HTTP request. */
export type HttpProbe = {
  kind: 'http'
  role: Role
  method: string
  /** Path and query, e.g. `/api/offers?where[id][equals]=a` or `/da/soeg?q=x`. */
  path: string
  headers?: Record<string, string>
  body?: string | FormData
  /**
   * A write's marker: a unique text inside the body. If the answer is a refusal (4xx), no row
   * anywhere in the database may hold it afterwards.
   */
  marker?: string
}

/** One generated call that is not HTTP (the importer's files), answered like a request. */
export type LocalProbe = {
  kind: 'local'
  role: Role
  /** A short description for the report. */
  label: string
  marker?: string
  run: (payload: Payload) => Promise<{ status: number; text: string }>
}

export type Probe = HttpProbe | LocalProbe

/**
 * A pair of probes that differ only in a guess about an internal value: `truth` uses the value,
 * `lie` a value nobody has. A reader who may not read the value must get indistinguishable
 * answers (or a refusal for both).
 */
export type ProbePair = {
  truth: HttpProbe
  lie: HttpProbe
  label: string
  /** The internal value guessed (the NGO editor may read their own organization's). */
  secret: string
}

/** What generators may use: ids and keys of the running database, and the internal values. */
export type FuzzContext = {
  /** Ids of documents the harness created for writes and reviews (deleted afterwards). */
  fixtures: Record<string, number>
  /** Some real ids and slugs per collection, so that generated reads also hit real rows. */
  ids: Record<string, number[]>
  slugs: Record<string, string[]>
  /** Queryable paths per collection (fields, groups, arrays, one hop into relationships). */
  paths: Record<string, string[]>
  /** Internal values with a false guess of the same shape, for `where` pairs. */
  secretGuesses: Array<{ value: string; lie: string }>
  /** Internal values that are single words no public text has, with a false guess: for search. */
  uniqueSecrets: Array<{ value: string; lie: string }>
  /** This run's marker prefix: every generated write carries `${markerPrefix}-<n>`. */
  markerPrefix: string
  /** A directory for generated import files. */
  tmpDir: string
  /** The portal under test, for probes that need more than one request (a form and its page). */
  baseURL: string
}

/**
 * An entry point of the portal. Its generator makes probes of bad (and some good) input; its
 * `pairs`, if any, make inference probes. Each new form or endpoint adds one of these to the
 * registry (entryPoints.ts).
 */
export type EntryPoint = {
  name: string
  /** Relative share of the requests; 1 by default. */
  weight?: number
  probes: (ctx: FuzzContext) => fc.Arbitrary<Probe>
  pairs?: (ctx: FuzzContext) => fc.Arbitrary<ProbePair>
}

import type { z } from 'zod'

import { type AnySection, referenceData } from '../section'
import { legalBases } from './legalBases'
import { legislationNotes } from './legislationNotes'
import { listings } from './listings'
import { methods } from './methods'
import { organizations } from './organizations'
import { topics } from './topics'
import { networkActivities, networkMeetings, networks } from '@/network/import/sections'
import { qualityAnswers, qualityIndicatorSets } from '@/network/quality/importSections'
import { outcomes } from '@/outcomes/importSection'
import { cooperationSides, cooperations } from '@/cooperations/import/sections'

/**
 * The sections of the exchange format, in dependency order: a section refers only to sections above
 * it (and to itself when it `linksItself`). They are read, checked, written and exported in this
 * order. To add a collection to import and export, write its section file and add it here.
 */
export const importSections = [
  topics,
  legalBases,
  organizations,
  // Before listings, which name them (src/outcomes).
  outcomes,
  listings,
  legislationNotes,
  networks,
  networkActivities,
  networkMeetings,
  methods,
  qualityIndicatorSets,
  qualityAnswers,
  cooperations,
  cooperationSides,
] as const satisfies readonly AnySection[]

/** A list of sections in dependency order; tests may pass their own. */
export type Registry = readonly AnySection[]

type Section = (typeof importSections)[number]
export type SectionName = Section['name']

/** The validated items of every section, by section name. */
export type Bundle = {
  [S in Section as S['name']]: Array<z.output<S['schema']>>
}
/** The same for any registry: items are not typed. */
export type LooseBundle = Record<string, unknown[]>

export const emptyBundle = (registry: Registry = importSections): LooseBundle =>
  Object.fromEntries(registry.map((section) => [section.name, []]))

/**
 * What is wrong with a registry: a name used twice, a collection in two sections, a reference to
 * an unknown section or to a later one (it would be written before what it points at).
 */
export function registryProblems(registry: Registry): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const collections = new Map<string, string>()
  for (const section of registry) {
    if (seen.has(section.name)) problems.push(`Section ${section.name} is listed twice.`)
    if (section.collectionOf && !section.moved)
      problems.push(`${section.name} has several collections but no message for a moved key.`)
    for (const collection of section.collections) {
      const other = collections.get(collection)
      if (other && other !== section.name)
        problems.push(`Collection ${collection} belongs to both ${other} and ${section.name}.`)
      collections.set(collection, section.name)
    }
    for (const reference of section.references) {
      const { to, field } = reference
      if (to in referenceData || seen.has(to)) continue
      if (to === section.name) {
        if (!section.linksItself)
          problems.push(`${section.name}.${field} refers to its own section without linksItself.`)
        continue
      }
      problems.push(
        registry.some((other) => other.name === to)
          ? `${section.name}.${field} refers to ${to}, which comes later: list ${to} first.`
          : `${section.name}.${field} refers to ${to}, which is no section.`,
      )
    }
    seen.add(section.name)
  }
  return problems
}

const problems = registryProblems(importSections)
if (problems.length > 0) throw new Error(`Import sections: ${problems.join(' ')}`)

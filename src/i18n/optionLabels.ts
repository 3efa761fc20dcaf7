import type {
  capacityStatuses,
  costTypes,
  evidenceLevels,
  languages,
  mentorFocuses,
  mentorTypes,
  offerTypes,
  organizationTypes,
  rateUnits,
  schoolTypes,
} from '@/domain/options'

type Labels<List extends ReadonlyArray<{ value: string }>> = Record<List[number]['value'], string>

/**
 * The portal's labels of the option lists in src/domain/options.ts, one per value. The values
 * and the admin's labels live there; the reader's labels live in each dictionary under `options`.
 */
export type OptionLabels = {
  cost: Labels<typeof costTypes>
  capacity: Labels<typeof capacityStatuses>
  rateUnit: Labels<typeof rateUnits>
  evidence: Labels<typeof evidenceLevels>
  language: Labels<typeof languages>
  offerType: Labels<typeof offerTypes>
  mentorType: Labels<typeof mentorTypes>
  mentorFocus: Labels<typeof mentorFocuses>
  schoolType: Labels<typeof schoolTypes>
  organizationType: Labels<typeof organizationTypes>
}

/**
 * Value lists of the network's own work (issue 18), shared by the collections, the zod schemas of
 * the importer and the portal. Values are stable identifiers; `da`/`en` are the admin's labels,
 * the portal's reader labels live in src/network/labels.ts (da/en/nb).
 */
import { values } from '@/domain/valueLists'

export { selectOptions } from '@/domain/valueLists'

/** Seed 001's first axis: is there a fixed structure (meeting frequency, case types)? */
export const networkFormalities = [
  { value: 'formal', da: 'Formelt netværk', en: 'Formal network' },
  { value: 'informal', da: 'Uformelt netværk', en: 'Informal network' },
] as const
export const networkFormalityValues = values(networkFormalities)
export type NetworkFormality = (typeof networkFormalityValues)[number]

/** Seed 001's second axis: an open task (ongoing development) or a closed one (a set product). */
export const networkTasks = [
  { value: 'open', da: 'Åben opgave', en: 'Open task' },
  { value: 'closed', da: 'Lukket opgave', en: 'Closed task' },
] as const
export const networkTaskValues = values(networkTasks)
export type NetworkTask = (typeof networkTaskValues)[number]

/** The genres of the annual plan's activities (issue 18). */
export const activityGenres = [
  { value: 'fagchefer', da: 'Netværksmøde for fagchefer', en: 'Network meeting, heads of service' },
  {
    value: 'faglige-ledere',
    da: 'Netværksmøde for faglige ledere/teamledere',
    en: 'Network meeting, team leaders',
  },
  { value: 'arbejdsgruppe', da: 'Arbejdsgruppe', en: 'Working group' },
  { value: 'kursus', da: 'Kursus/uddannelse', en: 'Course/training' },
  { value: 'sagsaudit', da: 'Sagsaudit', en: 'Case audit' },
  { value: 'temadag', da: 'Temadag', en: 'Theme day' },
  { value: 'andet', da: 'Andet', en: 'Other' },
] as const
export const activityGenreValues = values(activityGenres)
export type ActivityGenre = (typeof activityGenreValues)[number]

export const activityStatuses = [
  { value: 'planned', da: 'Planlagt', en: 'Planned' },
  { value: 'confirmed', da: 'Bekræftet', en: 'Confirmed' },
  { value: 'held', da: 'Afholdt', en: 'Held' },
  { value: 'cancelled', da: 'Aflyst', en: 'Cancelled' },
] as const
export const activityStatusValues = values(activityStatuses)
export type ActivityStatus = (typeof activityStatusValues)[number]

/** Why an agenda item is on the agenda (issue 18: orientering, drøftelse, beslutning). */
export const agendaPurposes = [
  { value: 'orientering', da: 'Orientering', en: 'Information' },
  { value: 'droeftelse', da: 'Drøftelse', en: 'Discussion' },
  { value: 'beslutning', da: 'Beslutning', en: 'Decision' },
] as const
export const agendaPurposeValues = values(agendaPurposes)
export type AgendaPurpose = (typeof agendaPurposeValues)[number]

export const followUpStatuses = [
  { value: 'open', da: 'Åben', en: 'Open' },
  { value: 'done', da: 'Udført', en: 'Done' },
] as const
export const followUpStatusValues = values(followUpStatuses)

/** The kommissorium's headings, exactly as seed 001's example has them, in its order. */
export const kommissoriumHeadings = [
  { key: 'purpose', da: 'Formål med samarbejdet' },
  { key: 'background', da: 'Baggrund for samarbejdet' },
  { key: 'content', da: 'Indhold' },
  { key: 'decisionAuthority', da: 'Beslutningskompetence' },
  { key: 'expectedResults', da: 'Forventede resultater' },
  { key: 'coherence', da: 'Sammenhæng' },
  { key: 'resources', da: 'Ressourcebehov' },
  { key: 'organisation', da: 'Organisering' },
  { key: 'evaluation', da: 'Evaluering' },
] as const
export type KommissoriumKey = (typeof kommissoriumHeadings)[number]['key']

/** The three parts of Ressourcebehov in seed 001. */
export const resourceParts = [
  { key: 'economy', da: 'Økonomi' },
  { key: 'time', da: 'Tid' },
  { key: 'competence', da: 'Kompetence' },
] as const

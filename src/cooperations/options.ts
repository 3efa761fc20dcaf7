/**
 * Value lists of cooperations between municipalities and NGOs (issue 19, seed 003's catalogue),
 * shared by the collections, the importer's schemas and the pages. Values are stable identifiers.
 */
import { values } from '@/domain/valueLists'

export { selectOptions } from '@/domain/valueLists'

/** The catalogue's six tools, in its order, under the names. */
export const cooperationTools = [
  { value: 'agreement', da: 'Samarbejdsaftale', en: 'Collaboration agreement' },
  { value: 'theoryOfChange', da: 'Forandringsteori', en: 'Theory of change' },
  {
    value: 'documentationStrategy',
    da: 'Dokumentationsstrategi',
    en: 'Documentation strategy',
  },
  {
    value: 'sharingModel',
    da: 'Data- og vidensdelingsmodel',
    en: 'Data and knowledge sharing model',
  },
  { value: 'implementationPlan', da: 'Implementeringsplan', en: 'Implementation plan' },
  { value: 'reflectionDays', da: 'Refleksionsdage', en: 'Reflection days' },
] as const
export const cooperationToolValues = values(cooperationTools)
export type CooperationTool = (typeof cooperationToolValues)[number]

/** The sharing model's three levels (seed 003: ledelse, projektleder, medarbejder/frivillig). */
export const sharingLevels = [
  { value: 'management', da: 'Ledelsesniveau', en: 'Management' },
  { value: 'project', da: 'Projektlederniveau', en: 'Project management' },
  { value: 'staff', da: 'Medarbejder- og frivilligniveau', en: 'Staff and volunteers' },
] as const
export const sharingLevelValues = values(sharingLevels)
export type SharingLevel = (typeof sharingLevelValues)[number]

export const implementationStatuses = [
  { value: 'planned', da: 'Planlagt', en: 'Planned' },
  { value: 'in-progress', da: 'I gang', en: 'In progress' },
  { value: 'done', da: 'Gennemført', en: 'Done' },
] as const
export const implementationStatusValues = values(implementationStatuses)
export type ImplementationStatus = (typeof implementationStatusValues)[number]

export const cooperationPhases = [
  { value: 'establishment', da: 'Etableringsfasen', en: 'Establishment phase' },
  { value: 'operation', da: 'Driftsfasen', en: 'Operating phase' },
] as const
export type CooperationPhase = (typeof cooperationPhases)[number]['value']

/**
 * The catalogue's reflection questions (seed 003, "Refleksionsspørgsmål til etableringsfasen" and
 * "… til driftsfasen"), word for word; questions that belong together are one item.
 */
export const reflectionQuestions = [
  {
    value: 'e1-theory-of-change',
    phase: 'establishment',
    da: 'Hvornår og hvordan tænker vi at udvikle en forandringsteori for vores fælles indsats, som kan give os et fælles og klart billede af målgruppe, resultater og indsats?',
    en: 'When and how do we develop a shared theory of change?',
  },
  {
    value: 'e2-risk-protective',
    phase: 'establishment',
    da: 'Hvordan kan vi bruge viden om risiko- og beskyttelsesfaktorer for vores målgruppe af børn og unge i udviklingen af indsatsen?',
    en: 'How do we use knowledge of risk and protective factors?',
  },
  {
    value: 'e3-roles',
    phase: 'establishment',
    da: 'På hvilke områder har vi behov for, at der er en klar rolle- og ansvarsfordeling, både på ledelsesniveau og medarbejder/frivillig niveau? Og hvordan tænker vi at skabe denne?',
    en: 'Where do we need clear roles and responsibilities, and how do we create them?',
  },
  {
    value: 'e4-knowledge',
    phase: 'establishment',
    da: 'Hvad skal der til for, at alle relevante aktører i vores organisationer får viden om den indsats, vi samarbejder om?',
    en: 'What does it take for everyone concerned to know about the effort?',
  },
  {
    value: 'e5-data',
    phase: 'establishment',
    da: 'Hvordan forbereder vi gode processer for indsamling af data og viden, som kan understøtte vores samarbejde om indsatsen og børnene og de unge?',
    en: 'How do we prepare good processes for collecting data and knowledge?',
  },
  {
    value: 'e6-assessment',
    phase: 'establishment',
    da: 'Hvilke procedurer og arbejdsgange skal vi implementere for at sikre, at der sker en faglig vurdering af barnets behov ved henvisning/visitation til indsatsen, herunder en vurdering af hvilken indsats der er den rette for barnet?',
    en: 'Which procedures ensure a professional assessment at referral?',
  },
  {
    value: 'd1-relations',
    phase: 'operation',
    da: 'Hvad kan vi, i vores samarbejde, gøre for at understøtte udvikling af de gode samarbejdsrelationer?',
    en: 'What can we do to support good working relationships?',
  },
  {
    value: 'd2-communication',
    phase: 'operation',
    da: 'Hvad kræver det af vidensdeling og kommunikation, fx konstruktiv, rettidig og anerkendende kommunikation, at fastholde de gode samarbejdsrelationer?',
    en: 'What knowledge sharing and communication keeps the relationships good?',
  },
  {
    value: 'd3-leadership',
    phase: 'operation',
    da: 'Hvad skal vi gøre for, at der er et stærkt ledelsesfokus fra start og undervejs i vores samarbejde om indsatsen?',
    en: 'How do we keep a strong leadership focus?',
  },
  {
    value: 'd4-quality',
    phase: 'operation',
    da: 'Hvordan kan vi etablere en organisation, rammer og struktur, der sikrer, at vi løbende er i dialog om kvalitetsudvikling i den indsats, vi samarbejder om? Hvor ofte skal vi mødes om dette? Og under hvilken form? Og hvilken viden er det vigtig, at vi medbringer på møder?',
    en: 'How do we keep an ongoing dialogue on quality development?',
  },
  {
    value: 'd5-wrong-effort',
    phase: 'operation',
    da: 'Hvilke procedurer og arbejdsgange skal vi etablere for at sikre, at vi kan håndtere, hvis indsatsen viser sig ikke at være den rette for barnet? Fx hvis barnet har et større støttebehov end først vurderet.',
    en: 'How do we handle an effort that turns out not to be the right one?',
  },
] as const satisfies ReadonlyArray<{
  value: string
  phase: CooperationPhase
  da: string
  en: string
}>
export const reflectionQuestionValues = values(reflectionQuestions)
export type ReflectionQuestion = (typeof reflectionQuestionValues)[number]

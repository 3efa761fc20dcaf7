import type { CollectionConfig, Field, GroupField } from 'payload'

import { danishArrayLabels } from '@/fields/arrayLabels'
import { contactFields } from '@/fields/contact'
import { danishDateField, danishDay } from '@/fields/danishDate'
import { externalIdField, importHashField } from '@/fields/externalId'
import { slugField } from '@/fields/slug'
import { selectOptions as domainSelectOptions, visibilities } from '@/domain/options'

import {
  canEditCooperations,
  canReadCooperationInternals,
  canReadCooperationTool,
  canReadCooperations,
} from '../access'
import {
  cooperationTools,
  type CooperationTool,
  implementationStatuses,
  reflectionQuestions,
  selectOptions,
  sharingLevels,
} from '../options'
import { hideInternalTools } from '../hooks/hideInternalTools'
import { line, prose, statements } from './fields'

const toolLabel = (tool: CooperationTool) => {
  const found = cooperationTools.find((entry) => entry.value === tool)!
  return { da: found.da, en: found.en }
}

/** A tool as a group whose read access follows the tool's visibility. */
const tool = (name: CooperationTool, fields: Field[], description?: string): GroupField => ({
  name,
  type: 'group',
  label: toolLabel(name),
  access: { read: canReadCooperationTool(name) },
  admin: description ? { description: { da: description, en: description } } : undefined,
  fields,
})

const agreement = tool(
  'agreement',
  [
    prose('parties', { da: 'Parter', en: 'Parties' }, 600),
    prose('purpose', { da: 'Formål', en: 'Purpose' }),
    prose('targetGroup', { da: 'Målgruppe', en: 'Target group' }),
    prose('effort', { da: 'Indsatsen', en: 'The effort' }),
    {
      name: 'roles',
      dbName: 'coop_agreement_roles',
      type: 'array',
      label: { da: 'Roller og ansvar pr. part', en: 'Roles and responsibilities per party' },
      ...danishArrayLabels(
        { da: 'Part', en: 'Party' },
        { da: 'Roller og ansvar pr. part', en: 'Roles and responsibilities per party' },
      ),
      admin: {
        description: {
          da: 'Kommunens side. Organisationens side redigerer organisationen selv (Organisationens del af aftalen) og godkendes af en konsulent.',
          en: "The municipality's side. The organization edits its own side, reviewed by a consultant.",
        },
      },
      fields: [
        line('party', { da: 'Part', en: 'Party' }, true, 200),
        prose('economic', { da: 'Økonomisk ansvar', en: 'Economic responsibility' }, 2000),
        prose('functional', { da: 'Funktionelt ansvar', en: 'Functional responsibility' }, 2000),
        prose('professional', { da: 'Fagligt ansvar', en: 'Professional responsibility' }, 2000),
      ],
    },
    {
      name: 'contacts',
      dbName: 'coop_agreement_contacts',
      type: 'array',
      label: { da: 'Kontaktpersoner', en: 'Contact persons' },
      ...danishArrayLabels(
        { da: 'Kontaktperson', en: 'Contact person' },
        { da: 'Kontaktpersoner', en: 'Contact persons' },
      ),
      fields: [line('party', { da: 'Part', en: 'Party' }, false, 200), ...contactFields()],
    },
    prose('meetingCadence', { da: 'Mødekadence', en: 'Meeting cadence' }, 600),
    {
      type: 'row',
      fields: [
        danishDateField({ name: 'periodFrom', label: { da: 'Gælder fra', en: 'Valid from' } }),
        danishDateField({
          name: 'periodTo',
          label: { da: 'Gælder til', en: 'Valid to' },
          rules: [
            (day, { siblingData }) => {
              const from = danishDay(siblingData.periodFrom)
              return from && day < from ? 'Aftalen kan ikke slutte, før den begynder.' : true
            },
          ],
        }),
        danishDateField({
          name: 'revisitOn',
          label: { da: 'Tages op igen sammen', en: 'Revisited together on' },
        }),
      ],
    },
  ],
  'Værktøj 1: samarbejdsaftalen. Kun om samarbejdet og indsatsen – aldrig om et enkelt barn.',
)

const theoryOfChange = tool(
  'theoryOfChange',
  [
    prose('targetGroup', { da: 'Målgruppe', en: 'Target group' }, 2000),
    statements(
      'activities',
      { da: 'Aktiviteter', en: 'Activities' },
      { da: 'Aktivitet', en: 'Activity' },
      'coop_toc_activities',
    ),
    statements(
      'shortTermOutcomes',
      { da: 'Kortsigtede resultater', en: 'Short-term outcomes' },
      { da: 'Resultat', en: 'Outcome' },
      'coop_toc_short',
    ),
    statements(
      'mediumTermOutcomes',
      { da: 'Mellemlange resultater', en: 'Medium-term outcomes' },
      { da: 'Resultat', en: 'Outcome' },
      'coop_toc_medium',
    ),
    statements(
      'longTermOutcomes',
      { da: 'Langsigtede resultater', en: 'Long-term outcomes' },
      { da: 'Resultat', en: 'Outcome' },
      'coop_toc_long',
    ),
    statements(
      'assumptions',
      { da: 'Antagelser', en: 'Assumptions' },
      { da: 'Antagelse', en: 'Assumption' },
      'coop_toc_assumptions',
    ),
    statements(
      'riskFactors',
      { da: 'Risikofaktorer', en: 'Risk factors' },
      { da: 'Risikofaktor', en: 'Risk factor' },
      'coop_toc_risks',
    ),
    statements(
      'protectiveFactors',
      { da: 'Beskyttelsesfaktorer', en: 'Protective factors' },
      { da: 'Beskyttelsesfaktor', en: 'Protective factor' },
      'coop_toc_protective',
    ),
  ],
  'Værktøj 2: målgruppe → aktiviteter → kort-, mellem- og langsigtede resultater, med antagelser og risiko- og beskyttelsesfaktorer.',
)

const documentationStrategy = tool(
  'documentationStrategy',
  [
    {
      name: 'items',
      dbName: 'coop_doc_items',
      type: 'array',
      label: { da: 'Hvad dokumenteres', en: 'What is documented' },
      ...danishArrayLabels(
        { da: 'Dokumentation', en: 'Documentation' },
        { da: 'Hvad dokumenteres', en: 'What is documented' },
      ),
      fields: [
        prose('what', { da: 'Hvad', en: 'What' }, 1000),
        prose('how', { da: 'Hvordan', en: 'How' }, 1000),
        line('when', { da: 'Hvornår', en: 'When' }),
        line('who', { da: 'Hvem', en: 'By whom' }),
        line('tool', { da: 'Redskab', en: 'Tool' }),
      ],
    },
    prose(
      'involvement',
      {
        da: 'Sådan inddrages børn, unge og forældre',
        en: 'How children, young people and parents are involved',
      },
      3000,
    ),
  ],
  'Værktøj 3: hvad der dokumenteres, hvordan, hvornår, af hvem og med hvilket redskab.',
)

const sharingModel = tool(
  'sharingModel',
  [
    {
      name: 'rows',
      dbName: 'coop_sharing_rows',
      type: 'array',
      label: { da: 'Hvem deler hvad med hvem', en: 'Who shares what with whom' },
      ...danishArrayLabels(
        { da: 'Deling', en: 'Sharing' },
        { da: 'Hvem deler hvad med hvem', en: 'Who shares what with whom' },
      ),
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          options: selectOptions(sharingLevels),
          label: { da: 'Niveau', en: 'Level' },
        },
        line('from', { da: 'Fra', en: 'From' }, true, 160),
        line('to', { da: 'Til', en: 'To' }, true, 160),
        prose('knowledgeNeed', { da: 'Vidensbehov', en: 'Knowledge need' }, 1000),
        line('form', { da: 'Form', en: 'Form' }),
        line('frequency', { da: 'Hyppighed', en: 'Frequency' }),
        line('responsible', { da: 'Ansvarlig', en: 'Responsible' }),
      ],
    },
  ],
  'Værktøj 4: hvem deler hvad med hvem, vidensbehov, form, hyppighed og ansvar – på ledelses-, projektleder- og medarbejder/frivilligniveau.',
)

const implementationPlan = tool(
  'implementationPlan',
  [
    {
      name: 'items',
      dbName: 'coop_plan_items',
      type: 'array',
      label: { da: 'Aktiviteter', en: 'Activities' },
      ...danishArrayLabels(
        { da: 'Aktivitet', en: 'Activity' },
        { da: 'Aktiviteter', en: 'Activities' },
      ),
      fields: [
        prose('activity', { da: 'Aktivitet', en: 'Activity' }, 1000),
        line('responsible', { da: 'Ansvarlig', en: 'Responsible' }),
        danishDateField({ name: 'deadline', label: { da: 'Frist', en: 'Deadline' } }),
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          options: selectOptions(implementationStatuses),
          label: { da: 'Status', en: 'Status' },
        },
      ],
    },
  ],
  'Værktøj 5: aktiviteter med ansvarlig, frist og status. Aktiviteter efter fristen, der ikke er gennemført, vises som overskredne.',
)

const reflectionDays = tool(
  'reflectionDays',
  [
    {
      name: 'days',
      dbName: 'coop_reflection_days',
      type: 'array',
      label: { da: 'Refleksionsdage', en: 'Reflection days' },
      ...danishArrayLabels(
        { da: 'Refleksionsdag', en: 'Reflection day' },
        { da: 'Refleksionsdage', en: 'Reflection days' },
      ),
      fields: [
        danishDateField({ name: 'date', required: true, label: { da: 'Dato', en: 'Date' } }),
        statements(
          'questions',
          { da: 'Mødeguidens spørgsmål', en: "The meeting guide's questions" },
          { da: 'Spørgsmål', en: 'Question' },
          'coop_day_questions',
        ),
        prose('dataLookedAt', { da: 'De data, vi så på', en: 'The data looked at' }, 3000),
        prose('agreed', { da: 'Det aftalte vi', en: 'What was agreed' }, 3000),
      ],
    },
  ],
  'Værktøj 6: refleksionsdage, hvor parterne ser på data sammen (data om indsatsen – aldrig om et enkelt barn).',
)

/** The catalogue's reflection questions, as a checklist the cooperation records answers to. */
const reflectionChecklist: Field = {
  name: 'reflectionChecklist',
  dbName: 'coop_checklist',
  type: 'array',
  label: { da: 'Refleksionsspørgsmål (tjekliste)', en: 'Reflection questions (checklist)' },
  access: { read: canReadCooperationInternals },
  ...danishArrayLabels(
    { da: 'Svar', en: 'Answer' },
    { da: 'Refleksionsspørgsmål', en: 'Reflection questions' },
  ),
  admin: {
    description: {
      da: 'Katalogets refleksionsspørgsmål til etablerings- og driftsfasen. Et svar pr. spørgsmål.',
      en: "The catalogue's reflection questions for the establishment and operating phase.",
    },
  },
  fields: [
    {
      name: 'question',
      type: 'select',
      required: true,
      options: reflectionQuestions.map((q) => ({ value: q.value, label: { da: q.da, en: q.en } })),
      label: { da: 'Spørgsmål', en: 'Question' },
    },
    prose('answer', { da: 'Vores svar', en: 'Our answer' }, 3000),
    danishDateField({ name: 'answeredOn', label: { da: 'Besvaret den', en: 'Answered on' } }),
  ],
}

/**
 * A cooperation between one or more municipalities and an organization (issue 19) with the six
 * tools of seed 003's catalogue as structured parts. Every save is a version (no drafts: the
 * consultants' edits are direct; the NGO's side is its own document, `cooperation-sides`, whose
 * drafts wait for review, so the two never overwrite each other). Access: ../access.ts.
 */
export const Cooperations: CollectionConfig<'cooperations'> = {
  slug: 'cooperations',
  labels: {
    singular: { da: 'Samarbejde', en: 'Cooperation' },
    plural: { da: 'Samarbejder', en: 'Cooperations' },
  },
  access: {
    create: canEditCooperations,
    read: canReadCooperations,
    readVersions: canEditCooperations,
    update: canEditCooperations,
    delete: canEditCooperations,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'network', 'visibility', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'externalId'],
    group: { da: 'Netværk', en: 'Networks' },
  },
  defaultSort: 'title',
  fields: [
    line('title', { da: 'Titel', en: 'Title' }, true, 200),
    {
      type: 'row',
      fields: [
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          required: true,
          index: true,
          label: { da: 'Organisation', en: 'Organization' },
          admin: { width: '50%' },
        },
        {
          name: 'network',
          type: 'relationship',
          relationTo: 'networks',
          index: true,
          label: { da: 'Netværk', en: 'Network' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'municipalities',
      type: 'relationship',
      relationTo: 'municipalities',
      hasMany: true,
      required: true,
      index: true,
      label: { da: 'Kommuner', en: 'Municipalities' },
    },
    agreement,
    theoryOfChange,
    documentationStrategy,
    sharingModel,
    implementationPlan,
    reflectionDays,
    reflectionChecklist,
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'internal',
      index: true,
      label: { da: 'Synlighed', en: 'Visibility' },
      options: domainSelectOptions(visibilities),
      admin: {
        position: 'sidebar',
        description: {
          da: 'Interne samarbejder ses kun af parterne og netværkets fagpersoner.',
          en: 'Internal cooperations are seen by the parties and the network only.',
        },
      },
    },
    {
      name: 'publicTools',
      type: 'select',
      hasMany: true,
      defaultValue: ['agreement'],
      options: selectOptions(cooperationTools),
      label: { da: 'Offentlige værktøjer', en: 'Public tools' },
      admin: {
        position: 'sidebar',
        description: {
          da: 'Når samarbejdet er offentligt, ser alle kun disse værktøjer. De øvrige er interne.',
          en: 'When the cooperation is public, everyone sees these tools only.',
        },
      },
    },
    slugField('title'),
    externalIdField(),
    importHashField(),
  ],
  hooks: { afterRead: [hideInternalTools] },
  versions: { maxPerDoc: 100 },
}

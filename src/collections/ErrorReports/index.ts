import type { CollectionConfig } from 'payload'

import { canReadErrorReports, canReadReporterEmail } from '@/access/canReadErrorReports'
import { isAdmin } from '@/access/isAdmin'
import { isContentEditor } from '@/access/isContentEditor'
import { nobody } from '@/access/nobody'
import { nobodyField } from '@/access/nobodyField'
import {
  ERROR_REPORT_MAX_CHARS,
  errorReportCategories,
  errorReportStatuses,
  errorReportTargets,
  isClosedStatus,
} from '@/domain/errorReports'
import { selectOptions } from '@/domain/options'
import { danishDateField } from '@/fields/danishDate'

import { submitEndpoint, formTokenEndpoint } from './endpoints'
import { notifyOwners } from './hooks/notifyOwners'
import { stampClosedAt } from './hooks/stampClosedAt'
import { tellReporter } from './hooks/tellReporter'

const RESOLUTION_NOTE_MISSING =
  'Skriv kort, hvad der er gjort, før meldingen lukkes: beskeden sendes til den, der meldte fejlen.'

/**
 * "Meld en fejl": what readers report about a listing or an organization. Reports arrive only
 * through the form (POST /api/error-reports/submit, or the portal's server action), which checks
 * the limit, honeypot, time trap and text (src/errorReports/submit.ts); nobody creates one in the
 * admin or over REST. Consultants and the secretariat handle them (status and a resolution note,
 * which the reporter receives when the report is closed); an NGO editor reads those about their
 * own organization. No IP address is stored, and the reporter's e-mail address is deleted 30 days
 * after the report was closed (the daily task errorReportsDaily).
 */
export const ErrorReports: CollectionConfig<'error-reports'> = {
  slug: 'error-reports',
  labels: {
    singular: { da: 'Fejlmelding', en: 'Error report' },
    plural: { da: 'Fejlmeldinger', en: 'Error reports' },
  },
  access: {
    create: nobody,
    read: canReadErrorReports,
    update: isContentEditor,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['text', 'category', 'target', 'status', 'createdAt'],
    listSearchableFields: ['text'],
    group: { da: 'Indhold', en: 'Content' },
    description: {
      da: 'Fejl, som læsere har meldt i opslag og organisationer. Sæt status, og skriv et svar: når meldingen lukkes (rettet eller afvist), får den, der meldte fejlen, svaret på e-mail, hvis de har opgivet en adresse.',
      en: 'Errors readers reported in listings and organizations. Set the status and write an answer: when the report is closed, the reporter receives it by e-mail if they gave an address.',
    },
  },
  defaultSort: '-createdAt',
  endpoints: [submitEndpoint, formTokenEndpoint],
  fields: [
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...errorReportTargets],
      required: true,
      label: { da: 'Gælder', en: 'About' },
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { da: 'Organisation', en: 'Organization' },
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          da: 'Organisationen bag opslaget; dens redaktører får meldingen.',
          en: 'The organization behind the listing; its editors receive the report.',
        },
      },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      label: { da: 'Hvad er forkert', en: 'What is wrong' },
      options: selectOptions(errorReportCategories),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: ERROR_REPORT_MAX_CHARS,
      label: { da: 'Beskrivelse', en: 'Description' },
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'reporterEmail',
      type: 'email',
      label: { da: 'Indsenderens e-mail', en: "Reporter's e-mail" },
      access: { read: canReadReporterEmail, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          da: 'Kun til svaret. Slettes automatisk 30 dage efter, at meldingen er lukket.',
          en: 'For the answer only. Deleted 30 days after the report was closed.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { da: 'Status', en: 'Status' },
      options: selectOptions(errorReportStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'resolutionNote',
      type: 'textarea',
      maxLength: ERROR_REPORT_MAX_CHARS,
      label: { da: 'Svar til indsenderen', en: 'Answer to the reporter' },
      admin: {
        description: {
          da: 'Hvad er gjort? Sendes til den, der meldte fejlen, når status sættes til »Rettet« eller »Afvist«.',
          en: 'What was done? Sent to the reporter when the status is set to fixed or rejected.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        isClosedStatus(siblingData?.status) &&
        !(typeof value === 'string' && value.trim().length > 0)
          ? RESOLUTION_NOTE_MISSING
          : true,
    },
    {
      ...danishDateField({
        name: 'closedAt',
        label: { da: 'Lukket', en: 'Closed' },
        withTime: true,
        admin: { readOnly: true, position: 'sidebar' },
      }),
      access: { update: nobodyField },
    },
    {
      ...danishDateField({
        name: 'escalatedAt',
        label: { da: 'Sendt videre til sekretariatet', en: 'Escalated to the secretariat' },
        withTime: true,
        admin: { readOnly: true, position: 'sidebar' },
      }),
      access: { update: nobodyField },
    },
  ],
  hooks: {
    beforeChange: [stampClosedAt],
    afterChange: [notifyOwners, tellReporter],
  },
  timestamps: true,
}

import { z } from 'zod'

import { organizationTypeValues } from '@/domain/options'
import {
  cvr,
  email,
  externalId,
  isoDate,
  municipalityCode,
  phone,
  postalCode,
  slugify,
  webUrl,
} from '@/domain/rules'

import { contactPerson, list, optionalText, text } from '../fields'
import { agreementToCooperation } from '@/cooperations/import/sections'

import { compact, defineSection } from '../section'

export const agreementInput = z.object({
  municipality: municipalityCode,
  parties: text('Angiv parterne i samarbejdsaftalen.'),
  periodFrom: isoDate,
  periodTo: isoDate.optional(),
  purpose: text('Angiv formålet med samarbejdsaftalen.'),
  contact: contactPerson.optional(),
})

export const organizationInput = z.object({
  externalId,
  /** The open-data id (src/hsds), kept when given (an HSDS import), else generated once. */
  hsdsId: z.uuid('HSDS-id skal være et UUID.').optional(),
  name: text('Organisationen mangler et navn.'),
  type: z.enum(organizationTypeValues, { message: 'Ukendt organisationstype.' }),
  cvr: cvr.optional(),
  description: optionalText,
  website: webUrl.optional(),
  email: email.optional(),
  phone: phone.optional(),
  address: z
    .object({
      street: text('Adressen mangler vej og nummer.'),
      postalCode,
      city: text('Adressen mangler by.'),
      municipality: municipalityCode.optional(),
    })
    .optional(),
  /** The old format's agreements: imported as cooperations (the cooperations section). */
  agreements: list(agreementInput),
})
export type OrganizationInput = z.infer<typeof organizationInput>

/** Providers of listings (their agreements with municipalities are cooperations now). */
export const organizations = defineSection({
  name: 'organizations',
  labels: { one: 'organisation', many: 'organisationer', english: 'organizations' },
  schema: organizationInput,
  keyField: 'externalId',
  collections: ['organizations'],
  uniqueSlugs: true,
  references: [
    {
      field: 'address.municipality',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (org) => [org.address?.municipality],
    },
    {
      field: 'agreements.municipality',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (org) => org.agreements.map((a) => a.municipality),
    },
  ],
  // Organizations have drafts for moderation; an import publishes them.
  statusOf: () => 'published',
  toData: (org, context) => ({
    externalId: org.externalId,
    ...(org.hsdsId ? { hsdsId: org.hsdsId } : {}),
    name: org.name,
    slug: context.uniqueSlug('organizations', slugify(org.name), org.externalId),
    type: org.type,
    cvr: org.cvr ?? null,
    description: org.description ?? null,
    website: org.website ?? null,
    email: org.email ?? null,
    phone: org.phone ?? null,
    address: org.address
      ? {
          address: org.address.street,
          postalCode: org.address.postalCode,
          city: org.address.city,
          municipality: context.id('municipalities', org.address.municipality) ?? null,
        }
      : { address: null, postalCode: null, city: null, municipality: null },
  }),
  // An old file's agreements are cooperations now (issue 19): each moves into that section.
  carries: (org) =>
    org.agreements.map((agreement, index) => ({
      section: 'cooperations',
      raw: agreementToCooperation(org, agreement, index),
    })),
  exportItem: (o, context) => {
    const address = o.address as Record<string, unknown> | undefined
    return compact({
      externalId: String(o.externalId),
      hsdsId: (o.hsdsId as string | null) ?? undefined,
      name: String(o.name),
      type: o.type as 'ngo',
      cvr: o.cvr as string,
      description: o.description as string,
      website: o.website as string,
      email: o.email as string,
      phone: o.phone as string,
      address: address?.address
        ? {
            street: String(address.address),
            postalCode: String(address.postalCode),
            city: String(address.city),
            municipality: context.key('municipalities', address.municipality),
          }
        : undefined,
    })
  },
})

import { z } from 'zod'

import { lawValues } from '@/domain/options'
import { eli, externalId, isoDate } from '@/domain/rules'

import { text } from '../fields'
import { compact, day, defineSection } from '../section'

export const legalBasisInput = z.object({
  externalId,
  law: z.enum(lawValues, { message: 'Ukendt lov.' }),
  paragraph: z
    .string()
    .trim()
    .regex(/^\d+[a-z]?$/, 'Paragraffen skal være et nummer, fx 32 eller 52a.'),
  subsection: z.string().trim().regex(/^\d+$/, 'Stk. skal være et nummer.').optional(),
  number: z.string().trim().regex(/^\d+$/, 'Nr. skal være et nummer.').optional(),
  heading: text('Bestemmelsen mangler en kort overskrift.'),
  eli,
  validFrom: isoDate,
  validTo: isoDate.optional(),
  replaces: externalId.optional(),
})
export type LegalBasisInput = z.infer<typeof legalBasisInput>

/** Provisions of law (Barnets Lov § 32 …); a newer one may name the one it replaces. */
export const legalBases = defineSection({
  name: 'legalBases',
  labels: { one: 'lovbestemmelse', many: 'lovgrundlag', english: 'legal bases' },
  schema: legalBasisInput,
  keyField: 'externalId',
  collections: ['legal-bases'],
  references: [
    { field: 'replaces', to: 'legalBases', what: 'lovbestemmelse', keys: (b) => [b.replaces] },
  ],
  linksItself: true,
  toData: (basis, context, { withSelfReferences }) => ({
    externalId: basis.externalId,
    law: basis.law,
    paragraph: basis.paragraph,
    subsection: basis.subsection ?? null,
    number: basis.number ?? null,
    heading: basis.heading,
    eli: basis.eli,
    validFrom: basis.validFrom,
    validTo: basis.validTo ?? null,
    ...(withSelfReferences ? { replaces: context.id('legalBases', basis.replaces) ?? null } : {}),
  }),
  exportItem: (b, context) =>
    compact({
      externalId: String(b.externalId),
      law: b.law as 'barnets-lov',
      paragraph: String(b.paragraph),
      subsection: b.subsection as string,
      number: b.number as string,
      heading: String(b.heading),
      eli: String(b.eli),
      validFrom: day(b.validFrom)!,
      validTo: day(b.validTo),
      replaces: context.key('legal-bases', b.replaces),
    }),
})

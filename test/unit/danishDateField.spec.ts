import type { DateField, Field, FieldHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { LegalBases } from '@/collections/LegalBases'
import { LegislationNotes } from '@/collections/LegislationNotes'
import { Media } from '@/collections/Media'
import { Mentors } from '@/collections/Mentors'
import { Municipalities } from '@/collections/Municipalities'
import { Offers } from '@/collections/Offers'
import { Organizations } from '@/collections/Organizations'
import { SchoolOptions } from '@/collections/SchoolOptions'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { Cooperations } from '@/cooperations/collections/Cooperations'
import { danishDateField } from '@/fields/danishDate'
import { reviewFields } from '@/moderation/plugin/fields/reviewFields'

const field = danishDateField({
  name: 'effectiveDate',
  label: { da: 'Ikrafttræden', en: 'In force from' },
  missingMessage: 'Angiv datoen, hvor reglerne træder i kraft.',
  rules: [(day) => (day < '2000-01-01' ? 'For tidligt.' : true)],
})

const hook = field.hooks!.beforeValidate![0] as FieldHook
const runHook = (value: unknown) =>
  hook({
    value,
    path: ['effectiveDate'],
    collection: { slug: 'legislation-notes' },
    req: { t: (key: string) => key },
  } as never)

type Validate = (value: unknown, options: { siblingData?: Record<string, unknown> }) => unknown
const validate = (value: unknown) => (field.validate as unknown as Validate)(value, {})

describe('danishDateField', () => {
  it('stores what is sent, drafts included, as the Danish day meant (hook before validation)', () => {
    expect(runHook('01.08.2027')).toBe('2027-08-01T12:00:00.000Z')
    expect(runHook('15.01.2027')).toBe('2027-01-15T12:00:00.000Z')
    expect(runHook('2027-08-01')).toBe('2027-08-01T12:00:00.000Z')
    expect(runHook(undefined)).toBeUndefined()
    expect(runHook('')).toBeNull()
    expect(runHook(null)).toBeNull()
  })

  it('refuses an unreadable value with a validation error naming the field, in Danish', () => {
    let thrown: unknown
    try {
      runHook('32.13.2027')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({
      name: 'ValidationError',
      status: 400,
      data: {
        collection: 'legislation-notes',
        errors: [
          { path: 'effectiveDate', message: expect.stringContaining('måneden skal være 1–12') },
        ],
      },
    })
  })

  it('validates in Danish: missing, unreadable, and the extra rules on the day', () => {
    expect(validate(null)).toBe('Angiv datoen, hvor reglerne træder i kraft.')
    expect(validate('i morgen')).toBe(
      '»i morgen« kan ikke læses som en dato. Skriv datoen som dd.mm.åååå, fx 01.08.2027.',
    )
    expect(validate('01.08.1999')).toBe('For tidligt.')
    expect(validate('2027-08-01T12:00:00.000Z')).toBe(true)
  })

  it('keeps the column a Payload date and registers the Danish input and list cell', () => {
    expect(field.type).toBe('date')
    expect(field.admin?.components?.Field).toMatchObject({
      path: '/components/admin/DanishDateField.client#DanishDateField',
    })
    expect(field.admin?.components?.Cell).toMatchObject({
      path: '/components/admin/DanishDateCell.client#DanishDateCell',
    })
  })
})

/** Every date field under these fields, with its dotted path. */
function dateFields(fields: Field[], prefix = ''): Array<[string, DateField]> {
  return fields.flatMap((f): Array<[string, DateField]> => {
    const name = 'name' in f && f.name ? `${prefix}${f.name}` : undefined
    if (f.type === 'date') return [[name!, f]]
    if (f.type === 'tabs') {
      return f.tabs.flatMap((tab) =>
        dateFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    if ('fields' in f && Array.isArray(f.fields)) {
      return dateFields(f.fields, name ? `${name}.` : prefix)
    }
    return []
  })
}

describe('every date field of every collection uses the factory', () => {
  const collections = [
    Offers,
    Mentors,
    SchoolOptions,
    Organizations,
    LegislationNotes,
    LegalBases,
    Topics,
    Media,
    Users,
    Municipalities,
    Cooperations,
  ]
  const found = [
    ...collections.flatMap((collection) =>
      dateFields(collection.fields).map(([path, f]) => [`${collection.slug}.${path}`, f] as const),
    ),
    ...dateFields([reviewFields()]).map(([path, f]) => [`moderated.${path}`, f] as const),
  ]

  it('finds the date fields it should', () => {
    expect(found.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        'offers.capacity.asOf',
        'offers.lastVerifiedAt',
        'mentors.nextReviewAt',
        'cooperations.agreement.periodFrom',
        'cooperations.implementationPlan.items.deadline',
        'cooperations.reflectionDays.days.date',
        'legislation-notes.effectiveDate',
        'legal-bases.validTo',
        'moderated.review.submittedAt',
      ]),
    )
  })

  it.each(found)('%s reads Danish dates', (_path, f) => {
    expect(f.admin?.components?.Field).toMatchObject({
      path: '/components/admin/DanishDateField.client#DanishDateField',
    })
    expect(f.hooks?.beforeValidate?.length).toBeGreaterThan(0)
  })
})

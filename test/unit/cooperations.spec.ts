import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { agreementToCooperation, cooperationInput } from '@/cooperations/import/sections'
import { sharingModelLayout, theoryOfChangeLayout, wrap } from '@/cooperations/diagrams'
import { reflectionQuestions } from '@/cooperations/options'
import { flagOverdue, revisitDue } from '@/cooperations/plan'
import { readImportFile, validateItems } from '@/import/read'

/** Cooperations (issue 19) without services: the plan's clock, the diagrams' layout, the format. */

describe('the implementation plan on an injected clock', () => {
  const items = [
    { activity: 'Fælles opstartsmøde', deadline: '2027-01-10T12:00:00.000Z', status: 'done' },
    {
      activity: 'Forandringsteori vedtaget',
      deadline: '2027-02-01T12:00:00.000Z',
      status: 'in-progress',
    },
    { activity: 'Refleksionsdag', deadline: '2027-03-01T12:00:00.000Z', status: 'planned' },
    { activity: 'Uden frist', status: 'planned' },
  ]

  it('flags items past their deadline that are not done, by the Copenhagen day', () => {
    const flagged = flagOverdue(items, new Date('2027-02-02T08:00:00.000Z'))
    expect(flagged.map((item) => [item.activity, item.overdue])).toEqual([
      ['Fælles opstartsmøde', false],
      ['Forandringsteori vedtaget', true],
      ['Refleksionsdag', false],
      ['Uden frist', false],
    ])
  })

  it('does not flag an item on its deadline day, even late in the Danish evening', () => {
    // 22:30 UTC on 1 February is 23:30 in Copenhagen: still the deadline's day.
    const flagged = flagOverdue(items, new Date('2027-02-01T22:30:00.000Z'))
    expect(flagged.find((item) => item.activity === 'Forandringsteori vedtaget')!.overdue).toBe(
      false,
    )
    // 23:30 UTC is already 2 February in Copenhagen.
    const later = flagOverdue(items, new Date('2027-02-01T23:30:00.000Z'))
    expect(later.find((item) => item.activity === 'Forandringsteori vedtaget')!.overdue).toBe(true)
  })

  it('says when the agreement is due to be revisited', () => {
    expect(revisitDue('2027-06-01T12:00:00.000Z', new Date('2027-05-31T10:00:00.000Z'))).toBe(false)
    expect(revisitDue('2027-06-01T12:00:00.000Z', new Date('2027-06-01T10:00:00.000Z'))).toBe(true)
    expect(revisitDue(null, new Date())).toBe(false)
  })
})

describe('the diagrams', () => {
  it('wraps text into lines of the given width', () => {
    expect(wrap('Børn og unge i 4.-7. klasse med bekymrende skolefravær', 20)).toEqual([
      'Børn og unge i 4.-7.',
      'klasse med',
      'bekymrende',
      'skolefravær',
    ])
  })

  it('lays out the theory of change as five columns in order, with the bands below', () => {
    const diagram = theoryOfChangeLayout({
      targetGroup: 'Børn med skolefravær',
      activities: [{ text: 'Lektiecafé' }, { text: 'Mentor' }],
      shortTermOutcomes: [{ text: 'Møder op' }],
      mediumTermOutcomes: [{ text: 'Trives i klassen' }],
      longTermOutcomes: [{ text: 'Gennemfører 9. klasse' }],
      assumptions: [{ text: 'Frivillige bliver' }],
      riskFactors: [{ text: 'Ensomhed' }],
      protectiveFactors: [{ text: 'En voksen at gå til' }],
    })
    const headings = diagram.headings.map((h) => h.lines.join(' '))
    expect(headings).toEqual([
      'Målgruppe',
      'Aktiviteter',
      'Kortsigtede resultater',
      'Mellemlange resultater',
      'Langsigtede resultater',
      'Antagelser',
      'Risikofaktorer',
      'Beskyttelsesfaktorer',
    ])
    const column = (kind: string) => diagram.boxes.filter((b) => b.kind === kind)
    expect(column('activities')).toHaveLength(2)
    expect(column('targetGroup')[0]!.x).toBeLessThan(column('activities')[0]!.x)
    expect(column('activities')[0]!.x).toBeLessThan(column('longTermOutcomes')[0]!.x)
    expect(diagram.arrows).toHaveLength(4)
    const bandTop = Math.min(...column('riskFactors').map((b) => b.y))
    expect(bandTop).toBeGreaterThan(Math.max(...column('activities').map((b) => b.y + b.height)))
    expect(column('protectiveFactors')[0]!.lines).toEqual(['• En voksen at gå til'])
  })

  it('draws the sharing model as one box per actor and one arrow per row, by level', () => {
    const diagram = sharingModelLayout([
      { level: 'management', from: 'Styregruppen', to: 'Projektlederne', frequency: 'Kvartalsvis' },
      { level: 'project', from: 'Projektlederne', to: 'Frivillige', frequency: 'Månedligt' },
      { level: 'staff', from: 'Frivillige', to: 'Skolens kontaktlærer', frequency: 'Ugentligt' },
      { level: 'staff', from: 'Frivillige', to: 'Projektlederne' },
      { level: 'staff', from: ' ', to: 'Ingen' },
    ])
    expect(diagram.boxes.map((b) => b.lines.join(' '))).toEqual([
      'Styregruppen',
      'Projektlederne',
      'Frivillige',
      'Skolens kontaktlærer',
    ])
    expect(diagram.arrows).toHaveLength(4)
    expect(diagram.arrows.map((a) => a.label)).toEqual([
      'Kvartalsvis',
      'Månedligt',
      'Ugentligt',
      undefined,
    ])
    const staff = diagram.boxes.find((b) => b.lines[0] === 'Frivillige')!
    const management = diagram.boxes.find((b) => b.lines[0] === 'Styregruppen')!
    expect(staff.x).toBeGreaterThan(management.x)
  })
})

describe("the catalogue's reflection questions", () => {
  it('has the six questions of the establishment phase and the five of the operating phase', () => {
    expect(reflectionQuestions.filter((q) => q.phase === 'establishment')).toHaveLength(6)
    expect(reflectionQuestions.filter((q) => q.phase === 'operation')).toHaveLength(5)
    expect(reflectionQuestions[0]!.da).toMatch(
      /^Hvornår og hvordan tænker vi at udvikle en forandringsteori/,
    )
  })
})

const dir = mkdtempSync(path.join(os.tmpdir(), 'cooperations-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("the exchange format: an old file's agreements", () => {
  const agreement = {
    municipality: '259',
    parties: 'Køge Kommune og Forening A',
    periodFrom: '2025-01-01',
    periodTo: '2026-12-31',
    purpose: 'Lektiehjælp.',
    contact: { name: 'Anne Berg', email: 'anne@example.org' },
  }

  it('becomes a public cooperation whose agreement alone is public, without loss', () => {
    const item = cooperationInput.parse(
      agreementToCooperation({ externalId: 'org-a', name: 'Forening A' }, agreement, 1),
    )
    expect(item).toMatchObject({
      externalId: 'org-a:aftale-2',
      organization: 'org-a',
      municipalities: ['259'],
      visibility: 'public',
      publicTools: ['agreement'],
      agreement: {
        parties: agreement.parties,
        purpose: agreement.purpose,
        periodFrom: agreement.periodFrom,
        periodTo: agreement.periodTo,
        contacts: [{ name: 'Anne Berg', email: 'anne@example.org' }],
      },
    })
  })

  it('imports as cooperations from the organizations section, on the organization line', async () => {
    const file = path.join(dir, 'old.json')
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          format: 'videnportal/v1',
          organizations: [
            {
              externalId: 'org-a',
              name: 'Forening A',
              type: 'ngo',
              agreements: [agreement, { ...agreement, municipality: '253' }],
            },
          ],
        },
        null,
        2,
      )}\n`,
    )
    const { items, issues } = await readImportFile(file)
    expect(issues).toEqual([])
    const { bundle, issues: invalid, lineOf } = validateItems('old.json', items)
    expect(invalid).toEqual([])
    expect(bundle.cooperations).toHaveLength(2)
    expect(
      (bundle.cooperations as Array<{ municipalities: string[] }>).map((c) => c.municipalities),
    ).toEqual([['259'], ['253']])
    expect(lineOf('cooperations', 'org-a:aftale-1')).toBe(lineOf('organizations', 'org-a'))
  })

  it('refuses a CPR-like number in a carried agreement with the field named', async () => {
    const file = path.join(dir, 'cpr.json')
    writeFileSync(
      file,
      `${JSON.stringify({
        format: 'videnportal/v1',
        organizations: [
          {
            externalId: 'org-b',
            name: 'Forening B',
            type: 'ngo',
            agreements: [{ ...agreement, purpose: 'Om 010203-1234.' }],
          },
        ],
      })}\n`,
    )
    const { items } = await readImportFile(file)
    const { issues } = validateItems('cpr.json', items)
    expect(issues.map((issue) => issue.field)).toContain('agreements.0.purpose')
  })
})

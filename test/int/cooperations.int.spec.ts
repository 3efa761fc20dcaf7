import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uniqueKey } from '../helpers/fixtures'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Cooperations (issue 19) against the real services: the two sides of an agreement never overwrite
 * each other, CPR-like numbers are refused in every free text (inside arrays and groups too), a
 * reader sees only what they may of a cooperation's page and export, and the sample content is
 * there. Every document it changes is its own.
 */

let payload: Payload
let ngoToken: string
let consultantToken: string
let caseworkerToken: string
const ids = { pusterummet: 0, ungeliv: 0, koege: 0, greve: 0 }
const made: Array<{ collection: 'cooperations' | 'cooperation-sides'; id: number }> = []

const api = async (path: string, token?: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseURL()}/api${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of several shapes
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const page = async (path: string, token?: string) => {
  const response = await fetch(`${baseURL()}${path}`, {
    headers: token ? { Cookie: `payload-token=${token}` } : {},
  })
  return { status: response.status, text: await response.text() }
}

async function cooperation(overrides: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'cooperations',
    data: {
      title: `Testsamarbejde ${uniqueKey('coop')}`,
      organization: ids.pusterummet,
      municipalities: [ids.greve],
      visibility: 'internal',
      agreement: { purpose: 'Et fælles formål.', roles: [{ party: 'Greve Kommune' }] },
      theoryOfChange: {
        targetGroup: 'Hemmelig målgruppe for testen',
        activities: [{ text: 'Lektiecafé' }],
        longTermOutcomes: [{ text: 'Gennemfører skolen' }],
      },
      sharingModel: {
        rows: [{ level: 'project', from: 'Koordinator', to: 'Tovholder', frequency: 'Månedligt' }],
      },
      implementationPlan: {
        items: [
          { activity: 'Gammel aktivitet', deadline: '2020-01-01', status: 'in-progress' },
          { activity: 'Fremtidig aktivitet', deadline: '2099-01-01', status: 'planned' },
        ],
      },
      ...overrides,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  made.push({ collection: 'cooperations', id: doc.id })
  return doc
}

beforeAll(async () => {
  payload = await getTestPayload()
  const find = async (
    collection: 'organizations' | 'municipalities',
    field: string,
    value: string,
  ) =>
    (
      await payload.find({
        collection,
        where: { [field]: { equals: value } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]!.id as number
  ids.pusterummet = await find('organizations', 'externalId', 'org-pusterummet')
  ids.ungeliv = await find('organizations', 'externalId', 'org-ungeliv')
  ids.koege = await find('municipalities', 'code', '259')
  ids.greve = await find('municipalities', 'code', '253')
  ngoToken = await loginToken('ngo@videnportal.local')
  consultantToken = await loginToken('konsulent@videnportal.local')
  caseworkerToken = await loginToken('sagsbehandler@videnportal.local')
})

afterAll(async () => {
  for (const { collection, id } of made.reverse())
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
})

describe('the two sides of an agreement', () => {
  it("an NGO editor's side waits for review while a consultant edits the cooperation, and neither overwrites the other", async () => {
    const coop = await cooperation()
    const created = await api('/cooperation-sides', ngoToken, {
      method: 'POST',
      body: JSON.stringify({
        cooperation: coop.id,
        provider: ids.pusterummet,
        roles: { functional: 'Vi driver lektiecaféen.' },
      }),
    })
    expect(created.status).toBe(201)
    const side = created.body.doc as { id: number; _status: string; title: string }
    made.push({ collection: 'cooperation-sides', id: side.id })
    expect(side._status).toBe('draft')
    expect(side.title).toBe(`${coop.title} – organisationens del`)
    // A consultant publishes it first (the review), then the NGO changes it again.
    expect(
      (
        await api(`/cooperation-sides/${side.id}/review`, consultantToken, {
          method: 'POST',
          body: JSON.stringify({ action: 'publish' }),
        })
      ).status,
    ).toBe(200)
    const change = await api(`/cooperation-sides/${side.id}`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({
        roles: { functional: 'Vi driver lektiecaféen og forældregruppen.' },
        _status: 'published',
      }),
    })
    // Asking to publish is held as a draft (the moderation plugin), not published.
    expect(change.status).toBe(200)
    expect(change.body.doc._status).toBe('draft')
    const draft = await api(`/cooperation-sides/${side.id}?draft=true`, ngoToken, {
      method: 'PATCH',
      body: JSON.stringify({ roles: { functional: 'Vi driver lektiecaféen og forældregruppen.' } }),
    })
    expect(draft.status).toBe(200)
    // A consultant does not save other content over the waiting change (Payload keeps one draft).
    const overwrite = await api(`/cooperation-sides/${side.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({ contribution: 'Konsulentens egen tekst.' }),
    })
    expect(overwrite.status).toBe(409)
    expect(JSON.stringify(overwrite.body)).toContain('afventer gennemsyn')
    // Meanwhile a consultant changes the municipality's side directly.
    const direct = await api(`/cooperations/${coop.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify({
        agreement: { roles: [{ party: 'Greve Kommune', economic: 'Betaler lokalerne.' }] },
      }),
    })
    expect(direct.status).toBe(200)
    // The public side is still the reviewed one; the NGO cannot touch the cooperation itself.
    const before = await api(`/cooperation-sides/${side.id}?depth=0`, consultantToken)
    expect(before.body.roles.functional).toBe('Vi driver lektiecaféen.')
    expect(
      (
        await api(`/cooperations/${coop.id}`, ngoToken, {
          method: 'PATCH',
          body: JSON.stringify({ agreement: { purpose: 'Ændret af foreningen.' } }),
        })
      ).status,
    ).toBe(403)
    // The consultant publishes the NGO's change: both changes are there.
    const decided = await api(`/cooperation-sides/${side.id}/review`, consultantToken, {
      method: 'POST',
      body: JSON.stringify({ action: 'publish' }),
    })
    expect(decided.status).toBe(200)
    const after = await api(`/cooperation-sides/${side.id}?depth=0`, caseworkerToken)
    expect(after.status).toBe(404) // Køge's caseworker is no party to Greve's cooperation.
    const published = await payload.findByID({
      collection: 'cooperation-sides',
      id: side.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(published.roles?.functional).toBe('Vi driver lektiecaféen og forældregruppen.')
    const stored = await payload.findByID({
      collection: 'cooperations',
      id: coop.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.agreement?.roles?.[0]?.economic).toBe('Betaler lokalerne.')
  })

  it("refuses an NGO editor's side of another organization's cooperation, in Danish", async () => {
    const other = await cooperation({ organization: ids.ungeliv })
    const mine = await api('/cooperation-sides', ngoToken, {
      method: 'POST',
      body: JSON.stringify({ cooperation: other.id, provider: ids.pusterummet }),
    })
    expect(mine.status).toBe(400)
    expect(JSON.stringify(mine.body)).toContain('ikke part i dette samarbejde')
    const theirs = await api('/cooperation-sides', ngoToken, {
      method: 'POST',
      body: JSON.stringify({ cooperation: other.id, provider: ids.ungeliv }),
    })
    expect(theirs.status).toBe(403)
  })
})

describe('CPR-like numbers', () => {
  const cpr = 'Barnet 010203-1234 deltager.'
  it.each([
    ['agreement.purpose', { agreement: { purpose: cpr } }],
    ['agreement.roles.0.economic', { agreement: { roles: [{ party: 'Greve', economic: cpr }] } }],
    ['theoryOfChange.activities.0.text', { theoryOfChange: { activities: [{ text: cpr }] } }],
    [
      'documentationStrategy.items.0.how',
      { documentationStrategy: { items: [{ what: 'Fremmøde', how: cpr }] } },
    ],
    [
      'sharingModel.rows.0.knowledgeNeed',
      { sharingModel: { rows: [{ level: 'staff', from: 'A', to: 'B', knowledgeNeed: cpr }] } },
    ],
    [
      'reflectionDays.days.0.questions.0.text',
      { reflectionDays: { days: [{ date: '2026-05-01', questions: [{ text: cpr }] }] } },
    ],
    [
      'reflectionChecklist.0.answer',
      { reflectionChecklist: [{ question: 'e3-roles', answer: cpr }] },
    ],
  ])('are refused in %s (400, the field named)', async (field, data) => {
    const coop = await cooperation()
    const response = await api(`/cooperations/${coop.id}`, consultantToken, {
      method: 'PATCH',
      body: JSON.stringify(data),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(field)
  })

  it("are refused in the organization's side, drafts included", async () => {
    const coop = await cooperation()
    const response = await api('/cooperation-sides', ngoToken, {
      method: 'POST',
      body: JSON.stringify({ cooperation: coop.id, provider: ids.pusterummet, contribution: cpr }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('contribution')
  })
})

describe('the page and the export, as each reader may read them', () => {
  it('shows a public cooperation’s public tools to everyone and the rest to its parties only', async () => {
    const coop = await cooperation({
      visibility: 'public',
      publicTools: ['agreement'],
      municipalities: [ids.koege],
    })
    const path = `/samarbejder/${coop.slug}`
    const anonymous = await page(path)
    expect(anonymous.status).toBe(200)
    expect(anonymous.text).toContain('Et fælles formål.')
    expect(anonymous.text).not.toContain('Hemmelig målgruppe for testen')
    expect(anonymous.text).not.toContain('Implementeringsplan')
    const exported = await page(`${path}/eksport.json`)
    expect(exported.status).toBe(200)
    expect(exported.text).not.toContain('Hemmelig målgruppe for testen')
    // Køge's caseworker is a party: the whole cooperation, overdue items flagged.
    const party = await page(path, caseworkerToken)
    expect(party.text).toContain('Hemmelig målgruppe for testen')
    expect(party.text).toMatch(/data-overdue="true"[^]*Gammel aktivitet/)
    expect(party.text).toContain('1 aktivitet har overskredet sin frist.')
    expect(party.text).toContain('<svg class="coop-diagram" role="img"')
    const partyExport = JSON.parse((await page(`${path}/eksport.json`, caseworkerToken)).text)
    expect(partyExport.cooperations[0].theoryOfChange.targetGroup).toBe(
      'Hemmelig målgruppe for testen',
    )
  })

  it('answers 404 for an internal cooperation to anyone who is not a party or in its network', async () => {
    const coop = await cooperation()
    expect((await page(`/samarbejder/${coop.slug}`)).status).toBe(404)
    expect((await page(`/samarbejder/${coop.slug}`, caseworkerToken)).status).toBe(404)
    expect((await page(`/samarbejder/${coop.slug}/eksport.json`)).status).toBe(404)
    expect((await page(`/samarbejder/${coop.slug}`, consultantToken)).status).toBe(200)
  })
})

describe('the sample content', () => {
  it('has at least four cooperations in the sample network with all six tools filled in', async () => {
    const { docs: networks } = await payload.find({
      collection: 'networks',
      where: { slug: { equals: 'faelles-netvaerk-boern-og-unge' } },
      depth: 0,
      overrideAccess: true,
    })
    const { docs } = await payload.find({
      collection: 'cooperations',
      where: { network: { equals: networks[0]!.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const complete = docs.filter(
      (c) =>
        c.agreement?.purpose &&
        (c.theoryOfChange?.longTermOutcomes?.length ?? 0) > 0 &&
        (c.documentationStrategy?.items?.length ?? 0) > 0 &&
        (c.sharingModel?.rows?.length ?? 0) > 0 &&
        (c.implementationPlan?.items?.length ?? 0) > 0 &&
        (c.reflectionDays?.days?.length ?? 0) > 0,
    )
    expect(complete.length).toBeGreaterThanOrEqual(4)
  })
})

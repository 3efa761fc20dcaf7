import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { exportBundle } from '@/import/exporter'
import { readImportFile, validateItems } from '@/import/read'

import { baseURL } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Issue 17, the round trip: our HSDS output, read by the importer, gives back the public part of
 * every public listing (the same fields, values, ids and references), compared with the
 * importer's own export of the same listings. A paid listing's rate is internal and not in the
 * output, so the Danish rule "a paid offer has a rate" is the one refusal such a listing meets.
 */

type Json = Record<string, unknown>
const dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-hsds-roundtrip-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sorted = (value: unknown) => [...((value as unknown[]) ?? [])].map(String).sort()

describe('HSDS round trip', () => {
  it('gives back every public listing from our own HSDS output', async () => {
    const payload = await getTestPayload()
    const contents: Json[] = []
    for (let page = 1; ; page++) {
      const response = await fetch(
        `${baseURL()}/api/hsds/services?full=true&per_page=200&page=${page}`,
      )
      const body = (await response.json()) as Json
      contents.push(...(body.contents as Json[]))
      if (body.last_page) break
    }
    const organizations: Json[] = []
    for (let page = 1; ; page++) {
      const response = await fetch(
        `${baseURL()}/api/hsds/organizations?full=true&per_page=200&page=${page}`,
      )
      const body = (await response.json()) as Json
      organizations.push(...(body.contents as Json[]))
      if (body.last_page) break
    }
    const organizationOf = new Map(organizations.map((o) => [o.id as string, o]))
    const file = path.join(dir, 'services.json')
    writeFileSync(
      file,
      JSON.stringify(
        {
          total_items: contents.length,
          total_pages: 1,
          page_number: 1,
          size: contents.length,
          first_page: true,
          last_page: true,
          empty: false,
          contents: contents.map((s) => ({
            ...s,
            organization: organizationOf.get(s.organization_id as string),
          })),
        },
        null,
        2,
      ),
    )
    const read = await readImportFile(file)
    const validated = validateItems('services.json', read.items)

    const exported = await exportBundle(payload)
    const members = (
      await payload.find({
        collection: 'municipalities',
        where: { networkMember: { equals: true } },
        pagination: false,
        depth: 0,
      })
    ).docs.map((m) => m.code)
    const ours = exported.listings.filter(
      (l) => (l as Json).visibility === 'public' && (l as Json).status === 'published',
    ) as Json[]
    expect(ours.length).toBeGreaterThan(20)
    expect(contents.length).toBe(ours.length)

    const back = new Map((validated.bundle.listings as Json[]).map((l) => [l.hsdsId as string, l]))
    const rawBack = new Map(
      read.items
        .filter((i) => i.section === 'listings')
        .map((i) => [(i.raw as Json).hsdsId as string, i.raw as Json]),
    )
    const organizationKey = new Map(
      (exported.organizations as Json[]).map((o) => [o.externalId as string, o.hsdsId as string]),
    )
    let compared = 0
    for (const listing of ours) {
      const id = listing.hsdsId as string
      const cost = listing.cost as Json
      const refusals = validated.issues.filter((i) => i.id === `hsds:${id}`).map((i) => i.field)
      if (cost.type === 'paid') expect(refusals, listing.title as string).toEqual(['cost.rateDkk'])
      else expect(refusals, listing.title as string).toEqual([])
      const item = back.get(id) ?? rawBack.get(id)
      expect(item, `listing ${listing.externalId} came back`).toBeDefined()
      const got = item as Json
      const referral = listing.referral as Json
      const capacity = listing.capacity as Json
      const kindField =
        listing.kind === 'offer'
          ? 'offerType'
          : listing.kind === 'mentor'
            ? 'mentorType'
            : 'schoolType'
      expect(
        {
          kind: got.kind,
          type: got[kindField],
          title: got.title,
          summary: got.summary,
          description: got.description,
          provider: String(got.provider).replace(/^hsds:/, ''),
          ageMin: got.ageMin,
          ageMax: got.ageMax,
          topics: sorted(got.topics),
          legalBasis: sorted(got.legalBasis),
          coverage: sorted(got.coverage),
          languages: sorted(got.languages),
          referral: got.referral,
          cost: (got.cost as Json).type,
          capacity: got.capacity,
          contacts: got.contacts,
          locations: got.locations,
          evidence: (got.evidence as Json).level,
          lastVerifiedAt: got.lastVerifiedAt,
        },
        listing.externalId as string,
      ).toEqual({
        kind: listing.kind,
        type: listing[kindField],
        title: listing.title,
        summary: listing.summary,
        description: listing.description,
        provider: organizationKey.get(listing.provider as string),
        ageMin: listing.ageMin,
        ageMax: listing.ageMax,
        topics: sorted(listing.topics),
        legalBasis: sorted(listing.legalBasis),
        coverage: listing.wholeNetwork ? sorted(members) : sorted(listing.coverage),
        languages: sorted(listing.languages),
        referral: {
          howTo: referral.howTo,
          municipalDecisionRequired: referral.municipalDecisionRequired,
          selfReferral: referral.selfReferral,
        },
        cost: cost.type,
        capacity: Object.fromEntries(Object.entries(capacity).filter(([, v]) => v !== undefined)),
        contacts: ((listing.contacts as Json[]) ?? [])
          .filter((c) => !c.internal)
          .map(({ internal: _internal, ...c }) =>
            Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined && v !== null)),
          ),
        locations: ((listing.locations as Json[]) ?? []).map((l) =>
          Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined && v !== null)),
        ),
        evidence: (listing.evidence as Json | undefined)?.level,
        lastVerifiedAt: listing.lastVerifiedAt,
      })
      compared++
    }
    expect(compared).toBe(ours.length)
  }, 180_000)
})

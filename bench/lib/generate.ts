/**
 * Realistic listings for benchmarks: Danish titles and texts built from the vocabulary of the
 * field, spread over the sample content's organizations, topics, legal bases and member
 * municipalities, with the mix of kinds, ages, prices, capacity and visibility of the real data.
 * Deterministic (seeded), and written with search sync off: the benchmark reindexes afterwards.
 */
import type { Payload } from 'payload'

import { listingCollections } from '../../src/domain/options'
import { SKIP_SEARCH_SYNC } from '../../src/search/plugin'
import { textToLexical } from '../../src/utilities/richText'

const needs = [
  'Angstbehandling',
  'Familiebehandling',
  'Skolementor',
  'Aflastning',
  'Kontaktperson',
  'Forældretræning',
  'Gruppeforløb om sorg',
  'Støtte ved skolevægring',
  'Traumebehandling',
  'Netværksgruppe',
  'Fritidsmentor',
  'Heltidsundervisning',
  'Dagbehandling',
  'Søskendegruppe',
  'Rådgivning om ADHD',
  'Autismevenlig fritid',
  'Misbrugsbehandling',
  'Selvskadeforløb',
  'Ungementor',
  'Familierådslagning',
  'Specialklasse',
  'Efterskoleophold',
  'Weekendaflastning',
]
const targets = [
  'for børn i indskolingen',
  'for unge 13-17 år',
  'for småbørnsfamilier',
  'for hjemmesiddere',
  'for unge med autisme',
  'for børn af psykisk syge forældre',
  'for nyankomne familier',
  'for piger',
  'for drenge',
  'for unge på vej mod uddannelse',
  'for forældre i konflikt',
]
const places = ['Køge', 'Roskilde', 'Greve', 'Solrød', 'Stevns', 'Faxe', 'Lejre', 'Ringsted']
const sentences = [
  'Forløbet bygger på faste aftaler og en voksen, barnet kender.',
  'Vi samarbejder tæt med skolen, PPR og familien.',
  'Henvisning sker via kommunens myndighedsrådgiver efter Barnets Lov.',
  'Der arbejdes med kognitive metoder og konkrete mål, som evalueres hver tredje måned.',
  'Familien kan selv henvende sig for en uforpligtende samtale.',
  'Tilbuddet har fokus på trivsel, fællesskab og at komme tilbage i skole.',
  'Forældrene inddrages undervejs, og netværket styrkes.',
  'Der er mulighed for tolk, og materialet findes på flere sprog.',
]

function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

export type Ids = {
  organizations: number[]
  topics: number[]
  legalBases: number[]
  members: number[]
}

async function referenceIds(payload: Payload): Promise<Ids> {
  const ids = async (collection: 'organizations' | 'topics' | 'legal-bases') =>
    (
      await payload.find({ collection, select: {}, depth: 0, pagination: false, draft: false })
    ).docs.map((doc) => doc.id)
  const { docs: members } = await payload.find({
    collection: 'municipalities',
    where: { networkMember: { equals: true } },
    select: {},
    depth: 0,
    pagination: false,
  })
  return {
    organizations: await ids('organizations'),
    topics: await ids('topics'),
    legalBases: await ids('legal-bases'),
    members: members.map((doc) => doc.id),
  }
}

/** Creates listings until there are `target` in all; returns how many were created. */
export async function ensureListings(
  payload: Payload,
  target: number,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let existing = 0
  for (const collection of listingCollections) {
    existing += (await payload.count({ collection })).totalDocs
  }
  const missing = Math.max(0, target - existing)
  if (missing === 0) return 0
  const ids = await referenceIds(payload)
  const rand = random(existing + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const some = <T>(list: readonly T[], max: number) => {
    const count = 1 + Math.floor(rand() * max)
    return [...new Set(Array.from({ length: count }, () => pick(list)))]
  }
  let done = 0
  let started = 0
  const worker = async () => {
    while (started < missing) {
      const n = existing + started++
      await createOne(n)
      done++
      if (done % 250 === 0 || done === missing) onProgress?.(done, missing)
    }
  }
  const createOne = async (n: number) => {
    const kindRoll = rand()
    const collection = kindRoll < 0.6 ? 'offers' : kindRoll < 0.8 ? 'mentors' : 'school-options'
    const ageMin = Math.floor(rand() * 16)
    const ageMax = Math.min(25, ageMin + 2 + Math.floor(rand() * 8))
    const paid = rand() < 0.4
    const capacityRoll = rand()
    const wholeNetwork = rand() < 0.1
    const place = pick(places)
    const title = `${pick(needs)} ${pick(targets)} i ${place} (${n})`
    const data: Record<string, unknown> = {
      title,
      summary: `${pick(sentences)} ${pick(sentences)}`,
      description: textToLexical(
        Array.from({ length: 4 }, () => pick(sentences)).join(' ') + `\n\n${pick(sentences)}`,
      ),
      provider: pick(ids.organizations),
      ageMin,
      ageMax,
      topics: some(ids.topics, 3),
      legalBasis: some(ids.legalBases, 2),
      languages: rand() < 0.8 ? ['da'] : ['da', pick(['en', 'ar', 'uk', 'so'])],
      wholeNetwork,
      coverage: wholeNetwork ? [] : some(ids.members, 3),
      referral: {
        howTo: 'Kontakt myndighedsrådgiveren i din kommune, som vurderer behovet.',
        municipalDecisionRequired: rand() < 0.6,
        selfReferral: rand() < 0.4,
      },
      cost: paid
        ? { type: 'paid', rateDkk: 500 + Math.floor(rand() * 5000), rateUnit: 'hour' }
        : { type: 'free' },
      capacity:
        capacityRoll < 0.6
          ? { status: 'open', asOf: '2026-11-01' }
          : capacityRoll < 0.85
            ? { status: 'waitlist', waitingWeeks: 1 + Math.floor(rand() * 12), asOf: '2026-11-01' }
            : { status: 'full', asOf: '2026-11-01' },
      locations: [
        {
          name: `${place} afdeling`,
          address: `Skolevej ${1 + (n % 80)}`,
          postalCode: '4600',
          city: place,
          municipality: pick(ids.members),
        },
      ],
      visibility: rand() < 0.85 ? 'public' : 'internal',
      _status: 'published',
      lastVerifiedAt: '2026-10-01',
    }
    if (collection === 'offers') {
      data.offerType = pick([
        'home-support',
        'family-treatment',
        'treatment',
        'group-course',
        'respite',
      ])
    } else if (collection === 'mentors') {
      data.mentorType = pick(['volunteer', 'professional'])
    } else {
      data.schoolType = pick(['special-school', 'special-class', 'day-treatment'])
      data.gradeFrom = 0
      data.gradeTo = 10
    }
    await payload.create({
      collection,
      data: data as never,
      context: { [SKIP_SEARCH_SYNC]: true },
      // access: benchmark data written by the benchmark itself.
      overrideAccess: true,
    })
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return missing
}

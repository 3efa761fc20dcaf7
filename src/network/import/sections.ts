import { z } from 'zod'

import { visibilityValues } from '@/domain/options'
import { externalId, municipalityCode, slugify } from '@/domain/rules'
import { list, optionalText, text } from '@/import/fields'
import { compact, day, defineSection, type ExportContext } from '@/import/section'

import { agendaMinutes, networkSlug, productLink } from '../domain'
import {
  activityGenreValues,
  activityStatusValues,
  agendaPurposeValues,
  followUpStatusValues,
  networkFormalityValues,
  networkTaskValues,
} from '../options'

/**
 * The network's sample content (and any network's) in the exchange format: networks with their
 * kommissorium, the annual plan's activities and the meetings. People are professionals by name
 * and title; the demo seed links the demo users to the sample network (src/network/demo.ts).
 */

const isoDay = z.iso.date('Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2027-03-01.')
const isoDateTime = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)$/,
    'Tidspunktet skal skrives som ÅÅÅÅ-MM-DDTtt:mm med tidszone, fx 2027-03-01T09:00+01:00.',
  )
  .transform((value) => new Date(value).toISOString())

const person = z.object({ name: text('Personen mangler et navn.'), title: optionalText }).strict()

const enumOf = <V extends string>(values: readonly [V, ...V[]], what: string) =>
  z.enum(values, { message: `${what} skal være en af: ${values.join(', ')}.` })

export const networkInput = z
  .object({
    externalId,
    name: text('Netværket mangler et navn.'),
    slug: networkSlug.optional(),
    summary: optionalText.pipe(
      z.string().max(400, 'Beskrivelsen må højst være 400 tegn.').optional(),
    ),
    formality: enumOf(networkFormalityValues, 'formality'),
    task: enumOf(networkTaskValues, 'task'),
    visibility: enumOf(visibilityValues, 'visibility'),
    memberMunicipalities: list(municipalityCode),
    steeringGroup: list(person),
    secretariat: list(person),
    kommissorium: z
      .object({
        purpose: optionalText,
        background: optionalText,
        content: optionalText,
        decisionAuthority: optionalText,
        expectedResults: optionalText,
        coherence: optionalText,
        resources: z
          .object({ economy: optionalText, time: optionalText, competence: optionalText })
          .strict()
          .default({}),
        organisation: optionalText,
        evaluation: z.object({ text: optionalText, date: isoDay.optional() }).strict().default({}),
        approvedOn: isoDay.optional(),
        approvedBy: optionalText,
      })
      .strict()
      .default({ resources: {}, evaluation: {} }),
  })
  .strict()
export type NetworkInput = z.infer<typeof networkInput>

const peopleOut = (list: unknown) =>
  ((list as Array<{ name?: string | null; title?: string | null; user?: unknown }> | null) ?? [])
    .filter((p) => p.name)
    .map((p) => compact({ name: String(p.name), title: p.title ?? undefined }))

export const networks = defineSection({
  name: 'networks',
  labels: { one: 'netværk', many: 'netværk', english: 'networks' },
  schema: networkInput,
  keyField: 'externalId',
  collections: ['networks'],
  uniqueSlugs: true,
  // A slug made from the name must not take a reserved page either (e.g. a network "Opfølgning").
  check: (n) => {
    if (n.slug) return []
    const made = networkSlug.safeParse(slugify(n.name))
    return made.success ? [] : [{ field: 'name', message: made.error.issues[0]!.message }]
  },
  references: [
    {
      field: 'memberMunicipalities',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (n) => n.memberMunicipalities,
    },
  ],
  toData: (n, context) => ({
    externalId: n.externalId,
    name: n.name,
    slug: context.uniqueSlug('networks', n.slug ?? slugify(n.name), n.externalId),
    summary: n.summary ?? null,
    formality: n.formality,
    task: n.task,
    visibility: n.visibility,
    memberMunicipalities: context.ids('municipalities', n.memberMunicipalities),
    steeringGroup: n.steeringGroup.map((p) => ({ name: p.name, title: p.title ?? null })),
    secretariat: n.secretariat.map((p) => ({ name: p.name, title: p.title ?? null })),
    kommissorium: {
      ...n.kommissorium,
      evaluation: {
        text: n.kommissorium.evaluation.text ?? null,
        date: n.kommissorium.evaluation.date ?? null,
      },
      approvedOn: n.kommissorium.approvedOn ?? null,
    },
  }),
  exportItem: (n, context) => {
    const k = (n.kommissorium ?? {}) as Record<string, unknown> & {
      resources?: Record<string, string | null>
      evaluation?: { text?: string | null; date?: string | null }
    }
    return compact({
      externalId: String(n.externalId),
      name: String(n.name),
      slug: String(n.slug) === slugify(String(n.name)) ? undefined : String(n.slug),
      summary: (n.summary as string) ?? undefined,
      formality: n.formality as 'formal',
      task: n.task as 'open',
      visibility: n.visibility as 'public',
      memberMunicipalities: context.keys('municipalities', n.memberMunicipalities),
      steeringGroup: peopleOut(n.steeringGroup),
      secretariat: peopleOut(n.secretariat),
      kommissorium: {
        purpose: k.purpose,
        background: k.background,
        content: k.content,
        decisionAuthority: k.decisionAuthority,
        expectedResults: k.expectedResults,
        coherence: k.coherence,
        resources: k.resources
          ? {
              economy: k.resources.economy,
              time: k.resources.time,
              competence: k.resources.competence,
            }
          : undefined,
        organisation: k.organisation,
        evaluation: { text: k.evaluation?.text, date: day(k.evaluation?.date) },
        approvedOn: day(k.approvedOn),
        approvedBy: k.approvedBy,
      },
    })
  },
})

export const networkActivityInput = z
  .object({
    externalId,
    network: externalId,
    title: text('Aktiviteten mangler en titel.'),
    purpose: text('Aktiviteten mangler et formål.'),
    genre: enumOf(activityGenreValues, 'genre'),
    expectedProduct: text('Aktiviteten mangler et forventet produkt.'),
    startsAt: isoDateTime,
    endsAt: isoDateTime.optional(),
    hostMunicipality: municipalityCode.optional(),
    place: optionalText,
    responsibleName: optionalText,
    status: enumOf(activityStatusValues, 'status').default('planned'),
    products: list(
      z.object({ label: text('Produktet mangler en tekst.'), url: productLink }).strict(),
    ),
  })
  .strict()
  .refine((a) => !a.endsAt || a.endsAt > a.startsAt, {
    message: 'Aktiviteten kan ikke slutte, før den starter.',
    path: ['endsAt'],
  })

export const networkActivities = defineSection({
  name: 'networkActivities',
  labels: { one: 'aktivitet', many: 'aktiviteter i årsplaner', english: 'network activities' },
  schema: networkActivityInput,
  keyField: 'externalId',
  collections: ['network-activities'],
  references: [
    { field: 'network', to: 'networks', what: 'netværk', keys: (a) => [a.network] },
    {
      field: 'hostMunicipality',
      to: 'municipalities',
      what: 'kommunekode',
      keys: (a) => [a.hostMunicipality],
    },
  ],
  toData: (a, context) => ({
    externalId: a.externalId,
    network: context.id('networks', a.network),
    title: a.title,
    purpose: a.purpose,
    genre: a.genre,
    expectedProduct: a.expectedProduct,
    startsAt: a.startsAt,
    endsAt: a.endsAt ?? null,
    hostMunicipality: context.id('municipalities', a.hostMunicipality) ?? null,
    place: a.place ?? null,
    responsibleName: a.responsibleName ?? null,
    status: a.status,
    products: a.products,
  }),
  exportItem: (a, context: ExportContext) =>
    compact({
      externalId: String(a.externalId),
      network: context.key('networks', a.network)!,
      title: String(a.title),
      purpose: String(a.purpose),
      genre: a.genre as 'andet',
      expectedProduct: String(a.expectedProduct),
      startsAt: String(a.startsAt),
      endsAt: (a.endsAt as string) ?? undefined,
      hostMunicipality: context.key('municipalities', a.hostMunicipality),
      place: (a.place as string) ?? undefined,
      responsibleName: (a.responsibleName as string) ?? undefined,
      status: a.status as 'planned',
      products: ((a.products as Array<{ label: string; url: string }> | null) ?? []).map((p) => ({
        label: p.label,
        url: p.url,
      })),
    }),
})

export const networkMeetingInput = z
  .object({
    externalId,
    network: externalId,
    title: text('Mødet mangler en titel.'),
    startsAt: isoDateTime,
    place: optionalText,
    activity: externalId.optional(),
    agenda: list(
      z
        .object({
          title: text('Et punkt på dagsordenen mangler en titel.'),
          purpose: enumOf(agendaPurposeValues, 'purpose'),
          minutes: agendaMinutes,
          description: optionalText,
          presenter: optionalText,
        })
        .strict(),
    ),
    speakers: list(
      z
        .object({
          name: text('Oplægsholderen mangler et navn.'),
          title: optionalText,
          topic: optionalText,
        })
        .strict(),
    ),
    minutes: z
      .object({
        summary: optionalText,
        decisions: list(text('En beslutning mangler tekst.')),
        followUps: list(
          z
            .object({
              what: text('En opfølgning mangler tekst.'),
              // A user of the portal (by e-mail), or a name, or both.
              responsible: z.string().trim().toLowerCase().email('Ugyldig e-mail.').optional(),
              responsibleName: optionalText,
              due: isoDay,
              status: enumOf(followUpStatusValues, 'status').default('open'),
            })
            .strict(),
        ),
      })
      .strict()
      .default({ decisions: [], followUps: [] }),
  })
  .strict()

export const networkMeetings = defineSection({
  name: 'networkMeetings',
  labels: { one: 'netværksmøde', many: 'netværksmøder', english: 'network meetings' },
  schema: networkMeetingInput,
  keyField: 'externalId',
  collections: ['network-meetings'],
  references: [
    { field: 'network', to: 'networks', what: 'netværk', keys: (m) => [m.network] },
    { field: 'activity', to: 'networkActivities', what: 'aktivitet', keys: (m) => [m.activity] },
    {
      field: 'minutes.followUps.responsible',
      to: 'users',
      what: 'bruger (e-mail)',
      keys: (m) => m.minutes.followUps.map((f) => f.responsible),
    },
  ],
  toData: (m, context) => ({
    externalId: m.externalId,
    network: context.id('networks', m.network),
    title: m.title,
    startsAt: m.startsAt,
    place: m.place ?? null,
    activity: context.id('networkActivities', m.activity) ?? null,
    agenda: m.agenda,
    speakers: m.speakers,
    minutes: {
      summary: m.minutes.summary ?? null,
      decisions: m.minutes.decisions.map((text) => ({ text })),
      followUps: m.minutes.followUps.map(({ responsible, ...followUp }) => ({
        ...followUp,
        responsible: context.id('users', responsible) ?? null,
      })),
    },
  }),
  exportItem: (m, context: ExportContext) => {
    const minutes = (m.minutes ?? {}) as {
      summary?: string | null
      decisions?: Array<{ text: string }> | null
      followUps?: Array<{
        what: string
        responsible?: number | null
        responsibleName?: string | null
        due: string
        status: string
      }> | null
    }
    return compact({
      externalId: String(m.externalId),
      network: context.key('networks', m.network)!,
      title: String(m.title),
      startsAt: String(m.startsAt),
      place: (m.place as string) ?? undefined,
      activity: context.key('network-activities', m.activity),
      agenda: ((m.agenda as Array<Record<string, unknown>> | null) ?? []).map((item) =>
        compact({
          title: String(item.title),
          purpose: item.purpose as 'orientering',
          minutes: Number(item.minutes),
          description: (item.description as string) ?? undefined,
          presenter: (item.presenter as string) ?? undefined,
        }),
      ),
      speakers: ((m.speakers as Array<Record<string, unknown>> | null) ?? []).map((s) =>
        compact({
          name: String(s.name),
          title: (s.title as string) ?? undefined,
          topic: (s.topic as string) ?? undefined,
        }),
      ),
      minutes: {
        summary: minutes.summary ?? undefined,
        decisions: (minutes.decisions ?? []).map((d) => d.text),
        followUps: (minutes.followUps ?? []).map((f) => ({
          what: f.what,
          responsible: context.key('users', f.responsible),
          responsibleName: f.responsibleName || undefined,
          due: day(f.due)!,
          status: f.status as 'open',
        })),
      },
    })
  },
})

import type { Config, Plugin } from 'payload'

import { openItemsByAgeSection } from '@/overview/builtins'
import { addOverviewSection } from '@/overview/sections'

import { REVIEW_TASKS, reviewTaskKinds } from './kinds'

/**
 * Review tasks beyond their collection (./collection.ts, listed in payload.config.ts so the input
 * checks cover it): the open tasks by kind and age in the secretariat's Overblik. The owners'
 * daily reminder digest lists their open tasks (src/freshness/reminders.ts).
 */
export const reviewTasksPlugin =
  (): Plugin =>
  (config: Config): Config =>
    addOverviewSection(
      config,
      openItemsByAgeSection({
        key: 'review-tasks',
        title: 'Åbne opgaver',
        tableKey: 'opgaver',
        collection: REVIEW_TASKS,
        kindField: 'kind',
        rowLabel: 'Opgave',
        rowKinds: Object.entries(reviewTaskKinds).map(([key, label]) => ({ key, label })),
        openWhere: [{ field: 'status', op: 'equals', value: 'open' }],
        empty: 'Ingen åbne opgaver.',
      }),
    )

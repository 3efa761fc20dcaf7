import type { CollectionConfig, Config, Plugin } from 'payload'

import { NetworkCalendarLinks } from './calendar/links'
import { NetworkActivities } from './collections/NetworkActivities'
import { NetworkMeetings } from './collections/NetworkMeetings'
import { Networks } from './collections/Networks'
import { networkRemindersTask } from './reminders/task'

/**
 * The network's own work (issue 18): networks with their kommissorium, the annual plan and the
 * meetings, the daily reminders (evaluation date, follow-ups) and "start from a copy". Put before
 * the input checks in payload.config.ts, so that those (CPR refusal, JSON types) cover its text.
 */
export const networksPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      // Typed per collection where they are defined; a plugin's list holds them untyped.
      Networks as CollectionConfig,
      NetworkActivities as CollectionConfig,
      NetworkMeetings as CollectionConfig,
      NetworkCalendarLinks,
    ],
    jobs: {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), networkRemindersTask],
    },
  })

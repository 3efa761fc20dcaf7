import type { CollectionConfig, Config, Plugin } from 'payload'

import { addOverviewSection } from '@/overview/sections'

import { scheduledNotesSection } from './overviewSection'

export const SCHEDULED_COLLECTION = 'legislation-notes'

/**
 * Notes scheduled for their day: turns on Payload's scheduled publishing for legislation notes
 * (the admin's »Planlæg offentliggørelse« next to the publish button). Payload queues a
 * `schedulePublish` job on the `default` queue with `waitUntil` at the chosen time; the portal's
 * one jobs runner (src/jobs/runner.ts) works every queue, so the note goes public at that time
 * with nobody present, under `npm start` as in tests (runDueJobs). The job publishes as the
 * consultant who scheduled it, with their access. The Overblik lists what is scheduled.
 */
export const scheduledNotesPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.slug !== SCHEDULED_COLLECTION) return collection
      const versions = typeof collection.versions === 'object' ? collection.versions : {}
      const drafts = typeof versions.drafts === 'object' ? versions.drafts : {}
      return {
        ...collection,
        versions: { ...versions, drafts: { ...drafts, schedulePublish: true } },
      }
    })
    if (!collections.some((collection) => collection.slug === SCHEDULED_COLLECTION)) {
      throw new Error(`scheduledNotesPlugin: no collection "${SCHEDULED_COLLECTION}"`)
    }
    return addOverviewSection({ ...config, collections }, scheduledNotesSection)
  }

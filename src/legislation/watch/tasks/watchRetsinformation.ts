import type { TaskConfig } from 'payload'

import { jobClockNow } from '@/freshness/clock'

import { retsinformationSource } from '../client'
import type { WatchOptions } from '../plugin'
import { runRetsinformationWatch } from '../watch'

export const WATCH_TASK = 'watchRetsinformation'

/**
 * Four times a day (04:20, 10:20, 16:20 and 22:20 UTC), when RETSINFORMATION_URL is set: reads the
 * ELI update feed and every cited act's metadata (src/legislation/watch/watch.ts). A run that
 * could not read some act tries again at the next one, so an outage of Retsinformation costs
 * hours, not a day. Without a URL (the embedded start: no internet) the task has no schedule and
 * does nothing when queued by hand. One run at a time across servers.
 */
export const watchRetsinformationTask = (
  options: WatchOptions,
): TaskConfig<{
  input: Record<string, never>
  output: { acts: number; checked: number; failed: number; opened: number; skipped: boolean }
}> => ({
  slug: WATCH_TASK,
  label: 'Retsinformation: se efter ændrede og ophævede love',
  inputSchema: [],
  outputSchema: [
    { name: 'acts', type: 'number' },
    { name: 'checked', type: 'number' },
    { name: 'failed', type: 'number' },
    { name: 'opened', type: 'number' },
    { name: 'skipped', type: 'checkbox' },
  ],
  retries: { attempts: 2, backoff: { type: 'exponential', delay: 10 * 60_000 } },
  concurrency: { key: () => 'retsinformation:watch', exclusive: true },
  schedule: options.baseUrl ? [{ cron: '20 4,10,16,22 * * *', queue: 'default' }] : [],
  handler: async ({ req }) => {
    if (!options.baseUrl) {
      return { output: { acts: 0, checked: 0, failed: 0, opened: 0, skipped: true } }
    }
    const report = await runRetsinformationWatch(req.payload, {
      source: retsinformationSource({
        baseUrl: options.baseUrl,
        timeoutMs: options.timeoutSeconds * 1000,
      }),
      now: jobClockNow(),
    })
    req.payload.logger.info(
      `Retsinformation watch: ${report.checked} of ${report.acts} acts checked, ${report.failed} failed, ${report.opened} tasks opened`,
    )
    return {
      output: {
        acts: report.acts,
        checked: report.checked,
        failed: report.failed,
        opened: report.opened,
        skipped: false,
      },
    }
  },
})

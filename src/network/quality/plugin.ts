import type { Config, Plugin } from 'payload'

import { QualityAnswers, QualityIndicatorSets } from './collections'

/**
 * Cooperation quality (issue 18, after seed 002): indicator sets and the member municipalities'
 * yearly answers. Put before the input checks, so that they (CPR refusal) cover the comments.
 */
export const qualityPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), QualityIndicatorSets, QualityAnswers],
  })

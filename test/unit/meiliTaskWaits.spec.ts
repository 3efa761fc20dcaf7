import { MeilisearchTaskTimeOutError } from 'meilisearch'
import { describe, expect, it } from 'vitest'

import {
  DEFAULT_TASK_TIMEOUT_SECONDS,
  isTaskTimeout,
  meiliTaskTimeoutMs,
  taskWait,
} from '../../src/search/indexing/taskWaits'

describe('waits for Meilisearch tasks', () => {
  it('waits far longer than the client default of 5 s, configurable by MEILI_TASK_TIMEOUT_SECONDS', () => {
    expect(meiliTaskTimeoutMs({}, undefined)).toBe(DEFAULT_TASK_TIMEOUT_SECONDS * 1000)
    expect(meiliTaskTimeoutMs({}, undefined)).toBeGreaterThanOrEqual(60_000)
    expect(meiliTaskTimeoutMs({}, '300')).toBe(300_000)
    // Nonsense falls back to the default instead of waiting 0 ms.
    for (const bad of ['', 'abc', '0', '-5']) {
      expect(meiliTaskTimeoutMs({}, bad)).toBe(DEFAULT_TASK_TIMEOUT_SECONDS * 1000)
    }
  })

  it('grows with the number of documents a task writes, up to an hour', () => {
    const small = meiliTaskTimeoutMs({ documents: 10 }, '60')
    const large = meiliTaskTimeoutMs({ documents: 10_000 }, '60')
    expect(small).toBeGreaterThan(60_000)
    expect(large - 60_000).toBe(1000 * (small - 60_000))
    expect(meiliTaskTimeoutMs({ documents: 10_000_000 }, '60')).toBe(3_600_000)
    expect(taskWait({ documents: 10_000 }).timeout).toBeGreaterThan(taskWait().timeout)
  })

  it('polls a small write often and a large one less often', () => {
    expect(taskWait({ documents: 1 }).interval).toBe(25)
    expect(taskWait().interval).toBe(25)
    expect(taskWait({ documents: 1000 }).interval).toBe(200)
    expect(taskWait({ documents: 100_000 }).interval).toBe(200)
  })

  it('tells a wait that ran out from a failed task', () => {
    expect(isTaskTimeout(new MeilisearchTaskTimeOutError(7, 5000))).toBe(true)
    expect(isTaskTimeout(new Error('index_not_found'))).toBe(false)
  })
})

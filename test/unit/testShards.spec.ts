import { describe, expect, it } from 'vitest'

import { splitByDuration } from '../helpers/shards'

describe('splitting the service tests over shards', () => {
  it('balances by measured time, longest first', () => {
    const shards = splitByDuration(
      ['a', 'b', 'c', 'd', 'e'],
      { a: 300, b: 200, c: 150, d: 100, e: 40 },
      2,
    )
    // 300 → 1; 200 → 2; 150 → 2 (350); 100 → 1 (400); 40 → 2 (390).
    expect(shards).toEqual([
      ['a', 'd'],
      ['b', 'c', 'e'],
    ])
  })

  it('counts a file without a measurement as the median, and keeps every file once', () => {
    const files = ['new', 'x', 'y', 'z']
    const shards = splitByDuration(files, { x: 10, y: 20, z: 90 }, 2)
    expect(shards.flat().sort()).toEqual(files)
    // z (90) alone; the rest (20 + 20 + 10) together.
    expect(shards).toEqual([['z'], ['new', 'x', 'y']])
  })

  it('leaves out empty shards and runs everything in one when asked', () => {
    expect(splitByDuration(['a'], {}, 3)).toEqual([['a']])
    expect(splitByDuration(['b', 'a'], { a: 1, b: 2 }, 1)).toEqual([['a', 'b']])
  })
})

/** How `npm test` (test/run.ts) splits the service test files over shards that run side by side. */

/**
 * Longest first, each file to the shard with the least work so far (a file without a measured time
 * counts as the median). Empty shards are left out.
 */
export function splitByDuration(
  files: string[],
  durations: Record<string, number>,
  shards: number,
): string[][] {
  const known = files.map((file) => durations[file]).filter((d): d is number => d !== undefined)
  const sorted = [...known].sort((a, b) => a - b)
  const fallback = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 1
  const weighted = files
    .map((file) => ({ file, seconds: durations[file] ?? fallback }))
    .sort((a, b) => b.seconds - a.seconds || a.file.localeCompare(b.file))
  const bins = Array.from({ length: shards }, () => ({ files: [] as string[], seconds: 0 }))
  for (const { file, seconds } of weighted) {
    const lightest = bins.reduce((min, bin) => (bin.seconds < min.seconds ? bin : min))
    lightest.files.push(file)
    lightest.seconds += seconds
  }
  return bins.map((bin) => bin.files.sort()).filter((bin) => bin.length > 0)
}

/**
 * Peak memory of the processes a benchmark runs, from Linux's own record: `VmHWM` in
 * /proc/<pid>/status is the resident set's high-water mark since the process started, so reading
 * it once at the end gives the peak without sampling. Off Linux the values are unknown (null).
 */
import { readdirSync, readFileSync } from 'node:fs'

/** The peak resident set of a process in bytes, or null when it cannot be read. */
export function peakRss(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

function processes(): Array<{ pid: number; ppid: number; args: string }> {
  let names: string[]
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return []
  }
  return names.flatMap((name) => {
    try {
      // The command name (field 2) may hold spaces and parentheses: ppid follows the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim()
      return [{ pid: Number(name), ppid, args }]
    } catch {
      return []
    }
  })
}

/** `pid` and every process below it. */
export function processTree(pid: number): number[] {
  const all = processes()
  const tree = [pid]
  for (let i = 0; i < tree.length; i++)
    for (const p of all) if (p.ppid === tree[i] && !tree.includes(p.pid)) tree.push(p.pid)
  return tree
}

/** The largest peak in a process tree: the Next server process under `next start`'s launcher. */
export function peakRssOfTree(pid: number): number | null {
  const peaks = processTree(pid).flatMap((p) => peakRss(p) ?? [])
  return peaks.length ? Math.max(...peaks) : null
}

/** The Meilisearch process that keeps its data under `dataDir` (not another checkout's). */
export function meilisearchPid(dataDir: string): number | null {
  const found = processes().find(
    (p) => /meilisearch/.test(p.args.split(' ')[0] ?? '') && p.args.includes(`${dataDir}/`),
  )
  return found?.pid ?? null
}

export const mib = (bytes: number | null) =>
  bytes === null ? '–' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`

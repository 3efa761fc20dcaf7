/**
 * ELI identifiers of Danish acts as Retsinformation publishes them: `/eli/<collection>/<year>/
 * <number>`, e.g. `https://www.retsinformation.dk/eli/lta/2023/721` (Barnets Lov). The register of
 * legal bases stores the whole link; the watch keys an act by its path, so `www.` or not, a
 * trailing `/xml`, `/dan` or `.rdfa` all name the same act.
 */

const ELI_PATH = /\/eli\/(lta|ltb|ltc|accn|mt|ft|retsinfo)\/(\d{4})\/([0-9A-Za-z-]+)/

export type ActPath = `/eli/${string}`

/** The act's path (`/eli/lta/2023/721`), or null when the text holds no ELI of an act. */
export function actPath(eli: string | null | undefined): ActPath | null {
  if (typeof eli !== 'string') return null
  const match = ELI_PATH.exec(eli.trim())
  if (!match) return null
  return `/eli/${match[1]}/${match[2]}/${match[3]}` as ActPath
}

/** The public link to an act on Retsinformation (always the public site, whatever the watch reads). */
export const publicActUrl = (path: ActPath) => `https://www.retsinformation.dk${path}`

/** Year and number of an act's path: `/eli/lta/2025/1234` → { year: '2025', number: '1234' }. */
export function actNumber(path: ActPath): { year: string; number: string } {
  const [, , , year = '', number = ''] = path.split('/')
  return { year, number }
}

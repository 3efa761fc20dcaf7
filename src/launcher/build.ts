import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { UserFacingError } from './errors'
import { log } from './log'
import { projectRoot } from './paths'
import { spawnManaged, waitForExit } from './processes'

/** What a production build is made from; a change to any of these makes the build stale. */
const BUILD_INPUTS = [
  'src',
  'content/synonyms.json',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
]
const STAMP_FILE = path.join(projectRoot, '.next', 'videnportal-build.json')

/** The launcher and the backup CLI run outside Next: changing them needs no new build. */
const NOT_BUILT = new Set(['src/launcher', 'src/ops/backup'])

function collectFiles(entry: string, into: string[]) {
  const full = path.join(projectRoot, entry)
  if (!existsSync(full) || NOT_BUILT.has(entry)) return
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) collectFiles(path.join(entry, name), into)
  } else {
    into.push(entry)
  }
}

/** A hash of every build input's path and content. */
export function sourceHash(): string {
  const files: string[] = []
  for (const entry of BUILD_INPUTS) collectFiles(entry, files)
  const hash = createHash('sha256')
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(projectRoot, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

export function isBuildCurrent(hash = sourceHash()): boolean {
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) || !existsSync(STAMP_FILE))
    return false
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8')).hash === hash
  } catch {
    return false
  }
}

export const nextBin = () => createRequire(import.meta.url).resolve('next/dist/bin/next')

/** Runs `next build` and records which sources it was built from. */
export async function runBuild(onChild?: (child: ReturnType<typeof spawnManaged>) => void) {
  const started = Date.now()
  log.info('Building the portal (next build); this takes a minute or two the first time …')
  const child = spawnManaged(process.execPath, [nextBin(), 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  onChild?.(child)
  await waitForExit(child)
  if (child.exitCode !== 0) {
    throw new UserFacingError(
      `The build failed (exit code ${child.exitCode ?? child.signalCode}); the errors are printed above.`,
    )
  }
  // Hashed after the build: `next build` may itself rewrite tsconfig.json.
  const hash = sourceHash()
  writeFileSync(STAMP_FILE, JSON.stringify({ hash, builtAt: new Date().toISOString() }, null, 2))
  log.info(`Build done in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}

/** Builds only when no build exists or the sources changed since the last one. */
export async function ensureBuild(onChild?: (child: ReturnType<typeof spawnManaged>) => void) {
  if (isBuildCurrent()) {
    log.info('Using the existing build (sources unchanged).')
    return
  }
  await runBuild(onChild)
}

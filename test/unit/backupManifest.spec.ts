import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { parseManifest, planMigrations } from '../../src/ops/backup/manifest'
import { isEmptyDirectory, listMediaFiles, restoreMediaFiles } from '../../src/ops/backup/media'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backup-unit-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const validManifest = () => ({
  format: 'videnportal-backup',
  formatVersion: 1,
  createdAt: '2026-12-02T03:00:00.000Z',
  app: { name: 'videnportal', version: '0.1.0' },
  node: 'v20.20.2',
  postgres: '18.0',
  payload: '3.90.1',
  migrations: ['20250101_000000_initial'],
  tables: [
    {
      name: 'offers',
      columns: ['id', 'title'],
      rows: 2,
      file: 'db/offers.copy',
      bytes: 20,
      sha256: 'a'.repeat(64),
    },
  ],
  sequences: [{ name: 'offers_id_seq', value: '2', isCalled: true }],
  media: { source: 'none', files: 0, bytes: 0, entries: [] },
})

describe('the backup manifest', () => {
  it('reads a valid manifest', () => {
    expect(parseManifest(validManifest()).tables[0].name).toBe('offers')
  })

  it('refuses what is not one, naming each problem precisely', () => {
    expect(() => parseManifest({ ...validManifest(), format: 'pg_dump' })).toThrow(/format:/)
    const tampered = validManifest()
    tampered.tables[0].file = '../../etc/passwd'
    expect(() => parseManifest(tampered)).toThrow(/tables\.0\.file/)
    expect(() => parseManifest({ ...validManifest(), formatVersion: 2 })).toThrow(/formatVersion/)
    const escaping = validManifest() as Record<string, unknown>
    escaping.media = {
      source: 'files',
      files: 1,
      bytes: 1,
      entries: [{ path: 'a/../../etc/cron.d/x', bytes: 1, sha256: 'c'.repeat(64) }],
    }
    expect(() => parseManifest(escaping)).toThrow(/must stay inside the media directory/)
    expect(() => parseManifest(null)).toThrow(/not a Videnportal backup manifest/)
  })

  it('plans the migrations: the backup’s must all be known; the code’s later ones run after', () => {
    expect(planMigrations(['a', 'b'], ['a', 'b', 'c'])).toEqual({ unknown: [], later: ['c'] })
    expect(planMigrations(['a', 'b', 'x'], ['a', 'b'])).toEqual({ unknown: ['x'], later: [] })
    expect(planMigrations(['a'], ['a'])).toEqual({ unknown: [], later: [] })
  })
})

describe('media files in a backup', () => {
  it('lists every file under the media directory with size and checksum, none when it is missing', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.png'), 'png')
    expect(await listMediaFiles(dir)).toEqual([
      {
        path: 'a.png',
        bytes: 3,
        sha256: createHash('sha256').update('png').digest('hex'),
      },
    ])
    expect(await listMediaFiles(path.join(dir, 'missing'))).toEqual([])
    expect(await isEmptyDirectory(path.join(dir, 'missing'))).toBe(true)
    expect(await isEmptyDirectory(dir)).toBe(false)
  })

  it('restores files checked against the manifest, and refuses a path out of the media directory', async () => {
    const source = tempDir()
    const target = path.join(tempDir(), 'media')
    writeFileSync(path.join(source, 'a.png'), 'png')
    const [entry] = await listMediaFiles(source)
    await restoreMediaFiles(source, target, [entry])
    expect(readFileSync(path.join(target, 'a.png'), 'utf8')).toBe('png')

    await expect(
      restoreMediaFiles(source, target, [{ ...entry, path: '../escape.png' }]),
    ).rejects.toThrow(/leaves the media directory/)
    await expect(
      restoreMediaFiles(source, path.join(tempDir(), 'media'), [
        { ...entry, sha256: 'b'.repeat(64) },
      ]),
    ).rejects.toThrow(/missing or damaged/)
  })
})

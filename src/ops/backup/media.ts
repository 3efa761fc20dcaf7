import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import type { BackupManifest } from './manifest'

type MediaEntry = BackupManifest['media']['entries'][number]

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under `dir` (none when it does not exist), with size and checksum. */
export async function listMediaFiles(dir: string): Promise<MediaEntry[]> {
  const entries: MediaEntry[] = []
  const walk = async (relative: string) => {
    const names = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return []
        throw error
      },
    )
    for (const entry of names.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile()) {
        const file = path.join(dir, child)
        entries.push({
          path: child,
          bytes: (await stat(file)).size,
          sha256: await sha256File(file),
        })
      }
    }
  }
  await walk('')
  return entries
}

/** True when `dir` is missing or holds no file. */
export async function isEmptyDirectory(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return names.length === 0
}

/** Copies the archive's media files into `target`, checking each against the manifest. */
export async function restoreMediaFiles(
  sourceDir: string,
  target: string,
  entries: MediaEntry[],
  onProgress: (message: string) => void = () => undefined,
) {
  await mkdir(target, { recursive: true })
  for (const [index, entry] of entries.entries()) {
    const resolved = path.resolve(target, entry.path)
    if (!resolved.startsWith(path.resolve(target) + path.sep)) {
      throw new Error(`The media path ${entry.path} leaves the media directory.`)
    }
    const source = path.join(sourceDir, entry.path)
    const actual = await sha256File(source).catch(() => undefined)
    if (actual !== entry.sha256) {
      throw new Error(`The media file ${entry.path} in the archive is missing or damaged.`)
    }
    await mkdir(path.dirname(resolved), { recursive: true })
    await copyFile(source, resolved)
    if ((index + 1) % 100 === 0 || index + 1 === entries.length) {
      onProgress(`  media ${index + 1}/${entries.length}`)
    }
  }
}

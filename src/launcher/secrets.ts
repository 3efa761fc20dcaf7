import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * A secret generated once and kept in a file only its owner can read, so that restarts reuse it
 * (sessions survive, the database password keeps working).
 */
export function readOrCreateSecret(file: string, bytes = 32): string {
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim()
    if (value) return value
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const value = randomBytes(bytes).toString('hex')
  writeFileSync(file, `${value}\n`, { mode: 0o600 })
  return value
}

import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The checkout's root, wherever it was cloned. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where embedded services keep their state: `DATA_DIR`, or `.data/` in the checkout. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.DATA_DIR || '.data')
}

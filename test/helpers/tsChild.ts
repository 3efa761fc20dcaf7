import { spawn } from 'node:child_process'

import { LOADER_FLAKE_ATTEMPTS, LOADER_FLAKE_EXIT_CODE } from '@/launcher/tsEntry'
import { projectRoot } from '@/launcher/paths'

/**
 * Runs `node <args>` (a TypeScript entry through `--import tsx`) in the project root and answers
 * its exit code and its output (stdout and stderr together). Like the launcher, it runs the entry
 * again when Node 20's module loader ended it with exit code 13 before it printed anything (see
 * src/launcher/tsEntry.ts): the entries the tests run are safe to repeat.
 */
export async function runTsChild(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(args, env)
    const loaderFlake = result.code === LOADER_FLAKE_EXIT_CODE && result.output.trim() === ''
    if (!loaderFlake || attempt >= LOADER_FLAKE_ATTEMPTS) return result
  }
}

function runOnce(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: 'pipe' })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

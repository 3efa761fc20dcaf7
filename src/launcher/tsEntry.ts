import path from 'node:path'

import { projectRoot } from './paths'

const holdEventLoopOpen = path.join(projectRoot, 'src', 'launcher', 'holdEventLoopOpen.cjs')

/**
 * Node arguments that run a TypeScript command-line entry (one that ends with process.exit)
 * through tsx, with the event loop held open from the first moment (holdEventLoopOpen.cjs).
 */
export function tsEntryArgs(file: string, ...args: string[]): string[] {
  return [
    '--require',
    holdEventLoopOpen,
    '--import',
    'tsx',
    path.resolve(projectRoot, file),
    ...args,
  ]
}

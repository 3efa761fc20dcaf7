import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The Local API skips access control unless it is given `overrideAccess: false`. In code that runs
 * while serving a request (routes, pages, portal queries and actions, admin components, hooks, access functions), every Local
 * API call must pass `overrideAccess: false`, or carry a comment starting with "access:" that says
 * why it may skip access. Direct database calls (`payload.db`) need the same comment. The
 * importer, the seed and the launcher are trusted command-line code and are not scanned.
 */
const REQUEST_PATHS = [
  'src/app',
  'src/components',
  'src/queries',
  'src/actions',
  'src/collections',
  'src/access',
  'src/moderation',
  'src/utilities',
  'src/search',
  'src/security',
  'src/fields',
  'src/hooks',
  'src/legislation/notes',
  'src/sso',
  'src/hsds',
]
const OPERATIONS = new Set([
  'find',
  'findByID',
  'findVersions',
  'findVersionByID',
  'findDistinct',
  'count',
  'countVersions',
  'create',
  'update',
  'delete',
  'duplicate',
  'restoreVersion',
  'findGlobal',
  'updateGlobal',
  'unlock',
  'login',
  'forgotPassword',
  'resetPassword',
  'verifyEmail',
])

const root = path.resolve(import.meta.dirname, '..', '..')

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir)
  try {
    statSync(full)
  } catch {
    return []
  }
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(dir, file))
}

function hasReason(source: ts.SourceFile, node: ts.Node): boolean {
  // The comment may stand before the call's statement or right before the call.
  let current: ts.Node | undefined = node
  while (current && !ts.isSourceFile(current)) {
    const comments = ts.getLeadingCommentRanges(source.text, current.getFullStart()) ?? []
    if (comments.some((range) => /access:/i.test(source.text.slice(range.pos, range.end))))
      return true
    if (ts.isStatement(current)) break
    current = current.parent
  }
  return false
}

function violations(file: string, text = readFileSync(path.join(root, file), 'utf8')): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const found: string[] = []
  const where = (node: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text
      const receiver = node.expression.expression.getText(source)
      const onPayload = /(^|\.)payload$/.test(receiver)
      if (onPayload && OPERATIONS.has(method)) {
        const options = node.arguments[0]
        const override =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find(
                (p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'overrideAccess',
              )
            : undefined
        const checked =
          override &&
          ts.isPropertyAssignment(override) &&
          override.initializer.kind === ts.SyntaxKind.FalseKeyword
        if (!checked && !hasReason(source, node))
          found.push(`${where(node)} ${receiver}.${method} without overrideAccess: false`)
      }
      if (
        /(^|\.)payload\.db(\.|$)/.test(node.expression.getText(source)) &&
        !hasReason(source, node)
      ) {
        found.push(`${where(node)} ${node.expression.getText(source)} (direct database call)`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('Local API calls in request paths', () => {
  const files = REQUEST_PATHS.flatMap(sourceFiles)

  it('finds the code it is meant to check', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it('never skip access control without a stated reason', () => {
    expect(files.flatMap((file) => violations(file))).toEqual([])
  })

  it('catches a call that forgets overrideAccess, and accepts the two ways to be right', () => {
    const call = (options: string, comment = '') =>
      `export async function handler(req) {\n  ${comment}\n  return req.payload.find({ collection: 'offers'${options} })\n}`
    expect(violations('probe.ts', call(''))).toHaveLength(1)
    expect(violations('probe.ts', call(', overrideAccess: true'))).toHaveLength(1)
    expect(violations('probe.ts', call(', overrideAccess: false, user: req.user'))).toEqual([])
    expect(violations('probe.ts', call('', '// access: a reason'))).toEqual([])
    expect(violations('probe.ts', 'const ok = await payload.db.drizzle.execute(sql)')).toHaveLength(
      1,
    )
  })
})

import type { CollectionAfterReadHook } from 'payload'

import { isCooperationInsider } from '../access'
import { cooperationToolValues } from '../options'

/**
 * Belt and braces to the tools' field access: a reader who is no party, nor in the cooperation's
 * network, gets only the tools marked public, and never the reflection checklist (an array's
 * field access alone let it through to anonymous readers of a public cooperation).
 */
export const hideInternalTools: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  if (overrideAccess || !doc) return doc
  if (await isCooperationInsider(req, doc)) return doc
  const publicTools = new Set<string>(doc.visibility === 'public' ? (doc.publicTools ?? []) : [])
  const visible = { ...doc }
  for (const tool of cooperationToolValues) if (!publicTools.has(tool)) delete visible[tool]
  delete visible.reflectionChecklist
  return visible
}

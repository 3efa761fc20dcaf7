import type { Access, PayloadRequest, Where } from 'payload'

import { relationIds } from '@/utilities/relationId'

import { seesInternalMethodFiles } from './access'

/**
 * The files of methods a reader may not see: those of internal or unpublished methods, unless a
 * published public method shares the same file. Read once per request.
 */
export async function hiddenMethodFileIds(req: PayloadRequest): Promise<number[]> {
  const cached = req.context.hiddenMethodFiles as number[] | undefined
  if (cached) return cached
  // access: which files methods use, to restrict the media collection's own read access.
  const { docs } = await req.payload.find({
    collection: 'methods',
    select: { files: true, visibility: true, _status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const open = new Set<number>()
  const closed = new Set<number>()
  for (const method of docs) {
    const visible = method.visibility === 'public' && method._status === 'published'
    for (const id of relationIds(method.files)) (visible ? open : closed).add(id)
  }
  const hidden = [...closed].filter((id) => !open.has(id))
  req.context.hiddenMethodFiles = hidden
  return hidden
}

/**
 * Wraps the media collection's read access: a file attached to a method follows the method's
 * visibility. Staff (who read internal methods) keep the original rule; everybody else is also
 * refused the files of internal and unpublished methods, over REST, the Local API and the file URL.
 */
export const followMethodVisibility =
  (original: Access): Access =>
  async (args) => {
    const result = await original(args)
    if (result === false || seesInternalMethodFiles(args.req.user)) return result
    const hidden = await hiddenMethodFileIds(args.req)
    if (hidden.length === 0) return result
    const notHidden: Where = { id: { not_in: hidden } }
    return result === true ? notHidden : { and: [result as Where, notHidden] }
  }

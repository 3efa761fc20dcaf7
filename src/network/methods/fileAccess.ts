import type { Access, PayloadRequest, Where } from 'payload'

import { relationIds } from '@/utilities/relationId'

import { methodReadConstraint } from './access'

/**
 * The files of methods a reader may not read (src/network/methods/access.ts: internal,
 * unpublished or another network's), unless a method the reader may read shares the same file.
 * Read once per request.
 */
export async function hiddenMethodFileIds(req: PayloadRequest): Promise<number[]> {
  const cached = req.context.hiddenMethodFiles as number[] | undefined
  if (cached) return cached
  const readable = await methodReadConstraint(req)
  if (readable === true) return []
  const filesOf = async (where?: Where) => {
    // access: which files methods use, to restrict the media collection's own read access; the
    // reader's own method rule is the `where`.
    const { docs } = await req.payload.find({
      collection: 'methods',
      where,
      select: { files: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return new Set(docs.flatMap((method) => relationIds(method.files)))
  }
  const open = await filesOf(readable)
  const hidden = [...(await filesOf())].filter((id) => !open.has(id))
  req.context.hiddenMethodFiles = hidden
  return hidden
}

/**
 * Wraps the media collection's read access: a file attached to a method follows the method's
 * access (its network and visibility), over REST, the Local API and the file URL.
 */
export const followMethodVisibility =
  (original: Access): Access =>
  async (args) => {
    const result = await original(args)
    if (result === false) return result
    const hidden = await hiddenMethodFileIds(args.req)
    if (hidden.length === 0) return result
    const notHidden: Where = { id: { not_in: hidden } }
    return result === true ? notHidden : { and: [result as Where, notHidden] }
  }

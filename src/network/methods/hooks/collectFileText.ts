import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { relationIds } from '@/utilities/relationId'

import { METHOD_FILE_MESSAGE, methodFileMimes } from '../options'

/**
 * Copies the text extracted from the method's files (media `documentText`, set on upload) onto the
 * method, so that the search index and the fallback find a method by a word only its files
 * contain; refuses files that are not PDF or .docx.
 */
export const collectFileText: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const files = relationIds(data.files ?? originalDoc?.files)
  if (files.length === 0) {
    data.fileText = ''
    return data
  }
  // access: the method's own files, read to copy their text; the method's access governs it.
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: files } },
    select: { mimeType: true, documentText: true, filename: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const wrong = docs.filter(
    (doc) => !(methodFileMimes as readonly string[]).includes(String(doc.mimeType)),
  )
  if (wrong.length > 0) {
    throw new ValidationError({
      collection: 'methods',
      errors: [
        {
          path: 'files',
          message: `${METHOD_FILE_MESSAGE} (${wrong.map((doc) => doc.filename).join(', ')})`,
        },
      ],
    })
  }
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  data.fileText = files
    .map((id) => byId.get(id)?.documentText ?? '')
    .filter(Boolean)
    .join('\n\n')
  return data
}

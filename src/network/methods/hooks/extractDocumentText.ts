import { readFile } from 'node:fs/promises'

import type { FieldHook } from 'payload'

import { documentText } from '../documentText'

/**
 * The media field `documentText`: the searchable text of an uploaded PDF or .docx, extracted when
 * the file arrives (create, or an update with a new file) and kept otherwise. What a user sends for
 * the field is ignored (its write access is nobody's).
 */
export const extractDocumentText: FieldHook = async ({ req, originalDoc, value }) => {
  const file = req.file
  if (!file) return originalDoc?.documentText ?? value ?? ''
  const buffer = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await readFile(file.tempFilePath)
      : undefined
  if (!buffer) return ''
  const text = await documentText(buffer, file.mimetype)
  if (text) req.payload.logger.debug({ msg: 'Extracted document text', chars: text.length })
  return text
}

import { readFile } from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { judgeMediaFile } from '@/domain/media'
import { DOCX_MIME, docxMacroProblem } from '@/network/methods/documentText'

/**
 * Checks an uploaded file by its content before Payload stores it: an HTML page named `.png` or an
 * oversized PDF is refused with a Danish message and HTTP 400, and nothing is written.
 */
export const checkMediaContent: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const onDisk = !file.data?.length && file.tempFilePath
  const detected = onDisk
    ? await fileTypeFromFile(file.tempFilePath!)
    : await fileTypeFromBuffer(file.data)
  const verdict = judgeMediaFile({
    filename: file.name,
    size: file.size ?? file.data.length,
    detectedMime: detected?.mime,
    // The same limit the multipart parser enforces on REST uploads (payload.config.ts).
    maxBytes: Number(req.payload.config.upload.limits?.fileSize ?? Infinity),
  })
  if (!verdict.ok) throw new APIError(verdict.message, 400, { field: 'file' }, true)
  if (verdict.mime === DOCX_MIME) {
    // A .docx is a zip: one that carries a VBA project is macro-enabled whatever it declares.
    const problem = docxMacroProblem(onDisk ? await readFile(file.tempFilePath!) : file.data)
    if (problem) throw new APIError(problem, 400, { field: 'file' }, true)
  }
  file.mimetype = verdict.mime
  return args
}

/**
 * The files the portal accepts: photos and logos, PDF documents and Word documents (.docx: the
 * methods library's templates). SVG is left out on purpose: it can carry script; so are .doc and
 * macro-enabled Word formats (.docm, .dotm), which file-type tells apart by content.
 */
export const allowedMediaTypes = [
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { mime: 'image/png', extensions: ['png'], label: 'PNG' },
  { mime: 'image/webp', extensions: ['webp'], label: 'WebP' },
  { mime: 'image/gif', extensions: ['gif'], label: 'GIF' },
  { mime: 'image/avif', extensions: ['avif'], label: 'AVIF' },
  { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (.docx)',
  },
] as const

export type MediaVerdict = { ok: true; mime: string } | { ok: false; message: string }

const allowedList = allowedMediaTypes.map((type) => type.label).join(', ')

/**
 * Decides on a file from its detected content type (magic bytes), its name and its size. The declared
 * type and the extension are never trusted on their own.
 */
export function judgeMediaFile(input: {
  filename: string
  size: number
  detectedMime: string | undefined
  maxBytes: number
}): MediaVerdict {
  const { filename, size, detectedMime, maxBytes } = input
  if (size > maxBytes) {
    const mb = (bytes: number) =>
      (bytes / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })
    return {
      ok: false,
      message: `Filen fylder ${mb(size)} MB; den største tilladte størrelse er ${mb(maxBytes)} MB.`,
    }
  }
  const type = allowedMediaTypes.find((candidate) => candidate.mime === detectedMime)
  if (!type) {
    const found = detectedMime ? ` (indholdet er ${detectedMime})` : ''
    return { ok: false, message: `Filtypen er ikke tilladt${found}. Tilladt: ${allowedList}.` }
  }
  const extension = filename.toLowerCase().split('.').pop() ?? ''
  if (!(type.extensions as readonly string[]).includes(extension)) {
    return {
      ok: false,
      message: `Filnavnet ender på .${extension}, men indholdet er ${type.label}. Omdøb filen til .${type.extensions[0]}.`,
    }
  }
  return { ok: true, mime: type.mime }
}

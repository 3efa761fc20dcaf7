/** Word documents the methods library accepts: .docx only, never .doc or macro-enabled ones. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The most text kept per file: enough for search, bounded for the index and the row. */
export const MAX_EXTRACTED_CHARS = 200_000

/**
 * The names of the entries of a zip archive, read from its central directory (names are stored
 * uncompressed there). Empty when the buffer is no readable zip.
 */
export function zipEntryNames(buffer: Buffer): string[] {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > buffer.length) return []
  const count = buffer.readUInt16LE(end + 10)
  let offset = buffer.readUInt32LE(end + 16)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) break
    const nameLength = buffer.readUInt16LE(offset + 28)
    const extraLength = buffer.readUInt16LE(offset + 30)
    const commentLength = buffer.readUInt16LE(offset + 32)
    names.push(buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/**
 * Why a Word document that announces itself as .docx must still be refused: it carries macros
 * (a VBA project or ActiveX controls, whatever its content types claim). Null when it is clean.
 */
export function docxMacroProblem(buffer: Buffer): string | null {
  const names = zipEntryNames(buffer).map((name) => name.toLowerCase())
  if (names.length === 0) return 'Word-dokumentet kan ikke læses (det er ikke et gyldigt .docx).'
  if (names.some((name) => name.endsWith('vbaproject.bin') || name.includes('/activex/')))
    return 'Word-dokumentet indeholder makroer. Gem det som et almindeligt Word-dokument (.docx) uden makroer, og prøv igen.'
  return null
}

const squeeze = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, MAX_EXTRACTED_CHARS)

/** The text of a PDF, page by page, with pdfjs-dist (no worker, no fonts fetched). */
export async function pdfText(buffer: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({
    data: new Uint8Array(buffer),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise
  const pages: string[] = []
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
          .join(''),
      )
      page.cleanup()
      if (pages.join('\n').length > MAX_EXTRACTED_CHARS) break
    }
  } finally {
    await document.destroy()
  }
  return squeeze(pages.join('\n'))
}

/** The raw text of a .docx, with mammoth. */
export async function docxText(buffer: Buffer): Promise<string> {
  const mammoth = await import('mammoth')
  const { value } = await mammoth.extractRawText({ buffer })
  return squeeze(value)
}

/**
 * The searchable text of an uploaded document; '' for images and for a file whose text cannot be
 * read (a scanned PDF has none). Never throws: a file that cannot be read is still a file.
 */
export async function documentText(buffer: Buffer, mime: string): Promise<string> {
  try {
    if (mime === 'application/pdf') return await pdfText(buffer)
    if (mime === DOCX_MIME) return await docxText(buffer)
  } catch {
    return ''
  }
  return ''
}

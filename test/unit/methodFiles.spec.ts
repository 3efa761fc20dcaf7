import { fileTypeFromBuffer } from 'file-type'
import { describe, expect, it } from 'vitest'

import { judgeMediaFile } from '@/domain/media'
import {
  DOCX_MIME,
  docxMacroProblem,
  documentText,
  zipEntryNames,
} from '@/network/methods/documentText'

import { docBytes, docxBytes, pdfWithText } from '../helpers/documents'

const MB = 1024 * 1024

/** What the media collection decides for a file, from its content as checkMediaContent does. */
async function judge(filename: string, bytes: Buffer) {
  const detected = await fileTypeFromBuffer(bytes)
  const verdict = judgeMediaFile({
    filename,
    size: bytes.length,
    detectedMime: detected?.mime,
    maxBytes: MB,
  })
  if (verdict.ok && verdict.mime === DOCX_MIME) {
    const problem = docxMacroProblem(bytes)
    if (problem) return { ok: false as const, message: problem }
  }
  return verdict
}

describe('method files: PDF and .docx by content, never .doc or macros', () => {
  it('accepts a Word document (.docx) and a PDF', async () => {
    expect(await judge('skabelon.docx', docxBytes('Sagsaudit'))).toEqual({
      ok: true,
      mime: DOCX_MIME,
    })
    expect(await judge('guide.pdf', await pdfWithText(['Guide']))).toEqual({
      ok: true,
      mime: 'application/pdf',
    })
  })

  it('refuses an old .doc, also when it is named .docx', async () => {
    for (const name of ['skabelon.doc', 'skabelon.docx']) {
      const verdict = await judge(name, docBytes())
      expect(verdict.ok).toBe(false)
      expect(!verdict.ok && verdict.message).toMatch(/Filtypen er ikke tilladt/)
    }
  })

  it('refuses a macro-enabled document (.docm content), whatever its name', async () => {
    const declared = await judge(
      'skabelon.docx',
      docxBytes('x', { declareMacros: true, macros: true }),
    )
    expect(declared.ok).toBe(false)
  })

  it('refuses a .docx that hides a VBA project behind plain content types', async () => {
    const hidden = await judge('skabelon.docx', docxBytes('x', { macros: true }))
    expect(hidden).toEqual({ ok: false, message: expect.stringMatching(/makroer/) })
  })

  it('reads the entries of a zip and says when it is none', () => {
    expect(zipEntryNames(docxBytes('x'))).toContain('word/document.xml')
    expect(zipEntryNames(Buffer.from('not a zip'))).toEqual([])
    expect(docxMacroProblem(Buffer.from('not a zip'))).toMatch(/ikke et gyldigt/)
  })
})

describe('documentText', () => {
  it('extracts the text of a PDF, Danish letters included', async () => {
    const text = await documentText(
      await pdfWithText(['Sporbarhedsskema for sagsaudit', 'Barnets perspektiv og forældre']),
      'application/pdf',
    )
    expect(text).toContain('Sporbarhedsskema for sagsaudit')
    expect(text).toContain('forældre')
  })

  it('extracts the text of a .docx', async () => {
    expect(await documentText(docxBytes('Fælles arbejdsgang for underretninger'), DOCX_MIME)).toBe(
      'Fælles arbejdsgang for underretninger',
    )
  })

  it('gives no text for images and unreadable files, without throwing', async () => {
    expect(await documentText(Buffer.from('x'), 'image/png')).toBe('')
    expect(await documentText(Buffer.from('not a pdf'), 'application/pdf')).toBe('')
  })
})

/**
 * How long extracting a file's text takes at upload (npm run bench:document-text): the sample
 * methods' PDFs, generated PDFs of 1, 20 and 100 pages and a .docx, each extracted 5 times; prints
 * the median per file and per page. No services needed: the extraction runs in the upload request,
 * so this is the time an upload waits for it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PDFDocument, StandardFonts } from 'pdf-lib'

import { DOCX_MIME, documentText } from '../src/network/methods/documentText'
import { docxBytes } from '../test/helpers/documents'

const RUNS = 5
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

async function pdfOfPages(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842])
    for (let line = 0; line < 45; line++)
      page.drawText(
        `Side ${p + 1}, linje ${line + 1}: fælles arbejdsgang for sagsaudit og opfølgning.`,
        {
          x: 50,
          y: 800 - line * 16,
          size: 10,
          font,
        },
      )
  }
  return Buffer.from(await pdf.save())
}

async function measure(label: string, bytes: Buffer, mime: string, pages: number) {
  const times: number[] = []
  let chars = 0
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    chars = (await documentText(bytes, mime)).length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(RUNS / 2)]!
  console.log(
    `${label.padEnd(58)} ${String(Math.round(bytes.length / 1024)).padStart(5)} kB ${String(pages).padStart(4)} p ${String(chars).padStart(7)} chars  median ${median.toFixed(1).padStart(7)} ms  ${(median / pages).toFixed(1).padStart(6)} ms/page`,
  )
}

const dir = path.join(root, 'content', 'methods')
for (const name of readdirSync(dir).filter((file) => file.endsWith('.pdf'))) {
  const bytes = readFileSync(path.join(dir, name))
  const pages = (await PDFDocument.load(bytes)).getPageCount()
  await measure(`content/methods/${name}`, bytes, 'application/pdf', pages)
}
for (const pages of [1, 20, 100])
  await measure(`generated PDF`, await pdfOfPages(pages), 'application/pdf', pages)
await measure('generated .docx', docxBytes('Fælles skabelon. '.repeat(2000)), DOCX_MIME, 1)

/**
 * Run as a child process by the backup drill (test/int/backupDrill.int.spec.ts) with the drill's
 * own environment: uploads a PNG and a PDF through the Local API, as an editor's upload would land,
 * so that the backup has media rows, their image sizes on disk, and a user-made change.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { pdfBytes, pngBytes } from './files'

const payload = await getPayload({ config })
try {
  const png = await pngBytes()
  await payload.create({
    collection: 'media',
    data: { alt: 'Øvelsens logo', approved: true },
    file: { data: png, mimetype: 'image/png', name: 'oevelse-logo.png', size: png.length },
  })
  const pdf = pdfBytes()
  await payload.create({
    collection: 'media',
    data: { alt: 'Øvelsens vejledning' },
    file: {
      data: pdf,
      mimetype: 'application/pdf',
      name: 'oevelse-vejledning.pdf',
      size: pdf.length,
    },
  })
} finally {
  await payload.destroy()
}
process.exit(0)

/**
 * Writes the portal's icons in public/ from public/icon.svg (run once when the design changes:
 * `npm run generate:icons`; the results are committed). favicon.ico holds 16, 32 and 48
 * pixel PNGs in an ICO container, which every browser reads.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const publicDir = path.resolve(import.meta.dirname, '..', 'public')
const svg = readFileSync(path.join(publicDir, 'icon.svg'))

const png = (size: number, padding = 0) => {
  const image = sharp(svg, { density: 384 }).resize(size - 2 * padding, size - 2 * padding)
  if (padding === 0) return image.png().toBuffer()
  return image
    .flatten({ background: '#004993' })
    .extend({
      top: padding,
      bottom: padding,
      left: padding,
      right: padding,
      background: '#004993',
    })
    .png()
    .toBuffer()
}

/** An ICO file whose images are PNGs (allowed since Windows Vista; all browsers read it). */
function ico(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2)
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...images.map((image) => image.data)])
}

async function main() {
  // Full-bleed squares for home screens (the platform rounds them); the SVG's own corners are
  // filled with the brand colour by the padding.
  writeFileSync(path.join(publicDir, 'apple-touch-icon.png'), await png(180, 12))
  writeFileSync(path.join(publicDir, 'icon-192.png'), await png(192, 12))
  writeFileSync(path.join(publicDir, 'icon-512.png'), await png(512, 32))
  const sizes = [16, 32, 48]
  const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))
  writeFileSync(path.join(publicDir, 'favicon.ico'), ico(images))
  console.log('icons written to public/')
}

await main()

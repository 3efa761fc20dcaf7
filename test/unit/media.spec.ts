import { describe, expect, it } from 'vitest'

import { judgeMediaFile } from '@/domain/media'

const MB = 1024 * 1024

describe('judgeMediaFile', () => {
  it('accepts a PNG whose content is PNG', () => {
    expect(
      judgeMediaFile({ filename: 'logo.png', size: 2000, detectedMime: 'image/png', maxBytes: MB }),
    ).toEqual({ ok: true, mime: 'image/png' })
  })

  it('accepts .jpeg and .jpg for JPEG content, case-insensitively', () => {
    for (const filename of ['foto.jpg', 'FOTO.JPEG']) {
      expect(
        judgeMediaFile({ filename, size: 10, detectedMime: 'image/jpeg', maxBytes: MB }).ok,
      ).toBe(true)
    }
  })

  it('refuses content that is not an allowed type, whatever the name says', () => {
    const verdict = judgeMediaFile({
      filename: 'rapport.pdf',
      size: 10,
      detectedMime: undefined,
      maxBytes: MB,
    })
    expect(verdict).toMatchObject({ ok: false })
    expect(!verdict.ok && verdict.message).toMatch(/Filtypen er ikke tilladt.*PDF/)
  })

  it('refuses SVG, which can carry script', () => {
    const verdict = judgeMediaFile({
      filename: 'ikon.svg',
      size: 10,
      detectedMime: 'image/svg+xml',
      maxBytes: MB,
    })
    expect(!verdict.ok && verdict.message).toMatch(/indholdet er image\/svg\+xml/)
  })

  it('refuses a name that hides the real type', () => {
    const verdict = judgeMediaFile({
      filename: 'billede.png',
      size: 10,
      detectedMime: 'application/pdf',
      maxBytes: MB,
    })
    expect(!verdict.ok && verdict.message).toMatch(/ender på \.png, men indholdet er PDF/)
  })

  it('refuses files above the limit and says the limit', () => {
    const verdict = judgeMediaFile({
      filename: 'stor.pdf',
      size: 12 * MB,
      detectedMime: 'application/pdf',
      maxBytes: 10 * MB,
    })
    expect(!verdict.ok && verdict.message).toMatch(/12 MB.*10 MB/)
  })
})

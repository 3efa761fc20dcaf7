import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningNext, startNext, waitUntilServing } from '../../src/launcher/app'
import { findFreePort } from '../../src/launcher/ports'
import { pdfWithText } from '../helpers/documents'
import { pngBytes } from '../helpers/files'
import { baseURL, loginToken } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

/**
 * Media on object storage: a second portal server on the test run's database, built alike, with
 * S3_* pointing at an S3-compatible server started here (s3rver, outside the product). An upload
 * lands in the bucket (not on disk) and is served back with the same access rules as the disk
 * server (the test run's own) applies: anonymous readers get approved files only.
 */
const bucket = 'videnportal-media'
let s3: S3rver
let s3Dir: string
let mediaDir: string
let s3Endpoint: string
let server: RunningNext
let consultant: string
let client: S3Client

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-s3-'))
  mediaDir = mkdtempSync(path.join(os.tmpdir(), 'videnportal-s3-disk-'))
  const s3Port = await findFreePort()
  s3 = new S3rver({
    address: '127.0.0.1',
    port: s3Port,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  await s3.run()
  s3Endpoint = `http://127.0.0.1:${s3Port}`
  client = new S3Client({
    endpoint: s3Endpoint,
    region: 'eu-north-1',
    forcePathStyle: true,
    credentials,
  })

  const port = await findFreePort()
  server = await startNext({
    mode: 'start',
    port,
    env: {
      ...process.env,
      ...inject('serviceEnv'),
      MEDIA_DIR: mediaDir,
      S3_BUCKET: bucket,
      S3_ENDPOINT: s3Endpoint,
      S3_REGION: 'eu-north-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_PREFIX: 'test',
      // The test run's server runs the jobs; this one only serves.
      JOBS_RUNNER: 'off',
    },
    stdio: process.env.TEST_SERVER_LOG ? 'inherit' : 'ignore',
  })
  if (!(await waitUntilServing(server.url, server.child)))
    throw new Error('the S3 server did not start')
  consultant = await loginToken('konsulent@videnportal.local')
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await s3?.close()
  client?.destroy()
  for (const dir of [s3Dir, mediaDir]) if (dir) rmSync(dir, { recursive: true, force: true })
})

async function upload(url: string, file: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), name)
  // Approved for public display, as a consultant may decide at upload.
  form.append('_payload', JSON.stringify({ alt: 'Logo på objektlager', approved: true }))
  const response = await fetch(`${url}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${consultant}` },
    body: form,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number; filename: string } }).doc
}

async function unapprove(url: string, id: number) {
  const response = await fetch(`${url}/api/media/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${consultant}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ approved: false }),
  })
  expect(response.status).toBe(200)
}

const keysInBucket = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map(
    (object) => object.Key!,
  )

/** Status (and bytes) of a file as the anonymous public and as a consultant get it. */
async function readAs(url: string, filename: string) {
  const anonymous = await fetch(`${url}/api/media/file/${encodeURIComponent(filename)}`)
  const editor = await fetch(`${url}/api/media/file/${encodeURIComponent(filename)}`, {
    headers: { Authorization: `JWT ${consultant}` },
  })
  return {
    anonymous: anonymous.status,
    editor: editor.status,
    bytes: editor.ok ? Buffer.from(await editor.arrayBuffer()) : undefined,
  }
}

describe('media on object storage (S3_* set)', () => {
  it('puts an upload and its image sizes in the bucket, and nothing on disk', async () => {
    const png = await pngBytes()
    const doc = await upload(server.url, png, 'objektlager.png')
    const keys = await keysInBucket()
    expect(keys).toContain(`test/${doc.filename}`)
    // The thumbnail and card sizes went there too.
    expect(
      keys.filter((key) => key.startsWith(`test/${doc.filename.replace(/\.png$/, '')}-`)).length,
    ).toBe(2)
    expect(readdirSync(mediaDir)).toEqual([])
  })

  it('serves an approved file to everyone, byte for byte', async () => {
    const png = await pngBytes()
    const doc = await upload(server.url, png, 'offentlig.png')
    const anonymous = await fetch(`${server.url}/api/media/file/${doc.filename}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('content-type')).toMatch(/image\/png/)
    expect(Buffer.from(await anonymous.arrayBuffer()).equals(png)).toBe(true)
  })

  it('applies the same access rules as on disk to a file that is not approved', async () => {
    const png = await pngBytes()
    const onS3 = await upload(server.url, png, 'ikke-godkendt.png')
    await unapprove(server.url, onS3.id)
    const onDisk = await upload(baseURL(), png, 'ikke-godkendt-disk.png')
    await unapprove(baseURL(), onDisk.id)

    const s3Read = await readAs(server.url, onS3.filename)
    const diskRead = await readAs(baseURL(), onDisk.filename)
    expect(s3Read.anonymous).toBe(diskRead.anonymous)
    expect(s3Read.anonymous).toBeGreaterThanOrEqual(400)
    expect(s3Read.editor).toBe(200)
    expect(diskRead.editor).toBe(200)
    expect(s3Read.bytes!.equals(png)).toBe(true)
  })

  it("extracts a method file's text from the upload itself, not from a disk (issue 18)", async () => {
    const word = `objektlagerord${Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
    const form = new FormData()
    const pdf = await pdfWithText(['Skabelon på objektlager', `Et ord kun filen har: ${word}.`])
    form.append(
      'file',
      new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }),
      'skabelon.pdf',
    )
    form.append('_payload', JSON.stringify({ alt: 'Skabelon på objektlager' }))
    const response = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${consultant}` },
      body: form,
    })
    expect(response.status).toBe(201)
    const doc = ((await response.json()) as { doc: { id: number; filename: string } }).doc
    expect(await keysInBucket()).toContain(`test/${doc.filename}`)
    expect(readdirSync(mediaDir)).toEqual([])
    const payload = await getTestPayload()
    // access: the hidden field, read by the test to see what was extracted.
    const stored = await payload.findByID({
      collection: 'media',
      id: doc.id,
      select: { documentText: true },
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.documentText).toContain(word)
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
  })

  it('removes the objects when the file is deleted', async () => {
    const png = await pngBytes()
    const doc = await upload(server.url, png, 'slettes.png')
    expect(await keysInBucket()).toContain(`test/${doc.filename}`)
    const response = await fetch(`${server.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${consultant}` },
    })
    expect(response.status).toBe(200)
    expect(
      (await keysInBucket()).filter((key) => key.includes(doc.filename.replace(/\.png$/, ''))),
    ).toEqual([])
  })
})

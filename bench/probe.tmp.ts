import { createLocalReq } from 'payload'
import { withBenchPayload } from './lib/environment'
await withBenchPayload(async (payload) => {
  const { docs } = await payload.find({ collection: 'offers', depth: 0, limit: 1, where: { _status: { equals: 'published' } }, overrideAccess: true })
  const base = docs[0] as any
  const strip = (v: any): any => Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !['id','createdAt','updatedAt','slug','hsdsId','externalId'].includes(k)).map(([k, x]) => [k, strip(x)])) : v
  const data = strip(base)
  const req = await createLocalReq({ context: { disableRevalidate: true, importing: true, skipSearchSync: true } }, payload)
  const db = payload.db as any
  let n = 1e9
  const real = { create: db.create, createVersion: db.createVersion, findVersions: db.findVersions, find: db.find, updateVersion: db.updateVersion, updateMany: db.updateMany, count: db.count, deleteVersions: db.deleteVersions, findOne: db.findOne }
  const calls: Record<string, number> = {}
  for (const k of Object.keys(real)) db[k] = async function (this: any, a: any) { calls[k] = (calls[k] ?? 0) + 1; if (k === 'create') return { ...a.data, id: n++ }; if (k === 'createVersion') return { id: n++, ...a }; if (process.env.STUB_ALL) { if (k==='findOne') return null; return { docs: [], totalDocs: 0, hasNextPage: false } } const t0=performance.now(); const r = await (real as any)[k].call(db, a); (globalThis as any).tk=((globalThis as any).tk??{}); (globalThis as any).tk[k+':'+(a.collection)]=((globalThis as any).tk[k+':'+a.collection]??0)+performance.now()-t0; return r }
  for (let round = 0; round < 8; round++) {
    const t = performance.now()
    for (let i = 0; i < 100; i++) await payload.create({ collection: 'offers', data: { ...data, externalId: `probe-${round}-${i}-${n}`, title: `${data.title} probe ${i}` }, req, overrideAccess: true, depth: 0 })
    console.log('no-db create ms/listing', ((performance.now() - t) / 100).toFixed(2), calls, (globalThis as any).tk)
  }
})
process.exit(0)

import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { reconcileHsdsItems } from '@/hsds/import/reconcile'
import type { SearchSourceRow } from '@/search/indexing/documents'
import { latestFields } from '@/utilities/tables'

import { writeInBatches, type Written } from './bulk'
import { type Planned, RefusedInBatch, saveBatch } from './bulk/save'
import { contentDir } from './content'
import { type ImportIssue, readImportFile, validateItems } from './read'
import { checkReferences, type KnownKeys } from './references'
import {
  type AnySection,
  collectionFor,
  type Existing,
  type ImportContext,
  keyOf,
  referenceData,
} from './section'
import { emptyBundle, importSections, type LooseBundle, type SectionName } from './sections'

export type ImportOptions = {
  dryRun?: boolean
  /** Import the valid items of a file that also has invalid ones (which are reported and left out). */
  skipInvalid?: boolean
  /**
   * Write listings in batches (src/import/bulk/): the same checks and documents, a transaction
   * per batch, a few batches at a time, indexed batch by batch. See the README (»Many listings«).
   */
  bulk?: boolean
  onProgress?: (done: number, total: number) => void
  /** --bulk: called when the listings are committed, before waiting for the search index. */
  onListingsWritten?: () => void
}

export type Counts = { created: number; updated: number; unchanged: number }
export type ImportReport = {
  issues: ImportIssue[]
  /** False when the files had errors (and no --skip-invalid) or with --dry-run. */
  written: boolean
  dryRun: boolean
  counts: Record<SectionName, Counts>
  skipped: number
  /** What HSDS files hold that has no place in our model, or what the import assumed. */
  notes: ImportIssue[]
}

const sections: readonly AnySection[] = importSections

const zeroCounts = (): Record<SectionName, Counts> =>
  Object.fromEntries(
    sections.map((section) => [section.name, { created: 0, updated: 0, unchanged: 0 }]),
  ) as Record<SectionName, Counts>

/** A stable fingerprint of a validated item: the same input gives the same hash. */
export const hashItem = (item: unknown) =>
  createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 32)

type Index = {
  /** Section or reference data name → key → the document that has it. */
  keys: Map<string, Map<string, Existing>>
  /** collection → slug → the key of the document that has it. */
  slugs: Map<string, Map<string, string>>
}

const all = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

/** What already exists, keyed the way the format refers to it. Drafts count as existing. */
async function loadIndex(payload: Payload): Promise<Index> {
  const index: Index = { keys: new Map(), slugs: new Map() }
  for (const [name, { collection, key }] of Object.entries(referenceData)) {
    const { docs } = await payload.find({ collection, ...all, select: { [key]: true } })
    index.keys.set(
      name,
      new Map(
        docs.map((doc) => [
          String((doc as unknown as Record<string, unknown>)[key]),
          { id: doc.id, collection },
        ]),
      ),
    )
  }
  for (const section of sections) {
    const existing = new Map<string, Existing>()
    for (const collection of section.collections) {
      // Raw columns (three plain texts, no read hooks): at 100,000 listings Payload's per-document
      // read took most of an import that changes nothing. Drafts count as existing.
      const rows = await latestFields(payload, collection, [section.keyField, 'slug', 'importHash'])
      if (section.uniqueSlugs) {
        index.slugs.set(
          collection,
          new Map(rows.map((doc) => [String(doc.slug), String(doc[section.keyField])])),
        )
      }
      for (const doc of rows) {
        existing.set(String(doc[section.keyField]), {
          id: doc.id,
          importHash: doc.importHash as string,
          collection,
        })
      }
    }
    index.keys.set(section.name, existing)
  }
  return index
}

type FileBundle = {
  file: string
  bundle: LooseBundle
  lineOf: (section: SectionName, id: string) => number | undefined
}

/** Reads, validates and cross-checks the files; returns the valid bundle and every issue. */
async function collect(files: string[], index: Index, skipInvalid: boolean) {
  const issues: ImportIssue[] = []
  const notes: ImportIssue[] = []
  const perFile: FileBundle[] = []
  /** The items that came from open data (HSDS): matched by HSDS id too (reconcile.ts). */
  const hsdsItems = new Set<unknown>()
  for (const file of files) {
    const name = path.basename(file)
    const read = await readImportFile(file)
    const validated = validateItems(name, read.items)
    issues.push(...read.issues, ...validated.issues)
    notes.push(...(read.notes ?? []))
    perFile.push({ file: name, bundle: validated.bundle, lineOf: validated.lineOf })
    if (read.hsds)
      for (const items of Object.values(validated.bundle))
        for (const item of items) hsdsItems.add(item)
  }

  // References may point into any of the files or into the database. When invalid items are
  // skipped, whatever refers to them becomes invalid too: repeat until nothing more drops out.
  let referenceIssues: ImportIssue[] = []
  for (;;) {
    const available: KnownKeys = {}
    for (const name of Object.keys(referenceData))
      available[name] = new Set(index.keys.get(name)!.keys())
    for (const section of sections) {
      available[section.name] = new Set([
        ...index.keys.get(section.name)!.keys(),
        ...perFile.flatMap(({ bundle }) =>
          bundle[section.name]!.map((item) => keyOf(section, item)),
        ),
      ])
    }
    referenceIssues = perFile.flatMap(({ file, bundle, lineOf }) =>
      checkReferences(file, bundle, available, lineOf),
    )
    referenceIssues.push(...crossFileDuplicates(perFile))
    if (!skipInvalid || referenceIssues.length === 0) break
    const bad = new Set(referenceIssues.map((issue) => `${issue.section}:${issue.id}`))
    let dropped = 0
    for (const entry of perFile) {
      for (const section of sections) {
        const before = entry.bundle[section.name]!.length
        entry.bundle[section.name] = entry.bundle[section.name]!.filter(
          (item) => !bad.has(`${section.name}:${keyOf(section, item)}`),
        )
        dropped += before - entry.bundle[section.name]!.length
      }
    }
    issues.push(...referenceIssues)
    referenceIssues = []
    if (dropped === 0) break
  }
  issues.push(...referenceIssues)

  const bundle = emptyBundle()
  for (const entry of perFile)
    for (const section of sections) bundle[section.name]!.push(...entry.bundle[section.name]!)
  return { bundle, issues, notes, hsdsItems }
}

function crossFileDuplicates(perFile: FileBundle[]) {
  const issues: ImportIssue[] = []
  const seen = new Map<string, string>()
  for (const { file, bundle, lineOf } of perFile) {
    for (const section of sections) {
      const keys = new Set(bundle[section.name]!.map((item) => keyOf(section, item)))
      for (const key of keys) {
        const other = seen.get(`${section.name}:${key}`)
        if (other && other !== file) {
          issues.push({
            file,
            line: lineOf(section.name as SectionName, key),
            section: section.name as SectionName,
            id: key,
            field: 'externalId',
            message: `Id'et ${key} findes også i ${other}.`,
          })
        }
        seen.set(`${section.name}:${key}`, file)
      }
    }
  }
  return issues
}

/** Resolves keys to ids for the sections' `toData`, from the index as the import fills it. */
function importContext(index: Index): ImportContext {
  const find = (to: string, key: string) => {
    const found = index.keys.get(to)?.get(key)
    if (found === undefined) throw new Error(`Unresolved reference to ${to}: ${key}`)
    return found
  }
  return {
    id: (to, key) => (key === undefined ? undefined : find(to, key).id),
    ids: (to, keys) => keys.map((key) => find(to, key).id),
    ref: (to, key) => {
      const found = find(to, key)
      return { relationTo: found.collection, value: found.id }
    },
    uniqueSlug(collection, wanted, key) {
      const taken = index.slugs.get(collection) ?? new Map<string, string>()
      index.slugs.set(collection, taken)
      let candidate = wanted
      for (let n = 2; taken.has(candidate) && taken.get(candidate) !== key; n++)
        candidate = `${wanted}-${n}`
      taken.set(candidate, key)
      return candidate
    },
  }
}

/**
 * Imports videnportal/v1 JSON and listing CSV files: validates every item with the domain rules,
 * checks every reference, and writes nothing if anything is wrong (unless `skipInvalid`). Items are
 * upserted by their key; an item whose content has not changed since its last import is left alone,
 * so importing the same file twice changes nothing. All writes happen in one transaction, section
 * by section in the registry's order (sections/index.ts).
 */
export async function importFiles(
  payload: Payload,
  files: string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const {
    dryRun = false,
    skipInvalid = false,
    bulk = false,
    onProgress,
    onListingsWritten,
  } = options
  const counts = zeroCounts()
  const index = await loadIndex(payload)
  const { bundle, issues, notes, hsdsItems } = await collect(files, index, skipInvalid)
  const report: ImportReport = { issues, written: false, dryRun, counts, skipped: 0, notes }
  if (issues.length > 0 && !skipInvalid) return report
  // Open data that names a document of ours by its HSDS id updates that document's public part.
  const reconciled = await reconcileHsdsItems(payload, bundle, hsdsItems, index.keys)
  const unchangedItems = reconciled.unchanged
  report.notes.push(...reconciled.notes)
  const isUnchanged = (existing: Existing | undefined, item: unknown) =>
    Boolean(existing) && (existing!.importHash === hashItem(item) || unchangedItems.has(item))
  report.skipped = new Set(
    issues.map((issue) => `${issue.section}:${issue.id}:${issue.file}:${issue.line}`),
  ).size

  const total = sections.reduce((sum, section) => sum + bundle[section.name]!.length, 0)
  let done = 0
  const tick = () => onProgress?.(++done, total)
  const existingOf = (section: AnySection, item: unknown) =>
    index.keys.get(section.name)!.get(keyOf(section, item))

  // A key may not move to another collection of its section: that would leave two documents with
  // one key.
  for (const section of sections) {
    if (!section.moved) continue
    for (const item of bundle[section.name]!) {
      const existing = existingOf(section, item)
      if (existing && existing.collection !== collectionFor(section, item)) {
        const key = keyOf(section, item)
        report.issues.push({
          file: '',
          section: section.name as SectionName,
          id: key,
          ...section.moved(key, existing.collection),
        })
      }
    }
  }
  if (report.issues.length > 0 && !skipInvalid) return report

  if (dryRun) {
    for (const section of sections) {
      for (const item of bundle[section.name]!) {
        const existing = existingOf(section, item)
        counts[section.name as SectionName][
          !existing ? 'created' : isUnchanged(existing, item) ? 'unchanged' : 'updated'
        ]++
        tick()
      }
    }
    return report
  }

  const req = await createLocalReq(
    { context: { disableRevalidate: true, importing: true } },
    payload,
  )
  const context = importContext(index)
  const commonOf = (req: PayloadRequest) => ({ req, overrideAccess: true, depth: 0 }) as const
  const common = commonOf(req)

  /** Stores a file an item names (relative to content/) as media, or finds it there again. */
  async function uploadAttachment(file: { path: string; alt: string }): Promise<number> {
    const filePath = path.resolve(contentDir, file.path)
    const { size } = await stat(filePath)
    const existing = await payload.find({
      collection: 'media',
      where: {
        and: [{ filename: { equals: path.basename(filePath) } }, { filesize: { equals: size } }],
      },
      limit: 1,
      ...common,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const created = await payload.create({
      collection: 'media',
      data: { alt: file.alt, approved: true },
      filePath,
      ...common,
    })
    return created.id
  }

  /** The Payload data of an item, as both paths write it. */
  async function dataOf(section: AnySection, item: unknown, hash: string) {
    const status = section.statusOf?.(item)
    const data = {
      ...section.toData(item, context, { withSelfReferences: !section.linksItself }),
      ...(section.attachments ? await section.attachments(item, uploadAttachment) : {}),
      importHash: hash,
      ...(status ? { _status: status } : {}),
    } as Record<string, unknown>
    return { data, draft: status === 'draft' }
  }

  /** A refusal by the collection's own checks, as a report of the item. */
  const refusedItem = (
    section: AnySection,
    item: unknown,
    errors: Array<{ path: string; message: string }>,
  ) =>
    new RefusedItem(
      errors.map(({ path, message }) => ({
        file: '',
        section: section.name as SectionName,
        id: keyOf(section, item),
        field: path,
        message,
      })),
    )

  /** Counts a written item and remembers its key (a later section may name it). */
  function recordWritten(section: AnySection, item: unknown, id: number, updated: boolean) {
    counts[section.name as SectionName][updated ? 'updated' : 'created']++
    index.keys.get(section.name)!.set(keyOf(section, item), {
      id,
      collection: collectionFor(section, item),
    })
  }

  /** Creates or updates one document unless its imported content is unchanged. */
  async function upsert(
    section: AnySection,
    item: unknown,
    on: PayloadRequest = req,
  ): Promise<{ changed: boolean; id?: number; collection?: CollectionSlug }> {
    const hash = hashItem(item)
    const existing = existingOf(section, item)
    const collection = collectionFor(section, item)
    if (isUnchanged(existing, item)) {
      counts[section.name as SectionName].unchanged++
      return { changed: false }
    }
    const { data, draft } = await dataOf(section, item, hash)
    const write = commonOf(on)
    let doc: { id: number | string }
    try {
      doc = existing
        ? await payload.update({
            collection,
            id: existing.id,
            data: data as never,
            draft,
            ...write,
          })
        : await payload.create({ collection, data: data as never, draft, ...write })
    } catch (error) {
      // The collection's own checks (the same as the admin's) refused what the file's rules let
      // through: a report of the item, not a crash, and nothing of the run is written.
      if (!(error instanceof ValidationError)) throw error
      throw refusedItem(section, item, error.data.errors)
    }
    recordWritten(section, item, doc.id as number, Boolean(existing))
    return { changed: true, id: doc.id as number, collection }
  }

  /**
   * The bulk path's batch (bulk/save.ts): the changed items saved together. A draft of a stored
   * listing goes through `payload.update` (it writes a version only, the published one stays).
   */
  async function upsertBatch(section: AnySection, items: unknown[], on: PayloadRequest) {
    const written: Written[] = []
    const planned: Array<Planned & { item: unknown }> = []
    for (const item of items) {
      const existing = existingOf(section, item)
      if (isUnchanged(existing, item)) {
        counts[section.name as SectionName].unchanged++
        continue
      }
      if (existing && section.statusOf?.(item) === 'draft') {
        const { id, collection } = await upsert(section, item, on)
        written.push({ id: id!, collection: collection! })
        continue
      }
      const { data, draft } = await dataOf(section, item, hashItem(item))
      planned.push({
        item,
        data,
        draft,
        collection: collectionFor(section, item),
        existingId: existing?.id,
      })
    }
    let stored: Awaited<ReturnType<typeof saveBatch>>
    try {
      stored = await saveBatch(payload, on, planned)
    } catch (error) {
      if (!(error instanceof RefusedInBatch)) throw error
      throw refusedItem(section, planned[error.index]!.item, error.errors)
    }
    planned.forEach((plan, i) => {
      const doc = stored[i]!
      recordWritten(section, plan.item, doc.id, plan.existingId !== undefined)
      written.push({
        id: doc.id,
        collection: plan.collection,
        doc: doc as unknown as SearchSourceRow,
      })
    })
    return written
  }

  /** Writes these sections in one transaction; false when an item was refused (reported). */
  async function writeSections(list: readonly AnySection[]): Promise<boolean> {
    const ownTransaction = await initTransaction(req)
    try {
      for (const section of list) {
        const toLink: unknown[] = []
        for (const item of bundle[section.name]!) {
          const { changed } = await upsert(section, item)
          if (changed) toLink.push(item)
          tick()
        }
        // Sections that refer to themselves (a topic's parent): link once all their items exist.
        if (!section.linksItself) continue
        for (const item of toLink) {
          await payload.update({
            collection: collectionFor(section, item),
            id: existingOf(section, item)!.id,
            data: section.toData(item, context, { withSelfReferences: true }) as never,
            ...common,
          })
        }
      }
      if (ownTransaction) await commitTransaction(req)
      return true
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      if (!(error instanceof RefusedItem)) throw error
      report.issues.push(...error.issues)
      return false
    }
  }

  if (!bulk) {
    // All writes in one transaction.
    report.written = await writeSections(sections)
    return report
  }
  // --bulk: the sections before the listings in one transaction, the listings in batches, then
  // the sections that name listings (notes, cooperations …) in another.
  const at = sections.findIndex((section) => section.name === 'listings')
  if (!(await writeSections(sections.slice(0, at)))) return report
  try {
    await writeInBatches(payload, bundle.listings!, {
      write: (items, on) => upsertBatch(sections[at]!, items, on),
      tick: (count) => {
        for (let i = 0; i < count; i++) tick()
      },
      onWritten: onListingsWritten,
    })
  } catch (error) {
    if (!(error instanceof RefusedItem)) throw error
    report.issues.push(...error.issues)
    report.notes.push({
      file: '',
      section: 'listings',
      message:
        'Importen stoppede ved et afvist opslag; de hele portioner før det er skrevet. Ret fejlen, og kør filen igen: det skrevne bliver ikke skrevet igen.',
    })
    return report
  }
  report.written = await writeSections(sections.slice(at + 1))
  return report
}

/** An item the collection refused on writing; the run stops and reports it. */
class RefusedItem extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues.map((issue) => issue.message).join(' '))
  }
}

/**
 * The document a save would store, made without Payload's per-document pipeline (which costs
 * ~7 ms of JavaScript per listing, more than the bulk path's whole budget). It runs the same code
 * that decides what is stored, in the order Payload runs it: the collection's `beforeOperation`
 * hooks, each field's default and `beforeValidate` hooks, the collection's `beforeValidate` and
 * `beforeChange` hooks, then each field's `beforeChange` hooks (slug, keys, HSDS id, array row ids,
 * authorship, Danish dates, verification and review state all come from there). What it leaves
 * out is field validation: the importer has already checked every item with the domain rules
 * (zod, the Danish messages, CPR refusal, references), which are the fields' own rules.
 */
import {
  type FlattenedField,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  ValidationError,
} from 'payload'

type Doc = Record<string, unknown>
type Operation = 'create' | 'update'

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a field hook is called with (Payload's arguments, less what no hook here reads). */
type HookArgs = {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  operation: Operation
  data: Doc
  originalDoc: Doc | undefined
}

async function runFieldHooks(
  phase: 'beforeValidate' | 'beforeChange',
  fields: FlattenedField[],
  siblingData: Doc,
  siblingDoc: Doc,
  path: string[],
  args: HookArgs,
): Promise<void> {
  for (const field of fields) {
    if (!('name' in field) || !field.name) continue
    const name = field.name
    if (phase === 'beforeValidate' && siblingData[name] === undefined) {
      // Payload's fallback: the stored value, else the field's default.
      if (siblingDoc[name] !== undefined) siblingData[name] = structuredClone(siblingDoc[name])
      else if ('defaultValue' in field && field.defaultValue !== undefined) {
        const fallback =
          typeof field.defaultValue === 'function'
            ? await field.defaultValue({
                locale: undefined,
                req: args.req,
                user: args.req.user,
              } as never)
            : structuredClone(field.defaultValue)
        if (fallback !== undefined) siblingData[name] = fallback
      }
      if (field.type === 'group' && siblingData[name] === undefined) siblingData[name] = {}
    }
    const fieldPath = [...path, name]
    const hooks = ('hooks' in field ? field.hooks?.[phase] : undefined) ?? []
    for (const hook of hooks) {
      const value = await hook({
        ...args,
        context: args.req.context,
        field,
        global: null,
        overrideAccess: true,
        path: fieldPath,
        schemaPath: fieldPath,
        indexPath: [],
        previousSiblingDoc: siblingDoc,
        previousValue: siblingDoc[name],
        siblingData,
        siblingFields: fields,
        value: siblingData[name],
      } as never)
      if (value !== undefined) siblingData[name] = value
    }
    const inner = siblingData[name]
    if (field.type === 'group' && isObject(inner)) {
      const stored = isObject(siblingDoc[name]) ? siblingDoc[name] : {}
      await runFieldHooks(phase, field.flattenedFields, inner, stored, fieldPath, args)
    } else if (field.type === 'array' && Array.isArray(inner)) {
      const storedRows = Array.isArray(siblingDoc[name]) ? (siblingDoc[name] as Doc[]) : []
      for (const [i, row] of inner.entries()) {
        if (!isObject(row)) continue
        const stored = storedRows.find((each) => each.id !== undefined && each.id === row.id)
        await runFieldHooks(
          phase,
          field.flattenedFields,
          row,
          stored ?? {},
          [...fieldPath, String(i)],
          args,
        )
      }
    } else if (field.type === 'blocks' && Array.isArray(inner) && inner.length > 0) {
      throw new Error(`The bulk path does not write blocks (${fieldPath.join('.')})`)
    }
  }
}

/** Fields absent from `data` keep their stored value; groups merge field by field. */
function mergeStored(stored: Doc, data: Doc): Doc {
  const out: Doc = { ...stored }
  for (const [key, value] of Object.entries(data))
    out[key] = isObject(value) && isObject(out[key]) ? mergeStored(out[key], value) : value
  return out
}

/**
 * What `payload.create` (no `originalDoc`) or `payload.update` would store for `data`, as a plain
 * document without its id, timestamps set by the caller.
 */
export async function prepareDocument({
  collection,
  req,
  data: incoming,
  originalDoc,
  draft,
}: {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
  data: Doc
  originalDoc?: Doc
  draft: boolean
}): Promise<Doc> {
  const operation: Operation = originalDoc ? 'update' : 'create'
  let opArgs = { data: incoming, draft, req, collection: { config: collection } } as Doc
  for (const hook of collection.hooks.beforeOperation ?? [])
    opArgs = ((await hook({
      args: opArgs as never,
      collection,
      context: req.context,
      operation,
      req,
    } as never)) ?? opArgs) as Doc
  let data = structuredClone(opArgs.data as Doc)
  if (opArgs.draft) data._status = 'draft'
  const stored = originalDoc ?? {}
  const args = (current: Doc): HookArgs => ({
    collection,
    req,
    operation,
    data: current,
    originalDoc,
  })

  await runFieldHooks('beforeValidate', collection.flattenedFields, data, stored, [], args(data))
  for (const hook of collection.hooks.beforeValidate ?? [])
    data = ((await hook({ ...args(data), context: req.context } as never)) ?? data) as Doc
  for (const hook of collection.hooks.beforeChange ?? [])
    data = ((await hook({ ...args(data), context: req.context } as never)) ?? data) as Doc
  await runFieldHooks('beforeChange', collection.flattenedFields, data, stored, [], args(data))
  return operation === 'update' ? mergeStored(stored, data) : data
}

/** A refusal by a collection hook, as the issues the importer reports. */
export function refusalOf(error: unknown): Array<{ path: string; message: string }> | undefined {
  return error instanceof ValidationError ? error.data.errors : undefined
}

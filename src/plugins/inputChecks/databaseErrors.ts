import { APIError, type Config } from 'payload'

import { codeOf, errorChain } from '@/utilities/errorChain'

type DatabaseAdapterResult = Config['db']

/**
 * Input that reached Postgres and was refused there as a data error (SQLSTATE class 22: a value
 * of the wrong type, out of range, a NUL character, an invalid date; 54000: too large). A 400, not
 * a 500: the request was wrong, not the server. The checks in front (checkInput, checkQuery) name
 * the field for the cases known; this is the net under them, for every query and write.
 */
export class InvalidInputError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    // Set by hand: the production build may rename the class, and the log level follows the name.
    this.name = 'InvalidInputError'
  }
}

type PgError = { code?: unknown; message?: unknown }

/** The Postgres error behind a Drizzle error, if it is one about the input's data. */
function dataErrorOf(error: unknown): PgError | undefined {
  for (const link of errorChain(error, 4)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (code.startsWith('22') || code === '54000') return link
  }
  return undefined
}

const reasons: Record<string, string> = {
  '22P02': 'En værdi har ikke den type, feltet kræver',
  '22003': 'Et tal er uden for det tilladte område',
  '22007': 'En dato er ugyldig',
  '22008': 'En dato er uden for det tilladte område',
  '22021': 'Teksten indeholder tegn, der ikke kan gemmes (fx NUL-tegnet \\u0000)',
  '22001': 'En tekst er for lang til feltet',
  '54000': 'En værdi er for stor',
}

/** The Danish answer, with Postgres' own words (which name the type and the value, never SQL). */
export function invalidInputMessage(error: PgError): string {
  const reason = reasons[String(error.code)] ?? 'En værdi er ugyldig'
  const detail =
    typeof error.message === 'string' ? error.message.split('\n')[0]!.slice(0, 200) : ''
  return detail ? `${reason} (${detail}).` : `${reason}.`
}

/** Database operations that read or write what a request asked for. */
const operations = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/**
 * Wraps a database adapter so that Postgres' data errors come back as InvalidInputError (400)
 * instead of a 500 with a stack trace in the log. Other errors (a lost connection, a bug) pass
 * through unchanged.
 */
export function refuseInvalidInputInDatabase(
  adapter: DatabaseAdapterResult,
): DatabaseAdapterResult {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const methods = db as unknown as Record<string, unknown>
      for (const name of operations) {
        const original = methods[name]
        if (typeof original !== 'function') continue
        methods[name] = async function (this: unknown, ...params: unknown[]) {
          try {
            return await original.apply(this, params)
          } catch (error) {
            // Drizzle's deleteOne fails (42P01) where a where on a polymorphic relationship
            // matches no row (DELETE /api/payload-preferences/<unknown key>): nothing to delete.
            if (name === 'deleteOne' && codeOf(error) === '42P01') {
              const [args] = params as [Record<string, unknown>]
              const found = await (methods.findOne as (args: unknown) => Promise<unknown>).call(
                this,
                { collection: args.collection, where: args.where, req: args.req },
              )
              if (found === null || found === undefined) return null
            }
            const dataError = dataErrorOf(error)
            if (dataError) throw new InvalidInputError(invalidInputMessage(dataError))
            throw error
          }
        }
      }
      return db
    },
  }
}

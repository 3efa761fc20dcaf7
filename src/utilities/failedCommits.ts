import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type TransactionOptions = Record<string, unknown> | undefined
type DrizzleAdapter = {
  drizzle: {
    transaction: (
      work: (tx: unknown) => Promise<void>,
      options?: TransactionOptions,
    ) => Promise<void>
  }
  initializing?: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: TransactionOptions | false
  beginTransaction: (options?: TransactionOptions) => Promise<null | number | string>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

const marker = Symbol.for('videnportal.failedCommits')

class Rollback extends Error {
  constructor() {
    super('rolled back')
    this.name = 'Rollback'
  }
}

/**
 * Payload's SQL adapters (@payloadcms/drizzle 3.90) swallow an error of COMMIT: the transaction's
 * promise has a `catch` that only matters before it began, so a commit that fails (the connection
 * lost as Postgres dies, a deferred constraint) still resolves, and the request answers 2xx for a
 * write that is not in the database. This replaces the adapter's begin and commit with the same
 * mechanism (drizzle's transaction held open until Payload commits or rolls back) that rethrows
 * the commit's error, so Payload answers with an error instead. Rollback is left as it is.
 * Called from the config's `onInit`; does nothing for an adapter without drizzle transactions.
 */
export function reportFailedCommits(payload: Pick<Payload, 'db' | 'logger'>): void {
  const adapter = payload.db as unknown as DrizzleAdapter & { [marker]?: true }
  if (adapter[marker] || typeof adapter.drizzle?.transaction !== 'function') return
  if (!adapter.sessions || adapter.transactionOptions === false) return
  adapter[marker] = true

  adapter.beginTransaction = async function beginTransaction(options) {
    await adapter.initializing
    let ready!: () => void
    let failedToBegin!: (error: unknown) => void
    const began = new Promise<void>((resolve, reject) => {
      ready = resolve
      failedToBegin = reject
    })
    let tx: unknown
    let commit!: () => void
    let rollback!: () => void
    const outcome = adapter.drizzle
      .transaction(
        async (transaction) => {
          tx = transaction
          await new Promise<void>((resolve, reject) => {
            commit = resolve
            rollback = () => reject(new Rollback())
            ready()
          })
        },
        options ?? (adapter.transactionOptions || undefined),
      )
      .then(
        () => ({ error: undefined as unknown }),
        (error: unknown) => {
          failedToBegin(error)
          return { error }
        },
      )
    try {
      await began
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      payload.logger.error({ err: error, msg: `Error: cannot begin transaction: ${message}` })
      throw new Error(`Error: cannot begin transaction: ${message}`)
    }
    const id = randomUUID()
    adapter.sessions[id] = {
      db: tx,
      resolve: async () => {
        commit()
        const { error } = await outcome
        if (error) throw error
      },
      reject: async () => {
        rollback()
        await outcome
      },
    }
    return id
  }

  adapter.commitTransaction = async function commitTransaction(incomingID) {
    const id = String(incomingID instanceof Promise ? await incomingID : incomingID)
    const session = adapter.sessions[id]
    // Ended already (another operation of the same request committed or rolled it back).
    if (!session) return
    delete adapter.sessions[id]
    try {
      await session.resolve()
    } catch (error) {
      payload.logger.error({ err: error }, 'A transaction could not be committed')
      throw error
    }
  }
}

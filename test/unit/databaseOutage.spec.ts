import { describe, expect, it } from 'vitest'

import { answerDatabaseOutage, isDatabaseUnavailable } from '@/utilities/databasePool'

const hook = (error: unknown) =>
  answerDatabaseOutage({
    error: error as Error,
    context: {},
    req: {} as never,
    result: {} as never,
  })

describe('a database outage answers 503, not 500', () => {
  it('knows the errors of a Postgres that is restarting or gone', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    })
    const terminated = new Error('Connection terminated unexpectedly')
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        code: '57P01',
      },
    )
    const starting = Object.assign(new Error('the database system is starting up'), {
      code: '57P03',
    })
    const wrapped = Object.assign(new Error('Failed query: select 1'), { cause: terminated })
    // As Payload rethrows them, with the cause only in the message.
    const begin = new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432')
    const exit = new Error(
      'Failed query: begin: terminating connection due to unexpected postmaster exit',
    )
    const unusable = new Error(
      'Failed query: rollback: Client has encountered a connection error and is not queryable',
    )
    const notYet = new Error(
      'Error: cannot begin transaction: the database system is not yet accepting connections',
    )
    for (const error of [
      refused,
      terminated,
      shutdown,
      starting,
      wrapped,
      begin,
      exit,
      unusable,
      notYet,
    ]) {
      expect(isDatabaseUnavailable(error), error.message).toBe(true)
      expect(hook(error)).toMatchObject({ status: 503 })
    }
  })

  it('leaves every other error as it is', () => {
    const badValue = Object.assign(new Error('invalid input syntax for type integer: "a"'), {
      code: '22P02',
    })
    const unique = Object.assign(new Error('duplicate key value'), { code: '23505' })
    for (const error of [badValue, unique, new Error('Something went wrong'), null, 'text']) {
      expect(isDatabaseUnavailable(error)).toBe(false)
      expect(hook(error)).toBeUndefined()
    }
  })
})

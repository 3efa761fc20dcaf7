import { createHash, createHmac } from 'node:crypto'
import { Writable } from 'node:stream'

import { APIError, AuthenticationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { createPortalLogger, logLevelFrom, prettyWanted } from '@/ops/logging/logger'
import { logContextFromHeaders, runWithLogContext } from '@/ops/logging/requestContext'

/** A logger writing JSON lines into an array. */
function capture(level = 'info') {
  const lines: Array<Record<string, unknown>> = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  const logger = createPortalLogger({ name: 'test', level, pretty: false, destination })
  return { logger, lines }
}

const secret = 'unit-test-secret-0123456789'

function token(claims: Record<string, unknown>) {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = encode({ alg: 'HS256', typ: 'JWT' })
  const body = encode({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })
  const key = Buffer.from(createHash('sha256').update(secret).digest('hex').slice(0, 32))
  const signature = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${signature}`
}

describe('the portal logger', () => {
  it('writes JSON lines with the level name, time and message', () => {
    const { logger, lines } = capture()
    logger.info({ task: 'sendMail' }, 'Job done')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 'info',
      name: 'test',
      msg: 'Job done',
      task: 'sendMail',
    })
    expect(typeof lines[0]!.time).toBe('string')
  })

  it('puts the request id, user id and role on every line of a request, never the e-mail', () => {
    const previous = process.env.PAYLOAD_SECRET
    process.env.PAYLOAD_SECRET = secret
    try {
      const headers = new Headers({
        'x-request-id': 'req-123',
        cookie: `payload-token=${token({ id: 7, collection: 'users', role: 'consultant', email: 'anne@kommune.dk' })}`,
      })
      const { logger, lines } = capture()
      runWithLogContext(logContextFromHeaders(headers), () => {
        logger.info('first')
        logger.warn({ user: { email: 'anne@kommune.dk', id: 7 } }, 'second for anne@kommune.dk')
      })
      logger.info('outside')
      expect(lines.slice(0, 2).map((line) => [line.reqId, line.userId, line.role])).toEqual([
        ['req-123', 7, 'consultant'],
        ['req-123', 7, 'consultant'],
      ])
      expect(lines[2]!.reqId).toBeUndefined()
      const text = JSON.stringify(lines)
      expect(text).not.toContain('anne@kommune.dk')
      expect(lines[1]!.msg).toBe('second for <e-mail>')
    } finally {
      process.env.PAYLOAD_SECRET = previous
    }
  })

  it('names no account for a forged token', () => {
    const headers = new Headers({
      'x-request-id': 'req-9',
      authorization: `JWT ${token({ id: 1, role: 'admin' })}x`,
    })
    expect(logContextFromHeaders(headers)).toEqual({ reqId: 'req-9' })
  })

  it('logs an expected failure (a wrong password, a 4xx) as one info line without a stack', () => {
    const { logger, lines } = capture()
    logger.error({ err: new AuthenticationError() })
    logger.error({ err: new APIError('Ikke fundet', 404) })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({
      level: 'info',
      expected: true,
      status: 401,
      error: 'AuthenticationError',
    })
    expect(lines[1]).toMatchObject({ level: 'info', status: 404, msg: 'Ikke fundet' })
    expect(JSON.stringify(lines)).not.toMatch(/stack|\n\s+at /)
  })

  it('keeps the stack of a server error', () => {
    const { logger, lines } = capture()
    logger.error({ err: new Error('database gone') }, 'Search failed')
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'Search failed' })
    expect((lines[0]!.err as { stack: string }).stack).toContain('database gone')
  })

  it('follows LOG_LEVEL', () => {
    const { logger, lines } = capture('warn')
    logger.info('quiet')
    logger.warn('loud')
    expect(lines.map((line) => line.msg)).toEqual(['loud'])
    expect(logLevelFrom('DEBUG')).toEqual({ level: 'debug' })
    expect(logLevelFrom('chatty').problem).toMatch(/LOG_LEVEL "chatty" is not one of/)
  })

  it('is pretty in a terminal unless told otherwise', () => {
    expect(prettyWanted(undefined, true)).toBe(true)
    expect(prettyWanted(undefined, false)).toBe(false)
    expect(prettyWanted('json', true)).toBe(false)
    expect(prettyWanted('pretty', false)).toBe(true)
  })
})

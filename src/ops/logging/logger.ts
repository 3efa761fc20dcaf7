import { pino, type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino'
import { build as buildPretty } from 'pino-pretty'

import { currentLogContext } from './requestContext'

/**
 * The portal's log: one JSON object per line (pino, as Payload uses), readable by any log
 * collector, or pretty and coloured when a person watches a terminal. Every line written while a
 * request is answered carries its request id (`reqId`, the `X-Request-Id` the front server gives
 * every request and answer) and the account's id and role (`userId`, `role`) — never an e-mail:
 * e-mail fields are removed, and addresses in messages are masked. Expected failures (a wrong
 * password, a 403, a 404, a refused form: anything answered with a 4xx) are one `info` line with
 * the status and the message, without a stack trace; stacks are kept for what needs a developer.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** LOG_LEVEL, or `info`; an unknown value is reported once on the log and `info` is used. */
export function logLevelFrom(value: string | undefined): { level: LogLevel; problem?: string } {
  const given = (value ?? '').trim().toLowerCase()
  if (!given) return { level: 'info' }
  if ((LOG_LEVELS as readonly string[]).includes(given)) return { level: given as LogLevel }
  return {
    level: 'info',
    problem: `LOG_LEVEL "${value}" is not one of ${LOG_LEVELS.join(', ')}; logging at info.`,
  }
}

/** Pretty output: LOG_FORMAT=pretty, or a terminal unless LOG_FORMAT=json. */
export function prettyWanted(
  format = process.env.LOG_FORMAT,
  isTTY = Boolean(process.stdout.isTTY),
): boolean {
  if (format === 'json') return false
  if (format === 'pretty') return true
  return isTTY
}

const emailPattern = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g

/** A message with e-mail addresses masked (a log line is about accounts, not addresses). */
export function maskEmails(text: string): string {
  return text.replace(emailPattern, '<e-mail>')
}

type ErrorLike = Error & { status?: unknown; data?: unknown }

/** The HTTP status an error is answered with, when it carries one (Payload's APIError and kin). */
function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorLike | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** An error the portal answers on purpose with a 4xx: expected, not a fault of the server. */
export function isExpectedFailure(error: unknown): boolean {
  const status = statusOf(error)
  return error instanceof Error && status !== undefined && status >= 400 && status < 500
}

function errorIn(first: unknown): { error: unknown; rest: Record<string, unknown> } | undefined {
  if (first instanceof Error) return { error: first, rest: {} }
  if (first && typeof first === 'object' && 'err' in first) {
    const { err, ...rest } = first as { err: unknown }
    return { error: err, rest }
  }
  return undefined
}

const levelValues: Record<string, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
}

/** Fields that never reach the log, wherever they sit (one level deep for the common shapes). */
const redactedPaths = [
  'email',
  '*.email',
  'user.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
]

export type PortalLoggerOptions = {
  /** The `name` on each line, e.g. "payload" or "front". */
  name: string
  level?: string
  pretty?: boolean
  /** Where lines go (tests): a stream; else stdout. */
  destination?: DestinationStream
}

/** The pino options of the portal's loggers (exported for Payload's `logger` config). */
export function portalLoggerOptions({
  name,
  level: levelValue = process.env.LOG_LEVEL,
  pretty = false,
}: Omit<PortalLoggerOptions, 'destination'>): LoggerOptions & { problem?: string } {
  const { level, problem } = logLevelFrom(levelValue)
  return {
    name,
    level,
    problem,
    // Level names rather than numbers in JSON (pretty output wants the numbers).
    ...(pretty ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactedPaths, remove: true },
    mixin: () => {
      const context = currentLogContext()
      return context ? { ...context } : {}
    },
    hooks: {
      logMethod(args, method, levelNumber) {
        const found = errorIn(args[0])
        if (found && isExpectedFailure(found.error)) {
          const error = found.error as ErrorLike
          // One line, no stack: the status and the message say it all.
          const line = {
            ...found.rest,
            expected: true,
            status: error.status,
            error: error.name,
          }
          const message =
            typeof args[1] === 'string' && args[1] ? `${args[1]}: ${error.message}` : error.message
          if (levelNumber > levelValues.info!) {
            return (this as Logger).info(line, maskEmails(message))
          }
          return method.apply(this, [line, maskEmails(message)] as never)
        }
        const masked = args.map((arg) => (typeof arg === 'string' ? maskEmails(arg) : arg))
        return method.apply(this, masked as never)
      },
    },
  }
}

/**
 * A logger of the portal. Pretty output goes through pino-pretty in this thread (no worker), as
 * Payload's own default does.
 */
export function createPortalLogger(options: PortalLoggerOptions): Logger {
  const pretty = options.pretty ?? prettyWanted()
  const { problem, ...pinoOptions } = portalLoggerOptions({ ...options, pretty })
  let destination = options.destination
  if (!destination && pretty) destination = prettyDestination()
  const logger = destination ? pino(pinoOptions, destination) : pino(pinoOptions)
  if (problem) logger.warn(problem)
  return logger
}

let prettyStream: DestinationStream | undefined

function prettyDestination(): DestinationStream {
  if (!prettyStream) {
    prettyStream = buildPretty({
      colorize: true,
      ignore: 'pid,hostname',
      translateTime: 'SYS:HH:MM:ss',
    })
  }
  return prettyStream
}

export type { Level }

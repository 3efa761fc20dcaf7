import type { AfterErrorHook, Config } from 'payload'

/**
 * Payload logs every error of a request before anything else sees it, with its stack trace unless
 * `loggingLevels` names the error. The errors below are answers to the request (4xx) or, for
 * APIError, one or the other by status: they are left to `logByStatus`, which logs an expected
 * failure as one line of information and anything from 500 up as an error with its stack.
 */
export const errorsLoggedByStatus = [
  'APIError',
  'AuthenticationError',
  'FileUploadError',
  'Forbidden',
  'InvalidInputError',
  'InvalidQueryError',
  'Locked',
  'LockedAuth',
  'MissingFile',
  'NotFound',
  'QueryError',
  'UnauthorizedError',
  'UnverifiedEmail',
  'ValidationError',
] as const

export const loggingLevels: NonNullable<Config['loggingLevels']> = Object.fromEntries(
  errorsLoggedByStatus.map((name) => [name, false]),
)

export const logByStatus: AfterErrorHook = ({ error, req }) => {
  const name = (error as { name?: unknown }).name
  if (!(errorsLoggedByStatus as readonly unknown[]).includes(name)) return
  const status = Number((error as { status?: unknown }).status) || 500
  if (status >= 500) req.payload.logger.error({ err: error })
  else
    req.payload.logger.info(
      `${status} ${req.method ?? ''} ${req.url ? new URL(req.url).pathname : ''}: ${error.message}`,
    )
}

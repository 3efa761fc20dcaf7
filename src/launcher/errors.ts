/**
 * A problem the person running the portal can fix. The launcher prints its message as one sentence
 * (no stack trace) and exits with status 1.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserFacingError'
  }
}

import type http from 'node:http'

/** Seconds an app server waits for requests in flight after SIGTERM before cutting them off. */
export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 25

/**
 * The shutdown limit from SHUTDOWN_TIMEOUT_SECONDS (1–600), else the default. 25 s fits inside the
 * 30 s most orchestrators (Kubernetes, ECS, systemd's 90 s) give before SIGKILL, with time left for
 * Next and the jobs runner to stop behind it.
 */
export function shutdownTimeoutMs(value = process.env.SHUTDOWN_TIMEOUT_SECONDS): number {
  const seconds = Number(value)
  if (value === undefined || value === '' || !Number.isFinite(seconds)) {
    return DEFAULT_SHUTDOWN_TIMEOUT_SECONDS * 1000
  }
  return Math.min(600, Math.max(0, seconds)) * 1000
}

export type DrainReport = { finished: number; cutOff: number; waitedMs: number }

/**
 * Tracks the requests an HTTP server is answering, and stops the server gracefully: no new
 * connections, kept-alive connections told to close after their current answer, the requests in
 * flight finished within a limit, then whatever is left is cut off.
 */
export class RequestDrain {
  private readonly inFlight = new Set<http.ServerResponse>()
  private idleWaiters: Array<() => void> = []
  private finishedWhileDraining = 0
  draining = false

  constructor(private readonly server: http.Server) {}

  get count(): number {
    return this.inFlight.size
  }

  /** Call at the start of each request; it counts until its response is finished or closed. */
  track(res: http.ServerResponse) {
    this.inFlight.add(res)
    // While draining, the connection is not kept alive: the client reconnects elsewhere.
    if (this.draining) res.shouldKeepAlive = false
    res.once('close', () => {
      this.inFlight.delete(res)
      if (this.draining) this.finishedWhileDraining++
      if (this.inFlight.size === 0) {
        const waiters = this.idleWaiters
        this.idleWaiters = []
        for (const resolve of waiters) resolve()
      }
    })
  }

  /**
   * Stops taking connections and waits up to `timeoutMs` for the requests in flight; then closes
   * every connection that is left. Resolves when the server is closed.
   */
  async close(timeoutMs: number, onCutOff?: (count: number) => void): Promise<DrainReport> {
    const started = Date.now()
    this.draining = true
    for (const res of this.inFlight) res.shouldKeepAlive = false
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    this.server.closeIdleConnections()
    const before = this.inFlight.size
    let cutOff = 0
    if (before > 0) {
      let timer: NodeJS.Timeout | undefined
      const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve))
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))
      await Promise.race([idle, timeout])
      clearTimeout(timer)
      cutOff = this.inFlight.size
      if (cutOff > 0) onCutOff?.(cutOff)
    }
    const finished = this.finishedWhileDraining
    this.server.closeAllConnections()
    await closed
    return { finished, cutOff, waitedMs: Date.now() - started }
  }
}

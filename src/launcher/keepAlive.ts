/**
 * Holds the event loop open for a command-line entry that ends with process.exit. Under load,
 * Node 20 sometimes ended such a child with exit code 13 ("unsettled top-level await") and no
 * output: the loop had emptied while the entry awaited a dynamic import answered by tsx's
 * off-thread loader. A timer keeps the process waiting for that answer instead.
 */
export function holdEventLoopOpen(): void {
  setInterval(() => undefined, 2 ** 30)
}

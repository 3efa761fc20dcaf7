/**
 * Preloaded with `--require` by the command-line entries that end with process.exit (import,
 * export, prepare, reindex): see tsEntryArgs in ./tsEntry.ts. Under load, Node 20 sometimes ended
 * such a child with exit code 13 ("unsettled top-level await") and no output: the event loop
 * emptied while the entry's modules were still being loaded by tsx's off-thread loader. A timer set
 * here, before any module is loaded, keeps the process waiting for that answer instead. (A call
 * inside the entry came too late: static imports load before the entry's own code runs.)
 */
setInterval(() => undefined, 2 ** 30)

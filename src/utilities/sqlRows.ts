/**
 * The rows of a raw statement (`payload.db.drizzle.execute(sql`…`)`): node-postgres answers a
 * result with `rows`, other drivers the array itself.
 */
export function sqlRows<Row = Record<string, unknown>>(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[]
  return (result as { rows?: Row[] }).rows ?? []
}

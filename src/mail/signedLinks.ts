// Stand-in for the lead's "Mail foundation" (same interface); replaced at merge.
export const absoluteUrl = (path: string) =>
  `${process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`}${path}`

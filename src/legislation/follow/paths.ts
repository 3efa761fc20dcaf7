/** The portal's follow pages and the feed (Danish paths; other languages under their prefix). */
export const followPaths = {
  /** What I follow, »Nyt siden sidst«, start and stop. */
  manage: '/foelg',
  /** Where a mail's stop link leads: one button that ends one subscription. */
  stop: '/foelg/stop',
  /** The Atom feed of legislation notes. */
  feed: '/lovgivning/feed.xml',
} as const

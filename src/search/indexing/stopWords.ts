/**
 * Words too common to help ranking, ignored in queries and documents. Kept short on purpose:
 * "for", "til" and "med" carry meaning in titles such as "Støtte til forældre". With every word of
 * a query required (matchingStrategy "all"), these must not block a match.
 */
export const DANISH_STOP_WORDS = [
  'og',
  'i',
  'at',
  'en',
  'et',
  'den',
  'det',
  'de',
  'er',
  'som',
  'på',
  'af',
  'om',
  'der',
  'har',
  'eller',
  'kan',
  'man',
  'jeg',
  'vi',
  'du',
  'sig',
  'fra',
  'ved',
  'også',
]

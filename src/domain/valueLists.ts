/**
 * Value lists with admin labels: stable values and their Danish and English labels, as the
 * collections' selects, the importer's schemas and the pages share them.
 */
export type Labelled<V extends string> = ReadonlyArray<{ value: V; da: string; en: string }>

/** The values of a list, as a tuple zod's `z.enum` takes. */
export const values = <V extends string>(list: Labelled<V>) =>
  list.map((item) => item.value) as [V, ...V[]]

/** A Payload select's options with their labels. */
export const selectOptions = <V extends string>(list: Labelled<V>) =>
  list.map((item) => ({ value: item.value, label: { da: item.da, en: item.en } }))

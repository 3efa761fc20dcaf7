import type { SharingLevel } from './options'

/**
 * Layouts of the two diagrams of a cooperation, as plain data (boxes with wrapped lines, arrows),
 * drawn as server-rendered SVG by src/cooperations/components. Kept apart from React so that they
 * are tested without a browser.
 */

export type Box = {
  x: number
  y: number
  width: number
  height: number
  lines: string[]
  kind: string
}
export type Arrow = { x1: number; y1: number; x2: number; y2: number; label?: string; kind: string }
export type Diagram = {
  width: number
  height: number
  boxes: Box[]
  arrows: Arrow[]
  headings: Box[]
}

const LINE = 16
const PAD = 8

/** Words wrapped into lines of at most `width` characters (a long word is cut). */
export function wrap(text: string, width = 24): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces =
      word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'g')) ?? []) : [word]
    for (const piece of pieces) {
      if (!current) current = piece
      else if (current.length + 1 + piece.length <= width) current += ` ${piece}`
      else {
        lines.push(current)
        current = piece
      }
    }
  }
  if (current) lines.push(current)
  return lines
}

type Texts = Array<{ text?: string | null } | null> | null | undefined
const texts = (list: Texts) =>
  (list ?? []).map((item) => item?.text?.trim()).filter((text): text is string => Boolean(text))

export type TheoryOfChange = {
  targetGroup?: string | null
  activities?: Texts
  shortTermOutcomes?: Texts
  mediumTermOutcomes?: Texts
  longTermOutcomes?: Texts
  assumptions?: Texts
  riskFactors?: Texts
  protectiveFactors?: Texts
}

export const theoryOfChangeColumns = [
  { key: 'targetGroup', heading: 'Målgruppe' },
  { key: 'activities', heading: 'Aktiviteter' },
  { key: 'shortTermOutcomes', heading: 'Kortsigtede resultater' },
  { key: 'mediumTermOutcomes', heading: 'Mellemlange resultater' },
  { key: 'longTermOutcomes', heading: 'Langsigtede resultater' },
] as const

export const theoryOfChangeBands = [
  { key: 'assumptions', heading: 'Antagelser' },
  { key: 'riskFactors', heading: 'Risikofaktorer' },
  { key: 'protectiveFactors', heading: 'Beskyttelsesfaktorer' },
] as const

/** The statements of each column and band of a theory of change. */
export function theoryOfChangeParts(toc: TheoryOfChange | null | undefined) {
  const t = toc ?? {}
  const columns = theoryOfChangeColumns.map((column) => ({
    ...column,
    items: column.key === 'targetGroup' ? texts([{ text: t.targetGroup }]) : texts(t[column.key]),
  }))
  const bands = theoryOfChangeBands.map((band) => ({ ...band, items: texts(t[band.key]) }))
  return { columns, bands }
}

export const hasTheoryOfChange = (toc: TheoryOfChange | null | undefined): boolean => {
  const { columns, bands } = theoryOfChangeParts(toc)
  return [...columns, ...bands].some((part) => part.items.length > 0)
}

/**
 * Target group → activities → short-, medium- and long-term outcomes as five columns of boxes with
 * arrows between neighbouring columns; assumptions and risk/protective factors as three bands below.
 */
export function theoryOfChangeLayout(toc: TheoryOfChange | null | undefined): Diagram {
  const { columns, bands } = theoryOfChangeParts(toc)
  const columnWidth = 180
  const gap = 36
  const top = 40
  const boxes: Box[] = []
  const headings: Box[] = []
  const arrows: Arrow[] = []
  let bottom = top
  columns.forEach((column, index) => {
    const x = index * (columnWidth + gap)
    headings.push({
      x,
      y: 0,
      width: columnWidth,
      height: 32,
      lines: wrap(column.heading, 22),
      kind: 'heading',
    })
    let y = top
    for (const item of column.items) {
      const lines = wrap(item, 22)
      const height = lines.length * LINE + PAD * 2
      boxes.push({ x, y, width: columnWidth, height, lines, kind: column.key })
      y += height + 10
    }
    bottom = Math.max(bottom, y)
    if (index > 0)
      arrows.push({ x1: x - gap + 4, y1: top + 20, x2: x - 4, y2: top + 20, kind: 'flow' })
  })
  const width = columns.length * columnWidth + (columns.length - 1) * gap
  const bandWidth = (width - 2 * gap) / 3
  let height = bottom + 20
  bands.forEach((band, index) => {
    const x = index * (bandWidth + gap)
    const y = bottom + 20
    headings.push({ x, y, width: bandWidth, height: 24, lines: [band.heading], kind: 'heading' })
    const lines = band.items.flatMap((item) => wrap(`• ${item}`, 36))
    const boxHeight = Math.max(1, lines.length) * LINE + PAD * 2
    boxes.push({
      x,
      y: y + 28,
      width: bandWidth,
      height: boxHeight,
      lines: lines.length ? lines : ['–'],
      kind: band.key,
    })
    height = Math.max(height, y + 28 + boxHeight)
  })
  return { width, height: height + 4, boxes, arrows, headings }
}

export type SharingRow = {
  level?: SharingLevel | string | null
  from?: string | null
  to?: string | null
  knowledgeNeed?: string | null
  form?: string | null
  frequency?: string | null
  responsible?: string | null
}

/**
 * The sharing model as a graph: each actor (a "from" or "to") once, in a column per level
 * (management, project, staff), top to bottom in order of appearance; an arrow per row from the
 * giver to the receiver, labelled with the frequency.
 */
export function sharingModelLayout(rows: readonly SharingRow[] | null | undefined): Diagram {
  const levels = ['management', 'project', 'staff']
  const actors = new Map<string, { level: number; order: number }>()
  const perLevel = [0, 0, 0]
  const valid = (rows ?? []).filter((row) => row.from?.trim() && row.to?.trim())
  for (const row of valid) {
    const level = Math.max(0, levels.indexOf(String(row.level)))
    for (const name of [row.from!.trim(), row.to!.trim()]) {
      if (actors.has(name)) continue
      actors.set(name, { level, order: perLevel[level]! })
      perLevel[level]! += 1
    }
  }
  const boxWidth = 170
  const columnGap = 120
  const rowGap = 70
  const top = 40
  const boxes: Box[] = []
  const place = new Map<string, Box>()
  for (const [name, { level, order }] of actors) {
    const lines = wrap(name, 20)
    const box = {
      x: level * (boxWidth + columnGap),
      y: top + order * rowGap,
      width: boxWidth,
      height: Math.max(2, lines.length) * LINE + PAD,
      lines,
      kind: levels[level]!,
    }
    boxes.push(box)
    place.set(name, box)
  }
  const arrows: Arrow[] = valid.map((row, index) => {
    const from = place.get(row.from!.trim())!
    const to = place.get(row.to!.trim())!
    const nudge = (index % 3) * 6 - 6
    const sameColumn = from.x === to.x
    return {
      x1: sameColumn ? from.x + from.width - 12 : from.x + (to.x > from.x ? from.width : 0),
      y1:
        from.y +
        from.height / 2 +
        (sameColumn ? (to.y > from.y ? from.height / 2 : -from.height / 2) : nudge),
      x2: sameColumn ? to.x + to.width - 12 : to.x + (to.x > from.x ? 0 : to.width),
      y2:
        to.y +
        to.height / 2 +
        (sameColumn ? (to.y > from.y ? -to.height / 2 : to.height / 2) : nudge),
      label: row.frequency?.trim() || undefined,
      kind: String(row.level),
    }
  })
  const headings: Box[] = [
    'Ledelsesniveau',
    'Projektlederniveau',
    'Medarbejder- og frivilligniveau',
  ].map((heading, level) => ({
    x: level * (boxWidth + columnGap),
    y: 0,
    width: boxWidth,
    height: 32,
    lines: wrap(heading, 22),
    kind: 'heading',
  }))
  const tallest = Math.max(1, ...perLevel)
  return {
    width: 3 * boxWidth + 2 * columnGap,
    height: top + tallest * rowGap + 10,
    boxes,
    arrows,
    headings,
  }
}

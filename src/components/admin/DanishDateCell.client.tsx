'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatDanishDate } from '@/domain/danishDate'

/** A date in a list view, the Danish way and on its Copenhagen day: `1. august 2027`. */
export function DanishDateCell({
  cellData,
  withTime = false,
}: DefaultCellComponentProps & { withTime?: boolean }) {
  const text = formatDanishDate(cellData as string | null | undefined, { withTime })
  return <span>{text}</span>
}

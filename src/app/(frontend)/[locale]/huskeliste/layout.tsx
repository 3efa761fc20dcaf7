import type React from 'react'

import './shortlist.css'

/** The shortlist pages share their style sheet (the detailed list, its print, the comparison). */
export default function ShortlistLayout({ children }: { children: React.ReactNode }) {
  return children
}

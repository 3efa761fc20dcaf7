'use client'

/** »Udskriv listen«: the browser's print (to paper or PDF); the print style sheet does the rest. */
export function ShortlistPrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  )
}

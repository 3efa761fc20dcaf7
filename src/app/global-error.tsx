'use client'

/** Last resort when a root layout itself fails: a plain Danish page with its own html and body. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="da">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', lineHeight: 1.5 }}>
        <main>
          <h1>Noget gik galt</h1>
          <p>Siden kunne ikke vises lige nu. Prøv igen om lidt.</p>
          <p>
            <button type="button" onClick={() => reset()}>
              Prøv igen
            </button>{' '}
            {/* A plain link on purpose: the app around it has failed, a full load starts afresh. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Gå til forsiden</a>
          </p>
        </main>
      </body>
    </html>
  )
}

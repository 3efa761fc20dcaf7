'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Noget gik galt</h1>
      <p>Siden kunne ikke vises lige nu. Prøv igen om lidt.</p>
      <button type="button" onClick={() => reset()}>
        Prøv igen
      </button>
    </>
  )
}

'use client'

import { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

type Labels = {
  nearMe: string
  locating: string
  denied: string
  unavailable: string
  hint: string
}

/**
 * »Nær mig«: asks the browser for its position only when clicked, then searches from it, nearest
 * first (the position goes into the address rounded to about 10 m and is stored nowhere). Without
 * JavaScript, or without geolocation, the button stays hidden and the postal code does the work.
 */
export function NearMeButton({ labels, formId }: { labels: Labels; formId?: string }) {
  // False on the server and without geolocation: the button appears only where it can work.
  const supported = useSyncExternalStore(
    noSubscription,
    () => 'geolocation' in navigator,
    () => false,
  )
  const [state, setState] = useState<'idle' | 'locating' | 'denied' | 'unavailable'>('idle')

  const locate = (button: HTMLButtonElement) => {
    const form = (formId ? document.getElementById(formId) : button.form) as HTMLFormElement | null
    if (!form) return
    setState('locating')
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const set = (name: string, value: string) => {
          const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
          if (field) field.value = value
        }
        set(
          'near',
          `${position.coords.latitude.toFixed(4)},${position.coords.longitude.toFixed(4)}`,
        )
        set('postnr', '')
        set('sort', 'distance')
        setState('idle')
        form.requestSubmit()
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    )
  }

  if (!supported) return null
  return (
    <div className="near-me">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="near-me-hint"
        disabled={state === 'locating'}
        onClick={(event) => locate(event.currentTarget)}
      >
        {state === 'locating' ? labels.locating : labels.nearMe}
      </button>
      <p id="near-me-hint" className="muted">
        {labels.hint}
      </p>
      <p
        role="status"
        className={
          state === 'denied' || state === 'unavailable'
            ? 'notice notice--warning'
            : 'visually-hidden'
        }
      >
        {state === 'denied' ? labels.denied : state === 'unavailable' ? labels.unavailable : ''}
      </p>
    </div>
  )
}

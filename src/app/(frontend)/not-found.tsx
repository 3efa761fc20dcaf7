import Link from 'next/link'
export default function NotFound() {
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>
        Adressen er forkert, eller siden er flyttet. <Link href="/">Gå til forsiden</Link>.
      </p>
    </>
  )
}

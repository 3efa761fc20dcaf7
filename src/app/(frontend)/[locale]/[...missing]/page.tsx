import { notFound } from 'next/navigation'

/** Any other address under this language is a 404 with the portal's own page. */
export default function Missing() {
  notFound()
}

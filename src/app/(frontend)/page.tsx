import Link from 'next/link'
import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** A placeholder until the caseworker's portal (search first) replaces it. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs: members } = await payload.find({
    collection: 'municipalities',
    where: { networkMember: { equals: true } },
    select: { name: true },
    sort: 'name',
    depth: 0,
    limit: 98,
    pagination: false,
    overrideAccess: false,
  })

  return (
    <>
      <h1>Videnportal for børn og unge med særlige behov</h1>
      <p>
        Her finder sagsbehandlere i netværkets kommuner tilbud, mentorordninger og skoletilbud, der
        kan hjælpe et barn eller en ung – og korte noter om ny lovgivning som Barnets Lov.
      </p>
      <p>Portalen er under opbygning. Søgningen kommer snart.</p>
      <h2>Kommunerne i netværket</h2>
      {members.length > 0 ? (
        <ul className="municipality-list">
          {members.map((municipality) => (
            <li key={municipality.id}>{municipality.name}</li>
          ))}
        </ul>
      ) : (
        <p>Ingen kommuner er endnu markeret som med i netværket.</p>
      )}
      <p>
        <Link href="/admin">Log ind som redaktør eller administrator</Link>
      </p>
    </>
  )
}

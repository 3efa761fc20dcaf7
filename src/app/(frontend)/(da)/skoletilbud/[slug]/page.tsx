import { ListingPage, listingMetadata } from '@/components/portal/pages/ListingPage'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = ({ params }: Props) =>
  listingMetadata({ locale: 'da', kind: 'school-option', params })

export default function Page({ params }: Props) {
  return <ListingPage locale="da" kind="school-option" params={params} />
}

import { MunicipalityPage, municipalityMetadata } from '@/components/portal/pages/MunicipalityPage'

type Props = { params: Promise<{ code: string }> }

export const generateMetadata = ({ params }: Props) =>
  municipalityMetadata({ locale: 'en', params })

export default function Page({ params }: Props) {
  return <MunicipalityPage locale="en" params={params} />
}

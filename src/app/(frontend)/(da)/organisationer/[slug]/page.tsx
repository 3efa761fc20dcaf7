import { OrganizationPage, organizationMetadata } from '@/components/portal/pages/OrganizationPage'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = ({ params }: Props) =>
  organizationMetadata({ locale: 'da', params })

export default function Page({ params }: Props) {
  return <OrganizationPage locale="da" params={params} />
}

import { OrganizationPage, organizationMetadata } from '@/components/portal/pages/OrganizationPage'

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = ({ params }: Props) =>
  organizationMetadata({ locale: 'en', params })

export default function Page({ params }: Props) {
  return <OrganizationPage locale="en" params={params} />
}

import { NotFoundView } from '@/components/portal/FallbackViews.client'

/**
 * The portal's 404 (unknown addresses reach it through [...missing]). Not-found pages get no
 * params, so the view takes its strings from the layout (FallbackTextProvider).
 */
export default function NotFound() {
  return <NotFoundView />
}

import { forgetPartners } from '@/partners/findPartner'
import { forgetPartnerOrigins } from '@/partners/partnerOrigins'

/** A deactivated partner or a revoked key stops working on this instance at once. */
export const forgetCachedPartners = (): void => {
  forgetPartners()
  forgetPartnerOrigins()
}

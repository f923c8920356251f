import { confirmEndpoints } from './confirm'
import { manageEndpoints } from './manage'
import { subscriberPrivacyEndpoints } from './privacy'
import { subscribeEndpoint } from './subscribe'
import { unsubscribeEndpoints } from './unsubscribe'

/** The public newsletter endpoints under /api/newsletter/. */
export const newsletterSubscriptionEndpoints = [
  subscribeEndpoint,
  ...confirmEndpoints,
  ...unsubscribeEndpoints,
  ...manageEndpoints,
  ...subscriberPrivacyEndpoints,
]

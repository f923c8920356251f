import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { graphqlStatus } from '@/api/graphqlStatus'
import { guardApiRoute, preflight } from '@/api/guardApiRoute'
import config from '@payload-config'

export const POST = guardApiRoute(graphqlStatus(GRAPHQL_POST(config)))
export const OPTIONS = preflight

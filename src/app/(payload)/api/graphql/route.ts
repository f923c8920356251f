import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { graphqlStatus } from '@/http/graphqlStatus'
import { guardApiRoute, preflight } from '@/http/guardApiRoute'

export const POST = guardApiRoute(graphqlStatus(GRAPHQL_POST(config)))
export const OPTIONS = preflight

import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlStatus } from '@/http/graphqlStatus'
import { guardApiRoute } from '@/http/guardApiRoute'

export const POST = guardApiRoute(graphqlStatus(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)

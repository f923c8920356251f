import { ready } from '@/health/routes'

export const dynamic = 'force-dynamic'
export const GET = ready

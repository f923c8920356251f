import { health } from '@/health/routes'

export const dynamic = 'force-dynamic'
export const GET = health

/**
 * A request from the join form says so in `source.partnerSite`, where partner sites calling
 * POST /api/join put their address.
 */
export const publicSiteSource = 'public-site'

/** The join form's fields, in the order the form shows them (and the error summary lists them). */
export const joinFields = [
  'company',
  'businessId',
  'municipality',
  'industry',
  'clusters',
  'need',
  'contactName',
  'email',
  'phone',
  'consent',
] as const

export type JoinField = (typeof joinFields)[number]

export type JoinValues = {
  company: string
  businessId: string
  municipality: string
  industry: string
  clusters: string[]
  helpChoosing: boolean
  need: string
  contactName: string
  email: string
  phone: string
  consent: boolean
  /** The news item the reader came from (a hidden field), as the page gave it. */
  news: string
}

/**
 * What the join form shows after a submission: the answer; or the errors, each by its field
 * (or one `message` for the whole form), and the values to fill in again.
 */
export type JoinState = {
  status: 'idle' | 'error' | 'done'
  message?: string
  errors?: Partial<Record<JoinField, string>>
  values?: JoinValues
}

export const initialJoinState: JoinState = { status: 'idle' }

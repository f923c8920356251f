export const joinStatuses = ['new', 'contacted', 'joined', 'notNow'] as const
export type JoinStatus = (typeof joinStatuses)[number]

/** Coordinators call the company first; "not now" can be reopened, "joined" is where it ends. */
const next: Record<JoinStatus, JoinStatus[]> = {
  new: ['contacted', 'notNow'],
  contacted: ['joined', 'notNow'],
  notNow: ['contacted'],
  joined: [],
}

export const canMove = (from: JoinStatus, to: JoinStatus): boolean =>
  from === to || next[from].includes(to)

/** The statuses a request in `from` may be moved to, itself first. */
export const movesFrom = (from: JoinStatus): JoinStatus[] => [from, ...next[from]]

export const isJoinStatus = (value: unknown): value is JoinStatus =>
  typeof value === 'string' && (joinStatuses as readonly string[]).includes(value)

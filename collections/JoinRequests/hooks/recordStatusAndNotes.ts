import type { CollectionBeforeChangeHook } from 'payload'

import { languageFromHeader, translate } from '@/i18n'
import { canMove, movesFrom, type JoinStatus } from '@/join/statuses'
import type { JoinRequest } from '@/payload-types'
import { clientError } from '@/platform/problems'

type Note = NonNullable<JoinRequest['notes']>[number]
type Change = NonNullable<JoinRequest['history']>[number]

/**
 * Keeps the status flow (new → contacted → joined / not now) and stamps who wrote each note and
 * moved each status, and when, from the session: never from the submitted data. Notes are
 * never edited or removed.
 */
export const recordStatusAndNotes: CollectionBeforeChangeHook<JoinRequest> = ({
  data,
  originalDoc,
  req,
}) => {
  const now = new Date().toISOString()
  const by = req.user?.collection === 'users' ? req.user.id : null
  const before = (originalDoc?.status ?? 'new') as JoinStatus
  const after = (data.status ?? before) as JoinStatus
  if (originalDoc && !canMove(before, after)) {
    // The statuses by the names the caller's admin shows them.
    const language = languageFromHeader(req.headers.get('accept-language'))
    const name = (status: JoinStatus) => translate(language, `join.status.${status}`)
    const allowed = movesFrom(before).filter((status) => status !== before)
    throw clientError(req.headers, 'join.badTransition', {
      from: name(before),
      to: name(after),
      allowed: allowed.length ? allowed.map(name).join(', ') : '–',
    })
  }
  const history: Change[] = [...(originalDoc?.history ?? [])]
  if (originalDoc && before !== after) history.push({ from: before, to: after, by, at: now })
  data.history = history
  data.joinedAt =
    after === 'joined' && (before !== 'joined' || !originalDoc)
      ? now
      : (originalDoc?.joinedAt ?? null)

  // A note once written stays, as written, by whom it was written: new ones are added after.
  const earlier: Note[] = originalDoc?.notes ?? []
  const written = new Set(earlier.map((note) => note.id))
  const added = (data.notes ?? []).filter((note: Note) => !note.id || !written.has(note.id))
  data.notes = [...earlier, ...added.map((note: Note) => ({ ...note, author: by, at: now }))]
  return data
}

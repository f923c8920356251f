import type { Migration, Payload } from 'payload'

import { migrations } from '@migrations'

/**
 * Applies the committed migrations. They are passed as modules because a bundled or
 * vitest-transformed app cannot import `.ts` files from `migrations/` by path.
 */
export const migrate = (payload: Payload): Promise<void> =>
  // Generated migrations type their arguments more narrowly than `Migration` does.
  payload.db.migrate({ migrations: migrations as unknown as Migration[] })

import * as migration_20261127_234936_initial from './20261127_234936_initial';
import * as migration_20261128_001514_newsletter from './20261128_001514_newsletter';
import * as migration_20261128_005538_delivery_claim_index from './20261128_005538_delivery_claim_index';
import * as migration_20261128_021303_partners_and_webhooks from './20261128_021303_partners_and_webhooks';
import * as migration_20261128_024539_media_object_storage from './20261128_024539_media_object_storage';

export const migrations = [
  {
    up: migration_20261127_234936_initial.up,
    down: migration_20261127_234936_initial.down,
    name: '20261127_234936_initial',
  },
  {
    up: migration_20261128_001514_newsletter.up,
    down: migration_20261128_001514_newsletter.down,
    name: '20261128_001514_newsletter',
  },
  {
    up: migration_20261128_005538_delivery_claim_index.up,
    down: migration_20261128_005538_delivery_claim_index.down,
    name: '20261128_005538_delivery_claim_index',
  },
  {
    up: migration_20261128_021303_partners_and_webhooks.up,
    down: migration_20261128_021303_partners_and_webhooks.down,
    name: '20261128_021303_partners_and_webhooks',
  },
  {
    up: migration_20261128_024539_media_object_storage.up,
    down: migration_20261128_024539_media_object_storage.down,
    name: '20261128_024539_media_object_storage'
  },
];

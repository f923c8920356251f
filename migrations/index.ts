import * as migration_20261127_234936_initial from './20261127_234936_initial';
import * as migration_20261128_001514_newsletter from './20261128_001514_newsletter';
import * as migration_20261128_005538_delivery_claim_index from './20261128_005538_delivery_claim_index';
import * as migration_20261128_021303_partners_and_webhooks from './20261128_021303_partners_and_webhooks';
import * as migration_20261128_022804_per_locale_status from './20261128_022804_per_locale_status';
import * as migration_20261128_023810_roles_translation_seo from './20261128_023810_roles_translation_seo';
import * as migration_20261128_025432_reach from './20261128_025432_reach';
import * as migration_20261128_050646_media_object_storage from './20261128_050646_media_object_storage';
import * as migration_20261201_202453_rate_limits from './20261201_202453_rate_limits';
import * as migration_20261202_053136_join_help_choosing from './20261202_053136_join_help_choosing';
import * as migration_20261202_065440_events_and_registrations from './20261202_065440_events_and_registrations';
import * as migration_20261202_180142_privacy_audit_retention from './20261202_180142_privacy_audit_retention';
import * as migration_20261202_192000_search_candidates from './20261202_192000_search_candidates';
import * as migration_20261202_204017_events_feeds_cancellation_delivery_indexes from './20261202_204017_events_feeds_cancellation_delivery_indexes';
import * as migration_20261202_204943_event_mail from './20261202_204943_event_mail';
import * as migration_20261203_054432_audit_log_retention from './20261203_054432_audit_log_retention';
import * as migration_20261203_110405_deliveries_without_status_index from './20261203_110405_deliveries_without_status_index';

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
    up: migration_20261128_022804_per_locale_status.up,
    down: migration_20261128_022804_per_locale_status.down,
    name: '20261128_022804_per_locale_status',
  },
  {
    up: migration_20261128_023810_roles_translation_seo.up,
    down: migration_20261128_023810_roles_translation_seo.down,
    name: '20261128_023810_roles_translation_seo',
  },
  {
    up: migration_20261128_025432_reach.up,
    down: migration_20261128_025432_reach.down,
    name: '20261128_025432_reach',
  },
  {
    up: migration_20261128_050646_media_object_storage.up,
    down: migration_20261128_050646_media_object_storage.down,
    name: '20261128_050646_media_object_storage',
  },
  {
    up: migration_20261201_202453_rate_limits.up,
    down: migration_20261201_202453_rate_limits.down,
    name: '20261201_202453_rate_limits',
  },
  {
    up: migration_20261202_053136_join_help_choosing.up,
    down: migration_20261202_053136_join_help_choosing.down,
    name: '20261202_053136_join_help_choosing',
  },
  {
    up: migration_20261202_065440_events_and_registrations.up,
    down: migration_20261202_065440_events_and_registrations.down,
    name: '20261202_065440_events_and_registrations',
  },
  {
    up: migration_20261202_180142_privacy_audit_retention.up,
    down: migration_20261202_180142_privacy_audit_retention.down,
    name: '20261202_180142_privacy_audit_retention',
  },
  {
    up: migration_20261202_192000_search_candidates.up,
    down: migration_20261202_192000_search_candidates.down,
    name: '20261202_192000_search_candidates',
  },
  {
    up: migration_20261202_204017_events_feeds_cancellation_delivery_indexes.up,
    down: migration_20261202_204017_events_feeds_cancellation_delivery_indexes.down,
    name: '20261202_204017_events_feeds_cancellation_delivery_indexes',
  },
  {
    up: migration_20261202_204943_event_mail.up,
    down: migration_20261202_204943_event_mail.down,
    name: '20261202_204943_event_mail',
  },
  {
    up: migration_20261203_054432_audit_log_retention.up,
    down: migration_20261203_054432_audit_log_retention.down,
    name: '20261203_054432_audit_log_retention',
  },
  {
    up: migration_20261203_110405_deliveries_without_status_index.up,
    down: migration_20261203_110405_deliveries_without_status_index.down,
    name: '20261203_110405_deliveries_without_status_index'
  },
];

import * as migration_20261124_010830_initial from './20261124_010830_initial';
import * as migration_20261124_013353_knowledge_model from './20261124_013353_knowledge_model';
import * as migration_20261124_015938_moderation from './20261124_015938_moderation';
import * as migration_20261124_022729_media_approval from './20261124_022729_media_approval';
import * as migration_20261124_034155_search_jobs from './20261124_034155_search_jobs';
import * as migration_20261201_145425_jobs_schedules from './20261201_145425_jobs_schedules';
import * as migration_20261201_173957_per_client_login_lock from './20261201_173957_per_client_login_lock';
import * as migration_20261201_203954_mail_and_ownership from './20261201_203954_mail_and_ownership';
import * as migration_20261201_205659_freshness from './20261201_205659_freshness';
import * as migration_20261201_205946_error_reports from './20261201_205946_error_reports';
import * as migration_20261201_210022_moderation_digest_task from './20261201_210022_moderation_digest_task';
import * as migration_20261201_210706_search_terms_and_stats from './20261201_210706_search_terms_and_stats';
import * as migration_20261201_222237_reconcile_snapshots from './20261201_222237_reconcile_snapshots';
import * as migration_20261201_235306_review_tasks from './20261201_235306_review_tasks';
import * as migration_20261201_235334_sso_identity from './20261201_235334_sso_identity';
import * as migration_20261201_235403_follow from './20261201_235403_follow';
import * as migration_20261201_235520_accounts from './20261201_235520_accounts';
import * as migration_20261202_000946_repeal_flags from './20261202_000946_repeal_flags';
import * as migration_20261202_001043_retsinformation_watch from './20261202_001043_retsinformation_watch';
import * as migration_20261202_013902_reconcile_parallel_snapshots from './20261202_013902_reconcile_parallel_snapshots';
import * as migration_20261202_014251_reconcile_sso_snapshot from './20261202_014251_reconcile_sso_snapshot';
import * as migration_20261202_031623_shortlists from './20261202_031623_shortlists';
import * as migration_20261202_031624_media_object_storage from './20261202_031624_media_object_storage';
import * as migration_20261202_032534_hsds_ids from './20261202_032534_hsds_ids';
import * as migration_20261202_033000_networks_core from './20261202_033000_networks_core';
import * as migration_20261202_034420_methods_and_quality from './20261202_034420_methods_and_quality';
import * as migration_20261202_051906_reconcile_session_snapshots from './20261202_051906_reconcile_session_snapshots';
import * as migration_20261202_060654_media_approved_default_by_role from './20261202_060654_media_approved_default_by_role';
import * as migration_20261202_060956_outcomes from './20261202_060956_outcomes';
import * as migration_20261202_061247_methods_network from './20261202_061247_methods_network';
import * as migration_20261202_061521_cooperations from './20261202_061521_cooperations';
import * as migration_20261202_073149_reconcile_merge from './20261202_073149_reconcile_merge';
import * as migration_20261202_113500_listing_indexes from './20261202_113500_listing_indexes';
import * as migration_20261203_041500_admin_search_trigrams from './20261203_041500_admin_search_trigrams';
import * as migration_20261203_071500_review_status_indexes from './20261203_071500_review_status_indexes';

export const migrations = [
  {
    up: migration_20261124_010830_initial.up,
    down: migration_20261124_010830_initial.down,
    name: '20261124_010830_initial',
  },
  {
    up: migration_20261124_013353_knowledge_model.up,
    down: migration_20261124_013353_knowledge_model.down,
    name: '20261124_013353_knowledge_model',
  },
  {
    up: migration_20261124_015938_moderation.up,
    down: migration_20261124_015938_moderation.down,
    name: '20261124_015938_moderation',
  },
  {
    up: migration_20261124_022729_media_approval.up,
    down: migration_20261124_022729_media_approval.down,
    name: '20261124_022729_media_approval',
  },
  {
    up: migration_20261124_034155_search_jobs.up,
    down: migration_20261124_034155_search_jobs.down,
    name: '20261124_034155_search_jobs',
  },
  {
    up: migration_20261201_145425_jobs_schedules.up,
    down: migration_20261201_145425_jobs_schedules.down,
    name: '20261201_145425_jobs_schedules',
  },
  {
    up: migration_20261201_173957_per_client_login_lock.up,
    down: migration_20261201_173957_per_client_login_lock.down,
    name: '20261201_173957_per_client_login_lock',
  },
  {
    up: migration_20261201_203954_mail_and_ownership.up,
    down: migration_20261201_203954_mail_and_ownership.down,
    name: '20261201_203954_mail_and_ownership',
  },
  {
    up: migration_20261201_205659_freshness.up,
    down: migration_20261201_205659_freshness.down,
    name: '20261201_205659_freshness',
  },
  {
    up: migration_20261201_205946_error_reports.up,
    down: migration_20261201_205946_error_reports.down,
    name: '20261201_205946_error_reports',
  },
  {
    up: migration_20261201_210022_moderation_digest_task.up,
    down: migration_20261201_210022_moderation_digest_task.down,
    name: '20261201_210022_moderation_digest_task',
  },
  {
    up: migration_20261201_210706_search_terms_and_stats.up,
    down: migration_20261201_210706_search_terms_and_stats.down,
    name: '20261201_210706_search_terms_and_stats',
  },
  {
    up: migration_20261201_222237_reconcile_snapshots.up,
    down: migration_20261201_222237_reconcile_snapshots.down,
    name: '20261201_222237_reconcile_snapshots',
  },
  {
    up: migration_20261201_235306_review_tasks.up,
    down: migration_20261201_235306_review_tasks.down,
    name: '20261201_235306_review_tasks',
  },
  {
    up: migration_20261201_235334_sso_identity.up,
    down: migration_20261201_235334_sso_identity.down,
    name: '20261201_235334_sso_identity',
  },
  {
    up: migration_20261201_235403_follow.up,
    down: migration_20261201_235403_follow.down,
    name: '20261201_235403_follow',
  },
  {
    up: migration_20261201_235520_accounts.up,
    down: migration_20261201_235520_accounts.down,
    name: '20261201_235520_accounts',
  },
  {
    up: migration_20261202_000946_repeal_flags.up,
    down: migration_20261202_000946_repeal_flags.down,
    name: '20261202_000946_repeal_flags',
  },
  {
    up: migration_20261202_001043_retsinformation_watch.up,
    down: migration_20261202_001043_retsinformation_watch.down,
    name: '20261202_001043_retsinformation_watch',
  },
  {
    up: migration_20261202_013902_reconcile_parallel_snapshots.up,
    down: migration_20261202_013902_reconcile_parallel_snapshots.down,
    name: '20261202_013902_reconcile_parallel_snapshots',
  },
  {
    up: migration_20261202_014251_reconcile_sso_snapshot.up,
    down: migration_20261202_014251_reconcile_sso_snapshot.down,
    name: '20261202_014251_reconcile_sso_snapshot',
  },
  {
    up: migration_20261202_031623_shortlists.up,
    down: migration_20261202_031623_shortlists.down,
    name: '20261202_031623_shortlists',
  },
  {
    up: migration_20261202_031624_media_object_storage.up,
    down: migration_20261202_031624_media_object_storage.down,
    name: '20261202_031624_media_object_storage',
  },
  {
    up: migration_20261202_032534_hsds_ids.up,
    down: migration_20261202_032534_hsds_ids.down,
    name: '20261202_032534_hsds_ids',
  },
  {
    up: migration_20261202_033000_networks_core.up,
    down: migration_20261202_033000_networks_core.down,
    name: '20261202_033000_networks_core',
  },
  {
    up: migration_20261202_034420_methods_and_quality.up,
    down: migration_20261202_034420_methods_and_quality.down,
    name: '20261202_034420_methods_and_quality',
  },
  {
    up: migration_20261202_051906_reconcile_session_snapshots.up,
    down: migration_20261202_051906_reconcile_session_snapshots.down,
    name: '20261202_051906_reconcile_session_snapshots',
  },
  {
    up: migration_20261202_060654_media_approved_default_by_role.up,
    down: migration_20261202_060654_media_approved_default_by_role.down,
    name: '20261202_060654_media_approved_default_by_role',
  },
  {
    up: migration_20261202_060956_outcomes.up,
    down: migration_20261202_060956_outcomes.down,
    name: '20261202_060956_outcomes',
  },
  {
    up: migration_20261202_061247_methods_network.up,
    down: migration_20261202_061247_methods_network.down,
    name: '20261202_061247_methods_network',
  },
  {
    up: migration_20261202_061521_cooperations.up,
    down: migration_20261202_061521_cooperations.down,
    name: '20261202_061521_cooperations',
  },
  {
    up: migration_20261202_073149_reconcile_merge.up,
    down: migration_20261202_073149_reconcile_merge.down,
    name: '20261202_073149_reconcile_merge'
  },
  {
    up: migration_20261202_113500_listing_indexes.up,
    down: migration_20261202_113500_listing_indexes.down,
    name: '20261202_113500_listing_indexes'
  },
  {
    up: migration_20261203_041500_admin_search_trigrams.up,
    down: migration_20261203_041500_admin_search_trigrams.down,
    name: '20261203_041500_admin_search_trigrams'
  },
  {
    up: migration_20261203_071500_review_status_indexes.up,
    down: migration_20261203_071500_review_status_indexes.down,
    name: '20261203_071500_review_status_indexes'
  },
];

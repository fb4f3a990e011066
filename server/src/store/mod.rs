//! The store: the one layer that talks to the database for the domain modules above it
//! (`crm`, `accounts`), and the only one allowed to (clippy refuses sea-orm's raw entry points,
//! `Entity::find`, `insert`, `update_many`, `delete_many`, raw SQL, anywhere else; see
//! `server/clippy.toml`).
//!
//! - [`tenant`]: the [`Tenant`] scope every tenant-table function takes;
//! - [`record`]: the [`record::Tenanted`] and [`record::Record`] traits and scoped reads;
//! - [`list`]: filters → count strategy → keyset page ([`paging`]) → rows;
//! - [`write`](mod@write) and [`remove`]: inserts, updates and deletes with their counter and
//!   activity; [`batch`]: the same for many rows at once (imports); [`counters`], [`activity`]
//!   (the audit writer), [`sequences`];
//! - [`etag`]: record versions (`ETag`) and the `If-Match` check of a write;
//! - [`members`]: membership lookups, where a tenant is resolved;
//! - [`capped_count`]: several counts in one query; [`rate_counters`]: the global rate-limit
//!   counters; [`idempotency`]: the stored answers of `Idempotency-Key` requests;
//! - [`outbox`]: the webhook deliveries queued with each activity, the events' reads;
//!   [`dispatch`]: the webhook dispatcher's claim, outcomes and log purge;
//! - [`retention`]: the cross-workspace reads and the purge of the retention sweep;
//! - [`statistics`]: `ANALYZE` of the tables a bulk write grew.
//!
//! Domain modules implement the traits for their entities (`impl_record!` next to the entity's
//! rules) and call these functions; they never build queries from an entity directly.

pub mod activity;
pub mod batch;
pub mod capped_count;
pub mod counters;
pub mod dispatch;
pub mod etag;
pub mod idempotency;
pub mod list;
pub mod members;
pub mod outbox;
pub mod paging;
pub mod rate_counters;
pub mod record;
pub mod remove;
pub mod retention;
pub mod sequences;
pub mod statistics;
pub mod tenant;
pub mod write;

pub use tenant::Tenant;

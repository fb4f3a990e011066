//! sea-orm entities, one module per table of the `migration` crate's schema.
//!
//! Conventions: ids are UUIDv7 (`Uuid`; PostgreSQL `uuid`), timestamps are `DateTimeUtc`
//! (PostgreSQL `timestamptz`; SQLite text, always written in UTC), money is `amount_cents: i64`,
//! closed value sets are the string-backed enums of [`sea_orm_active_enums`]. Every tenant table has
//! `workspace_id` and `UNIQUE (workspace_id, id)`; references between tenant tables are composite
//! `(workspace_id, x_id)` foreign keys, and the relations join on both columns. Soft-deleted tables
//! (companies, contacts, deals, invoices) have `deleted_at`: every read must filter it.

pub mod prelude;
pub mod sea_orm_active_enums;

pub mod activities;
pub mod companies;
pub mod contacts;
pub mod deals;
pub mod entity_counters;
pub mod idempotency_keys;
pub mod invites;
pub mod invoices;
pub mod memberships;
pub mod notes;
pub mod rate_limit_counters;
pub mod refresh_tokens;
pub mod server_settings;
pub mod sessions;
pub mod stages;
pub mod tasks;
pub mod users;
pub mod visits;
pub mod webhook_deliveries;
pub mod webhooks;
pub mod workspace_sequences;
pub mod workspaces;

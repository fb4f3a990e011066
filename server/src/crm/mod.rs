//! The CRM core: stages, companies, contacts, deals, tasks, notes and the activity timeline.
//!
//! The shared machinery lives here once and every entity module uses it:
//! [`record`] (which table is which: tenant scope, live rows, sort, counter, API shape),
//! [`list`] (filters → count strategy → keyset page → rows), [`write`](mod@write) (insert and
//! PATCH with their counter and activity), [`remove`] (deletes and the referential strategy),
//! [`refs`] (422 `INVALID_REFERENCE` checks), [`input`] (text, email and money rules)
//! and [`counters`] (per-workspace live-row counts). Every write runs in one transaction from
//! [`crate::db::begin_write`].
//!
//! Referential strategy (one rule per relation, as the spec's delete operations state):
//! deleting a company nulls `companyId` on its contacts and deals; deleting a contact nulls
//! `primaryContactId` on deals; the tasks and notes attached to a deleted record are deleted with
//! it (tasks also take their own tasks and notes along); a stage with deals is only deleted with
//! `targetStageId`, which receives them.

pub mod activities;
pub mod companies;
pub mod contacts;
pub mod counters;
pub mod csv_export;
pub mod csv_io;
pub mod deals;
pub mod input;
pub mod invoices;
pub mod list;
pub mod notes;
pub mod patch;
pub mod record;
pub mod refs;
pub mod remove;
pub mod reports;
pub mod search;
pub mod stages;
pub mod tasks;
pub mod visits;
pub mod write;

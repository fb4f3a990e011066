//! The CRM core: stages, companies, contacts, deals, tasks, notes, the activity timeline,
//! invoices, visits, reports, search and the contacts' CSV import and export.
//!
//! One module per entity holds everything about it: its rules (validation, defaults, who may
//! delete), its contract shape (`to_api`), its `impl_record!` (how the store lists, writes and
//! counts it) and its referential strategy (what its delete does to the rows that point at it).
//! The shared pieces: [`refs`] (422 `INVALID_REFERENCE` checks, the writes' precondition),
//! [`attachments`] (tasks and notes go with the record they are attached to), [`input`] (text,
//! email and money rules), [`patch`] (absent keeps, null clears, a value replaces). Queries go
//! through [`crate::store`]; every write runs in one transaction from
//! [`crate::db::begin_write`].
//!
//! Referential strategy (one rule per relation, as the spec's delete operations state):
//! deleting a company nulls `companyId` on its contacts and deals; deleting a contact nulls
//! `primaryContactId` on deals; the tasks and notes attached to a deleted record are deleted with
//! it (tasks also take their own tasks and notes along); a stage with deals is only deleted with
//! `targetStageId`, which receives them.

pub mod activities;
pub mod attachments;
pub mod companies;
pub mod contacts;
pub mod csv_export;
pub mod deals;
pub mod import;
pub mod input;
pub mod invoices;
pub mod notes;
pub mod patch;
pub mod refs;
pub mod reports;
pub mod retention;
pub mod search;
pub mod stages;
pub mod tasks;
pub mod visits;

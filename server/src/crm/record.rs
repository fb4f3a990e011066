//! Which table is which: every CRM entity implements [`Record`] once (in the table at the end of
//! this file), and the shared helpers (lists, writes, deletes, reference checks) work on any of
//! them. Tenant scope and "live rows only" are applied here, so no caller can forget them.

use chrono::{DateTime, Utc};
use crm_api::models;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QuerySelect, Select};
use serde::Serialize;
use uuid::Uuid;

use crate::auth::WorkspaceCtx;
use crate::entities::sea_orm_active_enums::RelatedType;
use crate::entities::{
    activities, companies, contacts, deals, invoices, notes, stages, tasks, visits,
};
use crate::error::ApiError;
use crate::paging::{KeyCursor, Sort, SortValue};

/// A tenant table of the CRM core and how the API sees it.
pub trait Record: EntityTrait {
    /// Name in messages: `"Contact"` → "Contact not found".
    const LABEL: &'static str;
    /// `entityType` of its activities: `"contact"`.
    const KIND: &'static str;
    /// Its `entity_counters` row, when the unfiltered total is kept there; `None` counts rows.
    const COUNTER: Option<&'static str>;
    /// The `relatedType` under which tasks and notes attach to it (they go when it goes).
    const ATTACHED: Option<RelatedType>;
    /// The contract's model of a row.
    type Api: Serialize;

    /// `workspace_id`.
    fn workspace_column() -> Self::Column;
    /// `id`.
    fn id_column() -> Self::Column;
    /// The row's id.
    fn id(row: &Self::Model) -> Uuid;
    /// Who may delete the row besides an OWNER or ADMIN; `None`: any member.
    fn owner(row: &Self::Model) -> Option<Uuid>;
    /// `deleted_at` of a soft-deleted table.
    fn deleted_column() -> Option<Self::Column>;
    /// The list order (handoff 10.2), the id last.
    fn sort() -> Sort;
    /// A row's position in [`Record::sort`].
    fn cursor(row: &Self::Model) -> KeyCursor;
    /// The contract's model of `row`.
    fn to_api(row: &Self::Model) -> Self::Api;
    /// Moves `updatedAt` (a no-op for tables without one).
    fn touch(row: &mut Self::Model, now: DateTime<Utc>);
}

/// The rows of `workspace_id`, live ones only.
pub fn scoped<E: Record>(workspace_id: Uuid) -> Select<E> {
    let select = E::find().filter(E::workspace_column().eq(workspace_id));
    match E::deleted_column() {
        Some(deleted) => select.filter(deleted.is_null()),
        None => select,
    }
}

/// The live row `id` of the workspace, or 404.
pub async fn find<E: Record, C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    id: Uuid,
) -> Result<E::Model, ApiError> {
    one::<E, C>(db, scoped::<E>(workspace_id).filter(E::id_column().eq(id))).await
}

/// Like [`find`], locking the row until the transaction ends (PostgreSQL; SQLite transactions
/// from [`crate::db::begin_write`] hold the database's write lock already).
pub async fn find_for_update<E: Record, C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    id: Uuid,
) -> Result<E::Model, ApiError> {
    let select = scoped::<E>(workspace_id).filter(E::id_column().eq(id));
    one::<E, C>(db, select.lock_exclusive()).await
}

async fn one<E: Record, C: ConnectionTrait>(
    db: &C,
    select: Select<E>,
) -> Result<E::Model, ApiError> {
    select
        .one(db)
        .await?
        .ok_or_else(|| ApiError::not_found(E::LABEL))
}

/// The contract's view of the live row `id`; 404 also for a caller without a workspace.
pub async fn get<E: Record, C: ConnectionTrait>(
    db: &C,
    ctx: Option<WorkspaceCtx>,
    id: Uuid,
) -> Result<E::Api, ApiError> {
    let ctx = ctx.ok_or_else(|| ApiError::not_found(E::LABEL))?;
    Ok(E::to_api(&find::<E, C>(db, ctx.workspace_id, id).await?))
}

/// Whether `id` is a live row of the workspace, read under a shared row lock (PostgreSQL
/// `FOR SHARE`; SQLite writes are serialized anyway): a write that checked a reference keeps the
/// referenced row from being deleted until it commits, so a concurrent delete runs after it and
/// its referential effects (nulling `companyId`, removing attached tasks) see the new row.
pub async fn exists<E, C>(db: &C, workspace_id: Uuid, id: Uuid) -> Result<bool, ApiError>
where
    E: Record,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let found: Option<Uuid> = scoped::<E>(workspace_id)
        .select_only()
        .column(E::id_column())
        .filter(E::id_column().eq(id))
        .lock_shared()
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Most recently updated first, then id.
fn recently_updated(updated_at: impl ColumnTrait, id: impl ColumnTrait) -> Sort {
    Sort::new(id, Order::Desc).time(updated_at, Order::Desc)
}

/// Newest first, then id.
fn newest_first(created_at: impl ColumnTrait, id: impl ColumnTrait) -> Sort {
    Sort::new(id, Order::Desc).time(created_at, Order::Desc)
}

fn at(time: DateTime<Utc>) -> SortValue {
    SortValue::Time(Some(time))
}

/// One `impl Record` per table; the arguments are the only differences between them.
macro_rules! record {
    ($table:ident: $label:literal, $kind:literal, counter $counter:expr, api $api:ty,
     deleted $deleted:expr, attached $attached:expr, owner |$owned:ident| $owner:expr,
     sort $sort:expr, cursor |$row:ident| $cursor:expr,
     to_api $to_api:path, touch |$touched:ident, $now:ident| $touch:expr) => {
        impl Record for $table::Entity {
            const LABEL: &'static str = $label;
            const KIND: &'static str = $kind;
            const COUNTER: Option<&'static str> = $counter;
            const ATTACHED: Option<RelatedType> = $attached;
            type Api = $api;

            fn workspace_column() -> Self::Column {
                $table::Column::WorkspaceId
            }
            fn id_column() -> Self::Column {
                $table::Column::Id
            }
            fn id(row: &Self::Model) -> Uuid {
                row.id
            }
            fn owner($owned: &Self::Model) -> Option<Uuid> {
                $owner
            }
            fn deleted_column() -> Option<Self::Column> {
                $deleted
            }
            fn sort() -> Sort {
                $sort
            }
            fn cursor($row: &Self::Model) -> KeyCursor {
                KeyCursor::new($cursor, $row.id)
            }
            fn to_api(row: &Self::Model) -> Self::Api {
                $to_api(row)
            }
            fn touch($touched: &mut Self::Model, $now: DateTime<Utc>) {
                $touch
            }
        }
    };
}

record!(stages: "Stage", "stage", counter None, api models::Stage, deleted None,
    attached None, owner |_row| None,
    sort Sort::new(stages::Column::Id, Order::Asc)
        .int(stages::Column::Position, Order::Asc)
        .time(stages::Column::CreatedAt, Order::Asc),
    cursor |row| vec![SortValue::Int(row.position.into()), at(row.created_at)],
    to_api super::stages::to_api, touch |row, now| row.updated_at = now);

/// The owned, soft-deleted records (companies, contacts, deals): most recently updated first,
/// deleted by their owner or a manager, with tasks and notes attached.
macro_rules! owned_record {
    ($table:ident: $label:literal, $kind:literal, $api:ty, $attached:ident) => {
        record!($table: $label, $kind, counter Some(stringify!($table)), api $api,
            deleted Some($table::Column::DeletedAt), attached Some(RelatedType::$attached),
            owner |row| Some(row.owner_id),
            sort recently_updated($table::Column::UpdatedAt, $table::Column::Id),
            cursor |row| vec![at(row.updated_at)],
            to_api super::$table::to_api, touch |row, now| row.updated_at = now);
    };
}

owned_record!(companies: "Company", "company", models::Company, Company);
owned_record!(contacts: "Contact", "contact", models::Contact, Contact);
owned_record!(deals: "Deal", "deal", models::Deal, Deal);

record!(tasks: "Task", "task", counter Some("tasks"), api models::Task, deleted None,
    attached Some(RelatedType::Task), owner |_row| None,
    sort Sort::new(tasks::Column::Id, Order::Desc)
        .nullable_time(tasks::Column::DueAt, Order::Asc)
        .time(tasks::Column::CreatedAt, Order::Desc),
    cursor |row| vec![SortValue::Time(row.due_at), at(row.created_at)],
    to_api super::tasks::to_api, touch |row, now| row.updated_at = now);

record!(notes: "Note", "note", counter Some("notes"), api models::Note, deleted None,
    attached None, owner |row| Some(row.author_id),
    sort newest_first(notes::Column::CreatedAt, notes::Column::Id),
    cursor |row| vec![at(row.created_at)],
    to_api super::notes::to_api, touch |row, now| row.updated_at = now);

record!(activities: "Activity", "activity", counter Some(crate::accounts::activity::COUNTER),
    api models::Activity, deleted None,
    attached None, owner |_row| None,
    sort newest_first(activities::Column::CreatedAt, activities::Column::Id),
    cursor |row| vec![at(row.created_at)],
    to_api super::activities::to_api, touch |_row, _now| ());

// Invoices: soft-deleted and counted like the owned records, but not owned: their creator (or a
// manager) deletes them, and an invoice whose creator is unknown only a manager (the nil id
// matches no caller). Nothing attaches to an invoice.
record!(invoices: "Invoice", "invoice", counter Some("invoices"), api models::Invoice,
    deleted Some(invoices::Column::DeletedAt), attached None,
    owner |row| Some(row.created_by_id.unwrap_or(Uuid::nil())),
    sort recently_updated(invoices::Column::UpdatedAt, invoices::Column::Id),
    cursor |row| vec![at(row.updated_at)],
    to_api super::invoices::to_api, touch |row, now| row.updated_at = now);

// Visits: deleted for good by any member.
record!(visits: "Visit", "visit", counter Some("visits"), api models::Visit, deleted None,
    attached None, owner |_row| None,
    sort Sort::new(visits::Column::Id, Order::Asc)
        .date(visits::Column::VisitDate, Order::Asc)
        .text(visits::Column::VisitTime, Order::Asc),
    cursor |row| vec![SortValue::Date { day: row.visit_date }, SortValue::Text { text: row.visit_time.clone() }],
    to_api super::visits::to_api, touch |row, now| row.updated_at = now);

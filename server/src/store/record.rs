//! Which table is which. Every tenant table implements [`Tenanted`] (its workspace and id
//! columns), and every CRM record also [`Record`] (label, activity kind, counter, list order,
//! API shape, referential strategy). Both are implemented in the entity's own domain module,
//! next to its rules, with [`impl_tenanted!`] and [`impl_record!`]; the store's helpers (reads,
//! lists, writes, deletes) work on any of them and apply the tenant scope and "live rows only"
//! themselves, so no caller can forget them.

use std::future::Future;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QuerySelect, Select};
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::paging::{KeyCursor, Sort, SortValue};
use super::tenant::Tenant;
use crate::error::ApiError;

/// A table whose rows belong to one workspace.
pub trait Tenanted: EntityTrait {
    /// Name in messages: `"Contact"` → "Contact not found".
    const LABEL: &'static str;

    /// `workspace_id`.
    fn workspace_column() -> Self::Column;
    /// `id`.
    fn id_column() -> Self::Column;
    /// The row's id.
    fn id(row: &Self::Model) -> Uuid;
    /// Puts the row in `workspace_id` (inserts and updates take the workspace from the tenant).
    fn stamp(row: &mut Self::Model, workspace_id: Uuid);
    /// `deleted_at` of a soft-deleted table.
    fn deleted_column() -> Option<Self::Column> {
        None
    }
}

/// What a delete did to the rows related to the deleted record (its activity's metadata).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteEffects {
    /// Rows whose reference was set to null, by table (`{"contacts": 3}`).
    pub detached: Map<String, Value>,
    /// Attached tasks deleted with it.
    pub removed_tasks: u64,
    /// Attached notes deleted with it.
    pub removed_notes: u64,
}

/// A CRM record: a tenant table the API lists, creates, changes and deletes, with activities.
pub trait Record: Tenanted {
    /// `entityType` of its activities: `"contact"`.
    const KIND: &'static str;
    /// Its `entity_counters` row, when the unfiltered total is kept there; `None` counts rows.
    const COUNTER: Option<&'static str>;
    /// The contract's model of a row.
    type Api: Serialize;

    /// Who may delete the row besides an OWNER or ADMIN; `None`: any member.
    fn owner(row: &Self::Model) -> Option<Uuid>;
    /// The list order (handoff 10.2), the id last.
    fn sort() -> Sort;
    /// A row's position in [`Record::sort`].
    fn cursor(row: &Self::Model) -> KeyCursor;
    /// The contract's model of `row`.
    fn to_api(row: &Self::Model) -> Self::Api;
    /// Moves `updatedAt` (a no-op for tables without one).
    fn touch(row: &mut Self::Model, now: DateTime<Utc>);
    /// The row as its activities record it: the contract's view, unless a field must not reach
    /// the audit trail every member reads (a webhook URL's path may hold a token).
    fn audit(row: &Self::Model) -> Value {
        serde_json::to_value(Self::to_api(row)).unwrap_or(Value::Null)
    }
    /// The referential strategy: what deleting the row `id` does to the rows that point at it,
    /// in the delete's transaction (detach them, delete what is attached). Default: nothing.
    fn on_delete<C: ConnectionTrait>(
        db: &C,
        tenant: Tenant,
        id: Uuid,
    ) -> impl Future<Output = Result<DeleteEffects, ApiError>> + Send {
        let _ = (db, tenant, id);
        std::future::ready(Ok(DeleteEffects::default()))
    }
}

/// Implements [`Tenanted`] for the entity module `$table` (columns `workspace_id` and `id`),
/// optionally soft-deleted through `deleted_at`.
macro_rules! impl_tenanted {
    ($table:ident: $label:literal $(, deleted $deleted:ident)?) => {
        impl $crate::store::record::Tenanted for $table::Entity {
            const LABEL: &'static str = $label;

            fn workspace_column() -> Self::Column {
                $table::Column::WorkspaceId
            }
            fn id_column() -> Self::Column {
                $table::Column::Id
            }
            fn id(row: &Self::Model) -> uuid::Uuid {
                row.id
            }
            fn stamp(row: &mut Self::Model, workspace_id: uuid::Uuid) {
                row.workspace_id = workspace_id;
            }
            $(fn deleted_column() -> Option<Self::Column> {
                Some($table::Column::$deleted)
            })?
        }
    };
}
pub(crate) use impl_tenanted;

/// Implements [`Tenanted`] and [`Record`] for the entity module `$table`; the arguments are the
/// only differences between the CRM records.
macro_rules! impl_record {
    ($table:ident: $label:literal $(, deleted $deleted:ident)?;
     kind $kind:literal, counter $counter:expr, api $api:ty,
     owner |$owned:ident| $owner:expr,
     sort $sort:expr, cursor |$row:ident| $cursor:expr,
     to_api $to_api:path, touch |$touched:ident, $now:ident| $touch:expr
     $(, on_delete $on_delete:path)? $(, audit $audit:path)? $(,)?) => {
        $crate::store::record::impl_tenanted!($table: $label $(, deleted $deleted)?);

        impl $crate::store::record::Record for $table::Entity {
            const KIND: &'static str = $kind;
            const COUNTER: Option<&'static str> = $counter;
            type Api = $api;

            fn owner($owned: &Self::Model) -> Option<uuid::Uuid> {
                $owner
            }
            fn sort() -> $crate::store::paging::Sort {
                $sort
            }
            fn cursor($row: &Self::Model) -> $crate::store::paging::KeyCursor {
                $crate::store::paging::KeyCursor::new($cursor, $row.id)
            }
            fn to_api(row: &Self::Model) -> Self::Api {
                $to_api(row)
            }
            fn touch($touched: &mut Self::Model, $now: chrono::DateTime<chrono::Utc>) {
                $touch
            }
            $(fn on_delete<C: sea_orm::ConnectionTrait>(
                db: &C,
                tenant: $crate::store::Tenant,
                id: uuid::Uuid,
            ) -> impl std::future::Future<
                Output = Result<$crate::store::record::DeleteEffects, $crate::error::ApiError>,
            > + Send {
                $on_delete(db, tenant, id)
            })?
            $(fn audit(row: &Self::Model) -> serde_json::Value {
                $audit(row)
            })?
        }
    };
}
pub(crate) use impl_record;

/// [`impl_record!`] for an owned, soft-deleted record (companies, contacts, deals): counted in
/// `entity_counters` under its table's name, most recently updated first, deleted by its owner
/// or a manager, with its referential strategy `$on_delete`.
macro_rules! impl_owned_record {
    ($table:ident: $label:literal; kind $kind:literal, api $api:ty, on_delete $on_delete:path) => {
        $crate::store::record::impl_record!($table: $label, deleted DeletedAt;
            kind $kind, counter Some(stringify!($table)), api $api,
            owner |row| Some(row.owner_id),
            sort $crate::store::record::recently_updated(
                $table::Column::UpdatedAt,
                $table::Column::Id,
            ),
            cursor |row| vec![$crate::store::record::at(row.updated_at)],
            to_api to_api, touch |row, now| row.updated_at = now,
            on_delete $on_delete);
    };
}
pub(crate) use impl_owned_record;

/// Most recently updated first, then id.
pub fn recently_updated(updated_at: impl ColumnTrait, id: impl ColumnTrait) -> Sort {
    Sort::new(id, Order::Desc).time(updated_at, Order::Desc)
}

/// Newest first, then id.
pub fn newest_first(created_at: impl ColumnTrait, id: impl ColumnTrait) -> Sort {
    Sort::new(id, Order::Desc).time(created_at, Order::Desc)
}

/// A timestamp as a sort key.
pub fn at(time: DateTime<Utc>) -> SortValue {
    SortValue::Time(Some(time))
}

/// The rows of the tenant's workspace, soft-deleted ones included (unique numbers, rows that
/// still point at something).
#[expect(
    clippy::disallowed_methods,
    reason = "the store's one entry point for reading a tenant table: the scope is applied here"
)]
pub fn scoped_with_deleted<E: Tenanted>(tenant: Tenant) -> Select<E> {
    E::find().filter(E::workspace_column().eq(tenant.workspace_id()))
}

/// The live rows of the tenant's workspace: every read starts here.
pub fn scoped<E: Tenanted>(tenant: Tenant) -> Select<E> {
    let select = scoped_with_deleted::<E>(tenant);
    match E::deleted_column() {
        Some(deleted) => select.filter(deleted.is_null()),
        None => select,
    }
}

/// The live row `id` of the workspace, or 404.
pub async fn find<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<E::Model, ApiError> {
    one::<E, C>(db, scoped::<E>(tenant).filter(E::id_column().eq(id))).await
}

/// Like [`find`], locking the row until the transaction ends (PostgreSQL; SQLite transactions
/// from [`crate::db::begin_write`] hold the database's write lock already).
pub async fn find_for_update<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<E::Model, ApiError> {
    let select = scoped::<E>(tenant).filter(E::id_column().eq(id));
    one::<E, C>(db, select.lock_exclusive()).await
}

async fn one<E: Tenanted, C: ConnectionTrait>(
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
    tenant: Option<Tenant>,
    id: Uuid,
) -> Result<E::Api, ApiError> {
    let tenant = tenant.ok_or_else(|| ApiError::not_found(E::LABEL))?;
    Ok(E::to_api(&find::<E, C>(db, tenant, id).await?))
}

/// Whether `id` is a live row of the workspace, read under a shared row lock (PostgreSQL
/// `FOR SHARE`; SQLite writes are serialized anyway): a write that checked a reference keeps the
/// referenced row from being deleted until it commits, so a concurrent delete runs after it and
/// its referential effects (nulling `companyId`, removing attached tasks) see the new row.
pub async fn exists<E, C>(db: &C, tenant: Tenant, id: Uuid) -> Result<bool, ApiError>
where
    E: Tenanted,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let found: Option<Uuid> = scoped::<E>(tenant)
        .select_only()
        .column(E::id_column())
        .filter(E::id_column().eq(id))
        .lock_shared()
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// The row `id` of whichever workspace holds it, for the one caller whose id proves its right
/// to the row without a tenant: an invite token is an HMAC of the invite's id, checked before
/// this lookup (acceptance happens before the accepting user is a member).
#[expect(
    clippy::disallowed_methods,
    reason = "the one unscoped read of a tenant table, for ids proven by a signed token"
)]
pub async fn find_by_signed_id<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<E::Model>, ApiError> {
    Ok(E::find().filter(E::id_column().eq(id)).one(db).await?)
}

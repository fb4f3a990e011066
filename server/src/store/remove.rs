//! Deletes of any [`Record`]:
//! - soft delete (tables with `deleted_at`: companies, contacts, deals, invoices): `deleted_at`
//!   is set and the counter goes down;
//! - hard delete (the others): the row goes.
//!
//! Either way the record's referential strategy ([`Record::on_delete`], in its domain module)
//! runs in the same transaction, and one `<kind>.deleted` activity is written whose metadata
//! holds the record's last values and what happened to related rows (`detached`, `removed`).

use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, QueryFilter, QuerySelect};
use serde_json::{Value, json};
use uuid::Uuid;

use super::counters;
use super::etag::IfMatch;
use super::record::{Record, Tenanted, find_for_update, scoped_with_deleted};
use super::tenant::Tenant;
use super::write::{diff, log, snapshot, update_where};
use crate::error::ApiError;

/// 403 unless the member owns the record or is OWNER/ADMIN.
pub fn require_owner_or_manager(tenant: Tenant, owner_id: Uuid) -> Result<(), ApiError> {
    if owner_id == tenant.user_id() || tenant.is_manager() {
        return Ok(());
    }
    Err(ApiError::forbidden(
        "Only its owner or an owner or admin of the workspace may delete this record",
    ))
}

/// The whole `DELETE` of a record, in one transaction: the live row or 404; its owner (when it
/// has one, see [`Record::owner`]) or a manager, else 403; then a soft delete for tables with
/// `deleted_at` and a hard delete otherwise, with the referential effects. A row not at a
/// version `expected` names is a 412 (checked on the locked row).
pub async fn delete<E: Record>(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let row = find_for_update::<E, _>(&txn, tenant, id).await?;
    expected.check(|| E::to_api(&row))?;
    if let Some(owner) = E::owner(&row) {
        require_owner_or_manager(tenant, owner)?;
    }
    match E::deleted_column() {
        Some(_) => soft_delete::<E, _>(&txn, tenant, &row).await?,
        None => hard_delete::<E, _>(&txn, tenant, &row).await?,
    }
    txn.commit().await?;
    Ok(())
}

/// The whole restore of a soft-deleted record, in one transaction (OWNER or ADMIN): the
/// deleted row or 404; `deleted_at` cleared, counted again, `<kind>.restored` written with its
/// values. Its delete detached every reference to it and removed what was attached, so the
/// restored row refers to live records only; `updatedAt` stays (its content did not change).
pub async fn restore<E: Record>(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
) -> Result<E::Model, ApiError> {
    tenant.require_manager()?;
    let Some(deleted_at) = E::deleted_column() else {
        return Err(ApiError::not_found(E::LABEL));
    };
    let txn = crate::db::begin_write(db).await?;
    let trashed = scoped_with_deleted::<E>(tenant)
        .filter(E::id_column().eq(id))
        .filter(deleted_at.is_not_null())
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or_else(|| ApiError::not_found(E::LABEL))?;
    let none: Option<chrono::DateTime<chrono::Utc>> = None;
    let this_row = E::id_column().eq(id).and(deleted_at.is_not_null());
    update_where::<E, _>(
        &txn,
        tenant,
        this_row,
        vec![(deleted_at, Expr::value(none))],
    )
    .await?;
    if let Some(counter) = E::COUNTER {
        counters::adjust(&txn, tenant, counter, 1).await?;
    }
    let restored = diff(&Value::Null, &snapshot::<E>(&trashed));
    log::<E, _>(
        &txn,
        tenant,
        "restored",
        id,
        Some(json!({ "changes": restored })),
    )
    .await?;
    txn.commit().await?;
    Ok(trashed)
}

/// Soft-deletes `row` in the caller's transaction (after its permission checks): `deleted_at`
/// is set, then the counter, referential effects and activity. A row deleted meanwhile is a 404.
pub async fn soft_delete<E: Record, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    row: &E::Model,
) -> Result<(), ApiError> {
    let Some(deleted_at) = E::deleted_column() else {
        return hard_delete::<E, C>(db, tenant, row).await;
    };
    let this_live_row = E::id_column().eq(E::id(row)).and(deleted_at.is_null());
    let now = Expr::value(crate::time::now());
    let marked = update_where::<E, C>(db, tenant, this_live_row, vec![(deleted_at, now)]).await?;
    if marked == 0 {
        return Err(ApiError::not_found(E::LABEL));
    }
    finish::<E, C>(db, tenant, row).await
}

/// Deletes `row` for good, with what is attached to it, in the caller's transaction.
pub async fn hard_delete<E: Record, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    row: &E::Model,
) -> Result<(), ApiError> {
    let deleted = delete_where::<E, C>(db, tenant, E::id_column().eq(E::id(row))).await?;
    if deleted == 0 {
        return Err(ApiError::not_found(E::LABEL));
    }
    finish::<E, C>(db, tenant, row).await
}

/// Counter, referential effects and the activity of a delete.
async fn finish<E: Record, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    row: &E::Model,
) -> Result<(), ApiError> {
    let id = E::id(row);
    if let Some(counter) = E::COUNTER {
        counters::adjust(db, tenant, counter, -1).await?;
    }
    let effects = E::on_delete(db, tenant, id).await?;
    let metadata = json!({
        "changes": diff(&snapshot::<E>(row), &Value::Null),
        "detached": effects.detached,
        "removed": { "tasks": effects.removed_tasks, "notes": effects.removed_notes },
    });
    log::<E, C>(db, tenant, "deleted", id, Some(metadata)).await
}

/// Sets the reference `column` of `E` to null (and moves `updated_at`) wherever it names `id`;
/// answers how many rows were detached.
pub async fn detach<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    column: E::Column,
    updated_at: E::Column,
    id: Uuid,
) -> Result<u64, ApiError> {
    let none: Option<Uuid> = None;
    let columns = vec![
        (column, Expr::value(none)),
        (updated_at, Expr::value(crate::time::now())),
    ];
    update_where::<E, C>(db, tenant, column.eq(id), columns).await
}

/// Deletes the tenant's rows of `E` matching `condition` for good (no counter, no activity: the
/// caller's rule decides those); answers how many went.
#[expect(
    clippy::disallowed_methods,
    reason = "the store's delete: scoped to the tenant's workspace here"
)]
pub async fn delete_where<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    condition: SimpleExpr,
) -> Result<u64, ApiError> {
    let deleted = E::delete_many()
        .filter(E::workspace_column().eq(tenant.workspace_id()))
        .filter(condition)
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

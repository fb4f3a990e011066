//! Deletes and the referential strategy, for any [`Record`]:
//! - soft delete (companies, contacts, deals): `deleted_at` is set, the counter goes down, the
//!   rows that point at the record are detached ([`Detach`]), its tasks and notes are deleted;
//! - hard delete (tasks, notes): the row goes, and a task takes its own tasks and notes along.
//!
//! Each writes one `<kind>.deleted` activity whose metadata holds the record's last values and
//! what happened to related rows (`detached`, `removed`).

use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect,
};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::counters;
use super::record::{Record, find_for_update};
use super::write::{diff, log, snapshot};
use crate::auth::WorkspaceCtx;
use crate::entities::sea_orm_active_enums::RelatedType;
use crate::entities::{contacts, deals, notes, tasks};
use crate::error::ApiError;

/// A reference that is set to null when the record it names is deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detach {
    /// `contacts.company_id`.
    ContactsFromCompany,
    /// `deals.company_id`.
    DealsFromCompany,
    /// `deals.primary_contact_id`.
    DealsFromContact,
}

/// 403 unless the caller owns the record or is OWNER/ADMIN.
pub fn require_owner_or_manager(ctx: WorkspaceCtx, owner_id: Uuid) -> Result<(), ApiError> {
    if owner_id == ctx.user_id || ctx.is_manager() {
        return Ok(());
    }
    Err(ApiError::forbidden(
        "Only its owner or an owner or admin of the workspace may delete this record",
    ))
}

/// The whole `DELETE` of a record, in one transaction: the live row or 404; its owner (when it
/// has one, see [`Record::owner`]) or a manager, else 403; then a soft delete for tables with
/// `deleted_at` and a hard delete otherwise, with the referential effects.
pub async fn delete<E: Record>(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    id: Uuid,
    detach: &[Detach],
) -> Result<(), ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let row = find_for_update::<E, _>(&txn, ctx.workspace_id, id).await?;
    if let Some(owner) = E::owner(&row) {
        require_owner_or_manager(ctx, owner)?;
    }
    match E::deleted_column() {
        Some(_) => soft_delete::<E, _>(&txn, ctx, &row, detach).await?,
        None => hard_delete::<E, _>(&txn, ctx, &row).await?,
    }
    txn.commit().await?;
    Ok(())
}

/// Soft-deletes `row` in the caller's transaction (after its permission checks): `deleted_at`
/// is set, then the counter, referential effects and activity. A row deleted meanwhile is a 404.
pub async fn soft_delete<E: Record, C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    row: &E::Model,
    detach: &[Detach],
) -> Result<(), ApiError> {
    let Some(deleted_at) = E::deleted_column() else {
        return hard_delete::<E, C>(db, ctx, row).await;
    };
    let marked = E::update_many()
        .col_expr(deleted_at, Expr::value(crate::time::now()))
        .filter(E::workspace_column().eq(ctx.workspace_id))
        .filter(E::id_column().eq(E::id(row)))
        .filter(deleted_at.is_null())
        .exec(db)
        .await?;
    if marked.rows_affected == 0 {
        return Err(ApiError::not_found(E::LABEL));
    }
    finish::<E, C>(db, ctx, row, detach).await
}

/// Deletes `row` for good, with what is attached to it, in the caller's transaction.
pub async fn hard_delete<E: Record, C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    row: &E::Model,
) -> Result<(), ApiError> {
    let deleted = E::delete_many()
        .filter(E::workspace_column().eq(ctx.workspace_id))
        .filter(E::id_column().eq(E::id(row)))
        .exec(db)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(ApiError::not_found(E::LABEL));
    }
    finish::<E, C>(db, ctx, row, &[]).await
}

/// Counter, referential effects and the activity of a delete.
async fn finish<E: Record, C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    row: &E::Model,
    detach: &[Detach],
) -> Result<(), ApiError> {
    let id = E::id(row);
    if let Some(counter) = E::COUNTER {
        counters::adjust(db, ctx.workspace_id, counter, -1).await?;
    }
    let mut detached = Map::new();
    for reference in detach {
        let (name, count) = nullify(db, ctx.workspace_id, *reference, id).await?;
        detached.insert(name.to_owned(), count.into());
    }
    let (tasks, notes) = match E::ATTACHED {
        Some(kind) => remove_attached(db, ctx.workspace_id, kind, id).await?,
        None => (0, 0),
    };
    let metadata = json!({
        "changes": diff(&snapshot::<E>(row), &Value::Null),
        "detached": detached,
        "removed": { "tasks": tasks, "notes": notes },
    });
    log::<E, C>(db, ctx, "deleted", id, Some(metadata)).await
}

/// Sets the reference to null wherever it names `id`; answers what and how many rows.
async fn nullify<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    reference: Detach,
    id: Uuid,
) -> Result<(&'static str, u64), ApiError> {
    let now = crate::time::now();
    let none: Option<Uuid> = None;
    let result = match reference {
        Detach::ContactsFromCompany => {
            contacts::Entity::update_many()
                .col_expr(contacts::Column::CompanyId, Expr::value(none))
                .col_expr(contacts::Column::UpdatedAt, Expr::value(now))
                .filter(contacts::Column::WorkspaceId.eq(workspace_id))
                .filter(contacts::Column::CompanyId.eq(id))
                .exec(db)
                .await?
        }
        Detach::DealsFromCompany | Detach::DealsFromContact => {
            let column = if reference == Detach::DealsFromCompany {
                deals::Column::CompanyId
            } else {
                deals::Column::PrimaryContactId
            };
            deals::Entity::update_many()
                .col_expr(column, Expr::value(none))
                .col_expr(deals::Column::UpdatedAt, Expr::value(now))
                .filter(deals::Column::WorkspaceId.eq(workspace_id))
                .filter(column.eq(id))
                .exec(db)
                .await?
        }
    };
    let name = match reference {
        Detach::ContactsFromCompany => "contacts",
        Detach::DealsFromCompany | Detach::DealsFromContact => "deals",
    };
    Ok((name, result.rows_affected))
}

/// Deletes the tasks and notes attached to the record, and, level by level, the tasks and notes
/// attached to those tasks. Answers how many tasks and notes went.
pub async fn remove_attached<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    kind: RelatedType,
    id: Uuid,
) -> Result<(u64, u64), ApiError> {
    let mut all_tasks: Vec<Uuid> = Vec::new();
    let mut level = attached_tasks(db, workspace_id, kind, vec![id]).await?;
    while !level.is_empty() {
        all_tasks.extend(&level);
        level = attached_tasks(db, workspace_id, RelatedType::Task, level).await?;
    }
    let of_record = notes::Column::RelatedType
        .eq(kind)
        .and(notes::Column::RelatedId.eq(id));
    let of_tasks = notes::Column::RelatedType
        .eq(RelatedType::Task)
        .and(notes::Column::RelatedId.is_in(all_tasks.clone()));
    let notes_gone = notes::Entity::delete_many()
        .filter(notes::Column::WorkspaceId.eq(workspace_id))
        .filter(of_record.or(of_tasks))
        .exec(db)
        .await?
        .rows_affected;
    let tasks_gone = if all_tasks.is_empty() {
        0
    } else {
        tasks::Entity::delete_many()
            .filter(tasks::Column::WorkspaceId.eq(workspace_id))
            .filter(tasks::Column::Id.is_in(all_tasks))
            .exec(db)
            .await?
            .rows_affected
    };
    let as_delta = |n: u64| -i64::try_from(n).unwrap_or(i64::MAX);
    for (counter, gone) in [
        (tasks::Entity::COUNTER, tasks_gone),
        (notes::Entity::COUNTER, notes_gone),
    ] {
        if let Some(counter) = counter {
            counters::adjust(db, workspace_id, counter, as_delta(gone)).await?;
        }
    }
    Ok((tasks_gone, notes_gone))
}

/// Ids of the tasks attached to any of `ids` of `kind`.
async fn attached_tasks<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    kind: RelatedType,
    ids: Vec<Uuid>,
) -> Result<Vec<Uuid>, ApiError> {
    Ok(tasks::Entity::find()
        .select_only()
        .column(tasks::Column::Id)
        .filter(tasks::Column::WorkspaceId.eq(workspace_id))
        .filter(tasks::Column::RelatedType.eq(kind))
        .filter(tasks::Column::RelatedId.is_in(ids))
        .into_tuple::<Uuid>()
        .all(db)
        .await?)
}

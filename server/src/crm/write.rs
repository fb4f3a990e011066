//! Inserts and updates of any [`Record`], each with its counter and its activity in the caller's
//! transaction. An update is decided on the contract's view of the row: the fields whose JSON
//! differs are the changes (before and after in the activity), and a PATCH that changes nothing
//! writes nothing and keeps `updatedAt`.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel,
    QueryFilter,
};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::counters;
use super::record::{Record, find_for_update};
use super::refs::Refs;
use crate::accounts::activity::{self, NewActivity};
use crate::auth::WorkspaceCtx;
use crate::error::ApiError;

/// Fields every row has that no change is about.
const SERVER_FIELDS: [&str; 4] = ["id", "workspaceId", "createdAt", "updatedAt"];

/// The changed fields, `{field: {before, after}}`.
pub type Changes = Map<String, Value>;

/// The contract's JSON of `row`.
pub fn snapshot<E: Record>(row: &E::Model) -> Value {
    serde_json::to_value(E::to_api(row)).unwrap_or(Value::Null)
}

/// The fields that differ between two snapshots (absent counts as `null`), server fields aside.
pub fn diff(before: &Value, after: &Value) -> Changes {
    let empty = Map::new();
    let before = before.as_object().unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    let mut changes = Map::new();
    for field in before.keys().chain(after.keys()) {
        if SERVER_FIELDS.contains(&field.as_str()) || changes.contains_key(field) {
            continue;
        }
        let old = before.get(field).unwrap_or(&Value::Null);
        let new = after.get(field).unwrap_or(&Value::Null);
        if old != new {
            changes.insert(field.clone(), json!({ "before": old, "after": new }));
        }
    }
    changes
}

/// `{"changes": changes}`, the metadata of a change.
pub fn metadata(changes: Changes) -> Value {
    json!({ "changes": changes })
}

/// Writes the activity `<kind>.<verb>` about `id`.
pub async fn log<E: Record, C: ConnectionTrait>(
    db: &C,
    ctx: WorkspaceCtx,
    verb: &str,
    id: uuid::Uuid,
    metadata: Option<Value>,
) -> Result<(), ApiError> {
    let kind = format!("{}.{verb}", E::KIND);
    activity::record(
        db,
        NewActivity {
            workspace_id: ctx.workspace_id,
            actor_id: ctx.user_id,
            kind: &kind,
            entity_type: E::KIND,
            entity_id: id,
            metadata,
        },
    )
    .await
}

/// Inserts a new row, counts it and writes `<kind>.created` with every field set.
pub async fn insert<E, C>(db: &C, ctx: WorkspaceCtx, row: E::Model) -> Result<E::Model, ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::insert(row.clone().into_active_model())
        .exec_without_returning(db)
        .await?;
    if let Some(counter) = E::COUNTER {
        counters::adjust(db, ctx.workspace_id, counter, 1).await?;
    }
    let created = diff(&Value::Null, &snapshot::<E>(&row));
    log::<E, C>(db, ctx, "created", E::id(&row), Some(metadata(created))).await?;
    Ok(row)
}

/// Saves `next` over `before` when they differ: moves `updatedAt` and writes `<kind>.updated`
/// with the changes, which it also answers (empty: nothing was written).
pub async fn update<E, C>(
    db: &C,
    ctx: WorkspaceCtx,
    before: &E::Model,
    mut next: E::Model,
) -> Result<(E::Model, Changes), ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let changes = diff(&snapshot::<E>(before), &snapshot::<E>(&next));
    if changes.is_empty() {
        return Ok((before.clone(), changes));
    }
    E::touch(&mut next, crate::time::now());
    let active = next.clone().into_active_model().reset_all();
    E::update_many()
        .set(active)
        .filter(E::workspace_column().eq(ctx.workspace_id))
        .filter(E::id_column().eq(E::id(before)))
        .exec(db)
        .await?;
    log::<E, C>(
        db,
        ctx,
        "updated",
        E::id(before),
        Some(metadata(changes.clone())),
    )
    .await?;
    Ok((next, changes))
}

/// Creates `row` after checking `refs`, in one transaction.
pub async fn create<E>(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    refs: Refs,
    row: E::Model,
) -> Result<E::Model, ApiError>
where
    E: Record,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let txn = crate::db::begin_write(db).await?;
    refs.check(&txn, ctx.workspace_id).await?;
    let row = insert::<E, _>(&txn, ctx, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// A PATCH of the live row `id`: `apply` changes a copy of it (see [`super::patch`]) and names
/// the references to check; the row is saved when its contract view changed. Each `(field, verb)`
/// of `announce` that changed also writes `<kind>.<verb>` with that field's before and after.
pub async fn patch<E, F>(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    id: Uuid,
    announce: &[(&str, &str)],
    apply: F,
) -> Result<E::Model, ApiError>
where
    E: Record,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
    F: FnOnce(&mut E::Model) -> Result<Refs, ApiError>,
{
    let txn = crate::db::begin_write(db).await?;
    let before = find_for_update::<E, _>(&txn, ctx.workspace_id, id).await?;
    let mut next = before.clone();
    apply(&mut next)?.check(&txn, ctx.workspace_id).await?;
    let (row, changes) = update::<E, _>(&txn, ctx, &before, next).await?;
    for (field, verb) in announce {
        if let Some(change) = changes.get(*field) {
            let only = Map::from_iter([((*field).to_owned(), change.clone())]);
            log::<E, _>(&txn, ctx, verb, id, Some(metadata(only))).await?;
        }
    }
    txn.commit().await?;
    Ok(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_lists_changed_fields_only() {
        let before = json!({"id": 1, "name": "a", "domain": "x", "updatedAt": "t1"});
        let after = json!({"id": 1, "name": "b", "domain": "x", "size": "5", "updatedAt": "t2"});
        let changes = diff(&before, &after);
        assert_eq!(
            Value::Object(changes),
            json!({"name": {"before": "a", "after": "b"}, "size": {"before": null, "after": "5"}})
        );
    }
}

//! Inserts and updates of any [`Record`], each with its counter and its activity in the caller's
//! transaction. The workspace always comes from the [`Tenant`]: an insert stamps it on the row,
//! and an update can change neither `workspace_id` nor `id`.
//!
//! An update is decided on the contract's view of the row: the fields whose JSON differs are the
//! changes (before and after in the activity), and a PATCH that changes nothing writes nothing
//! and keeps `updatedAt`.

use std::future::Future;

use sea_orm::sea_query::SimpleExpr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, IdenStatic,
    IntoActiveModel, QueryFilter,
};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::activity::{self, NewActivity};
use super::counters;
use super::etag::IfMatch;
use super::record::{Record, Tenanted, find_for_update};
use super::tenant::Tenant;
use crate::error::ApiError;

/// Fields every row has that no change is about.
const SERVER_FIELDS: [&str; 4] = ["id", "workspaceId", "createdAt", "updatedAt"];

/// The changed fields, `{field: {before, after}}`.
pub type Changes = Map<String, Value>;

/// A check that runs inside a write's transaction before anything is written (the domain's
/// reference checks), so the rows it looked at cannot change before the write commits.
pub trait Precondition: Send {
    /// `Ok` to go on with the write; any error aborts it.
    fn check<C: ConnectionTrait>(
        self,
        db: &C,
        tenant: Tenant,
    ) -> impl Future<Output = Result<(), ApiError>> + Send;
}

/// No precondition.
impl Precondition for () {
    fn check<C: ConnectionTrait>(
        self,
        _db: &C,
        _tenant: Tenant,
    ) -> impl Future<Output = Result<(), ApiError>> + Send {
        std::future::ready(Ok(()))
    }
}

/// The JSON of `row` its activities record ([`Record::audit`]: the contract's, by default).
pub fn snapshot<E: Record>(row: &E::Model) -> Value {
    E::audit(row)
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
    tenant: Tenant,
    verb: &str,
    id: Uuid,
    metadata: Option<Value>,
) -> Result<(), ApiError> {
    let kind = format!("{}.{verb}", E::KIND);
    let activity = NewActivity {
        kind: &kind,
        entity_type: E::KIND,
        entity_id: id,
        metadata,
    };
    activity::record(db, tenant, activity).await
}

/// Inserts `row` into the tenant's workspace as it is (no counter, no activity): for the tables
/// whose writes are not CRM records (memberships, invites). Answers the row as stored.
#[expect(
    clippy::disallowed_methods,
    reason = "the store's insert: the workspace is stamped from the tenant here"
)]
pub async fn insert_row<E, C>(
    db: &C,
    tenant: Tenant,
    mut row: E::Model,
) -> Result<E::Model, ApiError>
where
    E: Tenanted,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::stamp(&mut row, tenant.workspace_id());
    E::insert(row.clone().into_active_model())
        .exec_without_returning(db)
        .await?;
    Ok(row)
}

/// Inserts a new record, counts it and writes `<kind>.created` with every field set.
pub async fn insert<E, C>(db: &C, tenant: Tenant, row: E::Model) -> Result<E::Model, ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let row = insert_row::<E, C>(db, tenant, row).await?;
    if let Some(counter) = E::COUNTER {
        counters::adjust(db, tenant, counter, 1).await?;
    }
    let created = diff(&Value::Null, &snapshot::<E>(&row));
    log::<E, C>(db, tenant, "created", E::id(&row), Some(metadata(created))).await?;
    Ok(row)
}

/// Saves `next` over `before` when they differ: moves `updatedAt` and writes `<kind>.updated`
/// with the changes, which it also answers (empty: nothing was written). `workspace_id` and `id`
/// are never written.
#[expect(
    clippy::disallowed_methods,
    reason = "the store's update: scoped to the tenant, workspace and id left untouched"
)]
pub async fn update<E, C>(
    db: &C,
    tenant: Tenant,
    before: &E::Model,
    mut next: E::Model,
) -> Result<(E::Model, Changes), ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::stamp(&mut next, tenant.workspace_id());
    let changes = diff(&snapshot::<E>(before), &snapshot::<E>(&next));
    if changes.is_empty() {
        return Ok((before.clone(), changes));
    }
    E::touch(&mut next, crate::time::now());
    let mut active = next.clone().into_active_model().reset_all();
    active.not_set(E::workspace_column());
    active.not_set(E::id_column());
    E::update_many()
        .set(active)
        .filter(E::workspace_column().eq(tenant.workspace_id()))
        .filter(E::id_column().eq(E::id(before)))
        .exec(db)
        .await?;
    let logged = Some(metadata(changes.clone()));
    log::<E, C>(db, tenant, "updated", E::id(before), logged).await?;
    Ok((next, changes))
}

/// Sets `columns` on the tenant's rows of `E` that match `condition`, without an activity (the
/// caller writes the one its rule calls for); answers how many rows changed. `workspace_id` and
/// `id` cannot be set (a 500 if a caller tries).
#[expect(
    clippy::disallowed_methods,
    reason = "the store's bulk update: scoped to the tenant, workspace and id left untouched"
)]
pub async fn update_where<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    condition: SimpleExpr,
    columns: Vec<(E::Column, SimpleExpr)>,
) -> Result<u64, ApiError> {
    let mut update = E::update_many()
        .filter(E::workspace_column().eq(tenant.workspace_id()))
        .filter(condition);
    for (column, value) in columns {
        let name = column.as_str();
        if name == E::workspace_column().as_str() || name == E::id_column().as_str() {
            return Err(ApiError::internal(format!(
                "refused to change {name} of {}",
                E::LABEL
            )));
        }
        update = update.col_expr(column, value);
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// Creates `row` after checking `precondition`, in one transaction.
pub async fn create<E>(
    db: &DatabaseConnection,
    tenant: Tenant,
    precondition: impl Precondition,
    row: E::Model,
) -> Result<E::Model, ApiError>
where
    E: Record,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let txn = crate::db::begin_write(db).await?;
    precondition.check(&txn, tenant).await?;
    let row = insert::<E, _>(&txn, tenant, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// A PATCH of the live row `id`, refused with 412 unless the row is at a version `expected`
/// names (checked on the locked row): `apply` changes a copy of it (see [`crate::crm::patch`]) and
/// names the precondition (references) to check; the row is saved when its contract view
/// changed. Each `(field, verb)` of `announce` that changed also writes `<kind>.<verb>` with that
/// field's before and after.
pub async fn patch<E, P, F>(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    announce: &[(&str, &str)],
    apply: F,
) -> Result<E::Model, ApiError>
where
    E: Record,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
    P: Precondition,
    F: FnOnce(&mut E::Model) -> Result<P, ApiError>,
{
    let txn = crate::db::begin_write(db).await?;
    let before = find_for_update::<E, _>(&txn, tenant, id).await?;
    let mut next = before.clone();
    // The body is judged first (a malformed change is a 400 whatever the version), then the
    // version, then the references.
    let precondition = apply(&mut next)?;
    expected.check(|| E::to_api(&before))?;
    precondition.check(&txn, tenant).await?;
    let (row, changes) = update::<E, _>(&txn, tenant, &before, next).await?;
    for (field, verb) in announce {
        if let Some(change) = changes.get(*field) {
            let only = Map::from_iter([((*field).to_owned(), change.clone())]);
            log::<E, _>(&txn, tenant, verb, id, Some(metadata(only))).await?;
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

//! Writes of many records at once, for imports: inserts in batches with one counter update, and
//! updates in batches with their `<kind>.updated` activities, so 50,000 rows cost about a
//! hundred statements rather than a hundred thousand. The rules are [`super::write`]'s: the
//! workspace comes from the [`Tenant`], `id` and `workspace_id` never change, a row whose
//! contract view did not change is not written.

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveModelTrait, ConnectionTrait, IdenStatic, IntoActiveModel, Iterable};
use uuid::Uuid;

use super::activity::{self, NewActivity};
use super::counters;
use super::record::Record;
use super::tenant::Tenant;
use super::write::{Changes, diff, metadata, snapshot};
use crate::error::ApiError;

/// Rows per statement (well under both databases' bind limits).
const BATCH: usize = 500;

/// Inserts many records in batches and counts them, without an activity per row (the caller
/// writes one about the whole batch). Answers the rows as stored.
#[expect(
    clippy::disallowed_methods,
    reason = "the store's batch insert: the workspace is stamped from the tenant here"
)]
pub async fn insert_many<E, C>(
    db: &C,
    tenant: Tenant,
    mut rows: Vec<E::Model>,
) -> Result<Vec<E::Model>, ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    for row in &mut rows {
        E::stamp(row, tenant.workspace_id());
    }
    for batch in rows.chunks(BATCH) {
        let active = batch
            .iter()
            .cloned()
            .map(IntoActiveModel::into_active_model);
        E::insert_many(active).exec_without_returning(db).await?;
    }
    if let Some(counter) = E::COUNTER {
        let count = i64::try_from(rows.len()).unwrap_or(i64::MAX);
        counters::adjust(db, tenant, counter, count).await?;
    }
    Ok(rows)
}

/// Saves each `next` over its `before` (rows of the workspace, read in the caller's
/// transaction) when they differ, like [`super::write::update`] one by one: `updatedAt` moves
/// and `<kind>.updated` is written with the changes. The rows go in batches of `INSERT ... ON
/// CONFLICT (id) DO UPDATE` restricted to the tenant's workspace. Answers every row as stored
/// (an unchanged one as it was), in order.
#[expect(
    clippy::disallowed_methods,
    reason = "the store's batch update: scoped to the tenant, workspace and id left untouched"
)]
pub async fn update_many<E, C>(
    db: &C,
    tenant: Tenant,
    pairs: Vec<(E::Model, E::Model)>,
) -> Result<Vec<E::Model>, ApiError>
where
    E: Record,
    C: ConnectionTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    let now = crate::time::now();
    let mut stored = Vec::with_capacity(pairs.len());
    let mut changed: Vec<E::Model> = Vec::new();
    let mut logged: Vec<(Uuid, Changes)> = Vec::new();
    for (before, mut next) in pairs {
        if E::id(&next) != E::id(&before) {
            return Err(ApiError::internal(format!(
                "refused to change the id of {}",
                E::LABEL
            )));
        }
        E::stamp(&mut next, tenant.workspace_id());
        let changes = diff(&snapshot::<E>(&before), &snapshot::<E>(&next));
        if changes.is_empty() {
            stored.push(before);
            continue;
        }
        E::touch(&mut next, now);
        logged.push((E::id(&before), changes));
        changed.push(next.clone());
        stored.push(next);
    }
    let (workspace, id) = (E::workspace_column(), E::id_column());
    let columns: Vec<E::Column> = E::Column::iter()
        .filter(|column| ![workspace.as_str(), id.as_str()].contains(&column.as_str()))
        .collect();
    let in_workspace = Expr::col((E::default(), E::workspace_column())).eq(tenant.workspace_id());
    for batch in changed.chunks(BATCH) {
        let on_conflict = OnConflict::column(E::id_column())
            .update_columns(columns.iter().copied())
            .action_and_where(in_workspace.clone())
            .to_owned();
        let active = batch
            .iter()
            .cloned()
            .map(IntoActiveModel::into_active_model);
        E::insert_many(active)
            .on_conflict(on_conflict)
            .exec_without_returning(db)
            .await?;
    }
    let kind = format!("{}.updated", E::KIND);
    let activities = logged
        .into_iter()
        .map(|(id, changes)| NewActivity {
            kind: &kind,
            entity_type: E::KIND,
            entity_id: id,
            metadata: Some(metadata(changes)),
        })
        .collect();
    activity::record_many(db, tenant, activities).await?;
    Ok(stored)
}

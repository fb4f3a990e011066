//! Pipeline stages: list by `order` then creation; create, rename/move, reorder and delete by
//! OWNER/ADMIN only. Names are unique per workspace (409 `NAME_TAKEN`, from the database's
//! `uq_stages_workspace_id_name`, see [`crate::error::taken`]); orders are not unique,
//! so concurrent moves all succeed. A stage with deals is deleted only with a target stage,
//! which receives them, in one transaction.

use std::collections::{HashMap, HashSet};

use crm_api::models::{self, ListStagesQueryParams, StageCreateRequest, StageReorderRequest};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, Order, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::input::required;
use super::patch::keep_or_replace;
use crate::entities::deals;
use crate::entities::stages::{self, Column, Entity, Model};
use crate::error::{ApiError, Issue};
use crate::store::Tenant;
use crate::store::activity::{self, NewActivity};
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::paging::{Sort, SortValue};
use crate::store::record::{at, impl_record, scoped};
use crate::store::write::{self, update_where};

impl_record!(stages: "Stage";
    kind "stage", counter None, api models::Stage,
    owner |_row| None,
    sort Sort::new(Column::Id, Order::Asc)
        .int(Column::Position, Order::Asc)
        .time(Column::CreatedAt, Order::Asc),
    cursor |row| vec![SortValue::Int(row.position.into()), at(row.created_at)],
    to_api to_api, touch |row, now| row.updated_at = now);

mod pipeline;
mod removal;

pub use pipeline::{WantedStage, replace, replace_in};
pub use removal::delete;

/// The contract's `Stage` (`order` is the stored position, 1-based).
pub fn to_api(row: &Model) -> models::Stage {
    models::Stage::new(
        row.id,
        row.workspace_id,
        row.name.clone(),
        u32::try_from(row.position).unwrap_or(1),
        row.created_at,
        row.updated_at,
    )
}

/// A page of stages by order, then creation.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListStagesQueryParams,
) -> Result<Page<models::Stage>, ApiError> {
    list::run::<Entity, _>(
        db,
        tenant,
        query.limit,
        query.cursor.as_deref(),
        Filters::new(),
    )
    .await
}

fn position(order: u32) -> i32 {
    i32::try_from(order).unwrap_or(i32::MAX)
}

/// Creates a stage (managers only); `order` defaults to the last order + 1.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &StageCreateRequest,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let name = required("name", &body.name)?;
    let position = match body.order {
        Some(order) => position(order),
        None => {
            let last: Option<Option<i32>> = scoped::<Entity>(tenant)
                .select_only()
                .expr(Expr::col(Column::Position).max())
                .into_tuple()
                .one(db)
                .await?;
            last.flatten().unwrap_or(0).saturating_add(1)
        }
    };
    let now = crate::time::now();
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        name,
        position,
        created_at: now,
        updated_at: now,
    };
    write::create::<Entity>(db, tenant, (), row).await
}

/// Renames or moves a stage (managers only).
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &models::StageUpdateRequest,
) -> Result<Model, ApiError> {
    tenant.require_manager()?;
    let name = body
        .name
        .as_deref()
        .map(|n| required("name", n))
        .transpose()?;
    write::patch::<Entity, _, _>(db, tenant, id, expected, &[], |row| {
        keep_or_replace(&mut row.name, name);
        keep_or_replace(&mut row.position, body.order.map(position));
        Ok(())
    })
    .await
}

/// Every stage of the workspace in list order.
pub async fn all<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant: Tenant,
) -> Result<Vec<Model>, ApiError> {
    Ok(scoped::<Entity>(tenant)
        .order_by_asc(Column::Position)
        .order_by_asc(Column::CreatedAt)
        .order_by_asc(Column::Id)
        .all(db)
        .await?)
}

/// Applies the listed orders at once (managers only). An unknown or repeated id is a 400 at
/// `stages[i].id` and nothing changes. Writes one `stage.reordered`.
pub async fn reorder(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &StageReorderRequest,
) -> Result<Vec<Model>, ApiError> {
    tenant.require_manager()?;
    let txn = crate::db::begin_write(db).await?;
    let current: HashMap<Uuid, i32> = all(&txn, tenant)
        .await?
        .into_iter()
        .map(|s| (s.id, s.position))
        .collect();
    let mut issues = Vec::new();
    let mut seen = HashSet::new();
    for (i, item) in body.stages.iter().enumerate() {
        if !current.contains_key(&item.id) {
            issues.push(Issue::new(
                format!("stages[{i}].id"),
                "does not name a stage of this workspace",
            ));
        } else if !seen.insert(item.id) {
            issues.push(Issue::new(format!("stages[{i}].id"), "is listed twice"));
        }
    }
    if !issues.is_empty() {
        return Err(ApiError::validation(issues));
    }
    let now = crate::time::now();
    let (mut before, mut after) = (serde_json::Map::new(), serde_json::Map::new());
    for item in &body.stages {
        let old = current.get(&item.id).copied().unwrap_or_default();
        let new = position(item.order);
        if old == new {
            continue;
        }
        let columns = vec![
            (Column::Position, Expr::value(new)),
            (Column::UpdatedAt, Expr::value(now)),
        ];
        update_where::<Entity, _>(&txn, tenant, Column::Id.eq(item.id), columns).await?;
        before.insert(item.id.to_string(), old.into());
        after.insert(item.id.to_string(), new.into());
    }
    activity::record(
        &txn,
        tenant,
        NewActivity {
            kind: "stage.reordered",
            entity_type: "workspace",
            entity_id: tenant.workspace_id(),
            metadata: Some(json!({"changes": {"order": {"before": before, "after": after}}})),
        },
    )
    .await?;
    let stages = all(&txn, tenant).await?;
    txn.commit().await?;
    Ok(stages)
}

/// The live deals of a stage (ids), for moves and the in-use rule.
pub(crate) async fn live_deals<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    stage_id: Uuid,
) -> Result<Vec<Uuid>, ApiError> {
    Ok(scoped::<deals::Entity>(tenant)
        .select_only()
        .column(deals::Column::Id)
        .filter(deals::Column::StageId.eq(stage_id))
        .into_tuple()
        .all(db)
        .await?)
}

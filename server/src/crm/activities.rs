//! The activity timeline: a read-only list, newest first, by record and time range.

use crm_api::models::{self, ListActivitiesQueryParams};
use crm_api::types::Object;
use sea_orm::{ColumnTrait, DatabaseConnection};

use crate::entities::activities::{self, Column, Entity, Model};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::activity::COUNTER;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{at, impl_record, newest_first};

impl_record!(activities: "Activity";
    kind "activity", counter Some(COUNTER), api models::Activity,
    owner |_row| None,
    sort newest_first(Column::CreatedAt, Column::Id), cursor |row| vec![at(row.created_at)],
    to_api to_api, touch |_row, _now| ());

/// The contract's `Activity` (metadata as an object, when there is one).
pub fn to_api(row: &Model) -> models::Activity {
    let mut activity = models::Activity::new(
        row.id,
        row.workspace_id,
        row.actor_id,
        row.kind.clone(),
        row.entity_type.clone(),
        row.entity_id,
        row.created_at,
    );
    activity.metadata = row.metadata.as_ref().and_then(|m| m.as_object()).map(|m| {
        m.iter()
            .map(|(key, value)| (key.clone(), Object(value.clone())))
            .collect()
    });
    activity
}

/// A page of activities, newest first, within `[dateFrom, dateTo]`.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListActivitiesQueryParams,
) -> Result<Page<models::Activity>, ApiError> {
    let entity_type = query
        .entity_type
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    let filters = Filters::new()
        .eq(Column::EntityType, entity_type)
        .eq(Column::EntityId, query.entity_id)
        .when(query.date_from, |from| Column::CreatedAt.gte(from))
        .when(query.date_to, |to| Column::CreatedAt.lte(to));
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

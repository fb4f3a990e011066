//! Tasks and notes hang off a record (`relatedType` + `relatedId`) and go when it goes: the
//! referential strategy of companies, contacts, deals and tasks calls [`remove`].

use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::entities::sea_orm_active_enums::RelatedType;
use crate::entities::{notes, tasks};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::counters;
use crate::store::record::{DeleteEffects, Record, scoped};
use crate::store::remove::delete_where;

/// Deletes the tasks and notes attached to the record `id` of `kind`, and, level by level, the
/// tasks and notes attached to those tasks; the effects say how many went.
pub async fn remove<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    kind: RelatedType,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    let mut all_tasks: Vec<Uuid> = Vec::new();
    let mut level = attached_tasks(db, tenant, kind, vec![id]).await?;
    while !level.is_empty() {
        all_tasks.extend(&level);
        level = attached_tasks(db, tenant, RelatedType::Task, level).await?;
    }
    let of_record = notes::Column::RelatedType
        .eq(kind)
        .and(notes::Column::RelatedId.eq(id));
    let of_tasks = notes::Column::RelatedType
        .eq(RelatedType::Task)
        .and(notes::Column::RelatedId.is_in(all_tasks.clone()));
    let notes_gone = delete_where::<notes::Entity, C>(db, tenant, of_record.or(of_tasks)).await?;
    let tasks_gone = if all_tasks.is_empty() {
        0
    } else {
        let these = tasks::Column::Id.is_in(all_tasks);
        delete_where::<tasks::Entity, C>(db, tenant, these).await?
    };
    let as_delta = |n: u64| -i64::try_from(n).unwrap_or(i64::MAX);
    for (counter, gone) in [
        (tasks::Entity::COUNTER, tasks_gone),
        (notes::Entity::COUNTER, notes_gone),
    ] {
        if let Some(counter) = counter {
            counters::adjust(db, tenant, counter, as_delta(gone)).await?;
        }
    }
    Ok(DeleteEffects {
        removed_tasks: tasks_gone,
        removed_notes: notes_gone,
        ..DeleteEffects::default()
    })
}

/// Ids of the tasks attached to any of `ids` of `kind`.
async fn attached_tasks<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    kind: RelatedType,
    ids: Vec<Uuid>,
) -> Result<Vec<Uuid>, ApiError> {
    Ok(scoped::<tasks::Entity>(tenant)
        .select_only()
        .column(tasks::Column::Id)
        .filter(tasks::Column::RelatedType.eq(kind))
        .filter(tasks::Column::RelatedId.is_in(ids))
        .into_tuple::<Uuid>()
        .all(db)
        .await?)
}

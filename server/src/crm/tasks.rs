//! Tasks: create, PATCH, list (soonest `dueAt` first, tasks without one last; `status`,
//! `assigneeId`, `relatedType`, `relatedId`) and delete for good, together with the tasks and
//! notes attached to the task. Any member may change or delete any task.

use crm_api::models::{self, ListTasksQueryParams, TaskCreateRequest, TaskUpdateRequest};
use sea_orm::{ConnectionTrait, DatabaseConnection, Order};
use uuid::Uuid;

use super::attachments;
use super::input::{or_null, required};
use super::patch::{keep_clear_or_replace, keep_or_replace, new_reference, present};
use super::refs::{Refs, Target, attached_to, related_from_api, related_to_api};
use crate::entities::sea_orm_active_enums::{RelatedType, TaskStatus};
use crate::entities::tasks::{self, Column, Entity, Model};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::paging::{Sort, SortValue};
use crate::store::record::{DeleteEffects, at, impl_record};
use crate::store::remove;
use crate::store::{Tenant, write};

impl_record!(tasks: "Task";
    kind "task", counter Some("tasks"), api models::Task,
    owner |_row| None,
    sort Sort::new(Column::Id, Order::Desc)
        .nullable_time(Column::DueAt, Order::Asc)
        .time(Column::CreatedAt, Order::Desc),
    cursor |row| vec![SortValue::Time(row.due_at), at(row.created_at)],
    to_api to_api, touch |row, now| row.updated_at = now,
    on_delete on_delete);

/// Deleting a task deletes the tasks and notes attached to it.
async fn on_delete<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    attachments::remove(db, tenant, RelatedType::Task, id).await
}

/// The contract's `Task`.
pub fn to_api(row: &Model) -> models::Task {
    let mut task = models::Task::new(
        row.id,
        row.workspace_id,
        row.created_by_id,
        row.title.clone(),
        status_to_api(row.status),
        related_to_api(row.related_type),
        row.related_id,
        row.created_at,
        row.updated_at,
    );
    task.assignee_id = or_null(row.assignee_id);
    task.due_at = or_null(row.due_at);
    task
}

fn status_to_api(value: TaskStatus) -> models::TaskStatus {
    match value {
        TaskStatus::Open => models::TaskStatus::Open,
        TaskStatus::Done => models::TaskStatus::Done,
    }
}

fn status_from_api(value: models::TaskStatus) -> TaskStatus {
    match value {
        models::TaskStatus::Open => TaskStatus::Open,
        models::TaskStatus::Done => TaskStatus::Done,
    }
}

/// A page of tasks: soonest due first (undated last), then newest.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListTasksQueryParams,
) -> Result<Page<models::Task>, ApiError> {
    let filters = Filters::new()
        .eq(Column::Status, query.status.map(status_from_api))
        .eq(Column::AssigneeId, query.assignee_id);
    let related = (Column::RelatedType, Column::RelatedId);
    let filters = attached_to(filters, related, query.related_type, query.related_id);
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// Creates a task by the caller (status OPEN unless given).
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &TaskCreateRequest,
) -> Result<Model, ApiError> {
    let title = required("title", &body.title)?;
    let now = crate::time::now();
    let related_type = related_from_api(body.related_type);
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        created_by_id: tenant.user_id(),
        assignee_id: present(&body.assignee_id),
        title,
        due_at: present(&body.due_at),
        status: body.status.map_or(TaskStatus::Open, status_from_api),
        related_type,
        related_id: body.related_id,
        created_at: now,
        updated_at: now,
    };
    let refs = Refs::new()
        .add(
            "relatedId",
            Target::Related(related_type),
            Some(row.related_id),
        )
        .add("assigneeId", Target::Member, row.assignee_id);
    write::create::<Entity>(db, tenant, refs, row).await
}

/// Applies a PATCH.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &TaskUpdateRequest,
) -> Result<Model, ApiError> {
    write::patch::<Entity, _, _>(db, tenant, id, expected, &[], |row| {
        let title = body
            .title
            .as_deref()
            .map(|t| required("title", t))
            .transpose()?;
        let refs = Refs::new().add(
            "assigneeId",
            Target::Member,
            new_reference(row.assignee_id, &body.assignee_id),
        );
        keep_or_replace(&mut row.title, title);
        keep_clear_or_replace(&mut row.due_at, body.due_at);
        keep_clear_or_replace(&mut row.assignee_id, body.assignee_id);
        keep_or_replace(&mut row.status, body.status.map(status_from_api));
        Ok(refs)
    })
    .await
}

/// Deletes the task and what is attached to it, for good.
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

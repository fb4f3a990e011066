//! Notes: create (the caller is the author; the body is stored verbatim), list (newest first,
//! optionally of one record) and delete for good by the author or a manager.

use crm_api::models::{self, ListNotesQueryParams, NoteCreateRequest};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::input::required;
use super::refs::{Refs, Target, attached_to, related_from_api, related_to_api};
use crate::entities::notes::{self, Column, Entity, Model};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{at, impl_record, newest_first};
use crate::store::remove;
use crate::store::{Tenant, write};

impl_record!(notes: "Note";
    kind "note", counter Some("notes"), api models::Note,
    owner |row| Some(row.author_id),
    sort newest_first(Column::CreatedAt, Column::Id), cursor |row| vec![at(row.created_at)],
    to_api to_api, touch |row, now| row.updated_at = now);

/// The contract's `Note`.
pub fn to_api(row: &Model) -> models::Note {
    models::Note::new(
        row.id,
        row.workspace_id,
        row.author_id,
        row.body.clone(),
        related_to_api(row.related_type),
        row.related_id,
        row.created_at,
        row.updated_at,
    )
}

/// A page of notes, newest first.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListNotesQueryParams,
) -> Result<Page<models::Note>, ApiError> {
    let related = (Column::RelatedType, Column::RelatedId);
    let filters = attached_to(
        Filters::new(),
        related,
        query.related_type,
        query.related_id,
    );
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// Creates a note by the caller; the body is kept byte for byte (it may carry JSON).
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &NoteCreateRequest,
) -> Result<Model, ApiError> {
    // Checked for blankness only: the stored body is the one sent, byte for byte.
    required("body", &body.body)?;
    let now = crate::time::now();
    let related_type = related_from_api(body.related_type);
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        author_id: tenant.user_id(),
        body: body.body.clone(),
        related_type,
        related_id: body.related_id,
        created_at: now,
        updated_at: now,
    };
    let refs = Refs::new().add(
        "relatedId",
        Target::Related(related_type),
        Some(row.related_id),
    );
    write::create::<Entity>(db, tenant, refs, row).await
}

/// Deletes the note for good (its author or a manager).
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

//! Companies: create, PATCH, list (`q` over name and domain) and soft delete, which detaches
//! the company's contacts and deals and deletes its tasks and notes.

use crm_api::models::{self, CompanyCreateRequest, CompanyUpdateRequest, ListCompaniesQueryParams};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::input::{optional_text, or_null, patch_text, required};
use super::list::{self, Filters, Page};
use super::patch::{keep_clear_or_replace, keep_or_replace};
use super::refs::Refs;
use super::remove::{self, Detach};
use super::write;
use crate::auth::WorkspaceCtx;
use crate::entities::companies::{Column, Entity, Model};
use crate::error::ApiError;

/// The contract's `Company`.
pub fn to_api(row: &Model) -> models::Company {
    let mut company = models::Company::new(
        row.id,
        row.workspace_id,
        row.owner_id,
        row.name.clone(),
        row.created_at,
        row.updated_at,
    );
    company.domain = or_null(row.domain.clone());
    company.industry = or_null(row.industry.clone());
    company.size = or_null(row.size.clone());
    company
}

/// A page of live companies, most recently updated first.
pub async fn list(
    db: &DatabaseConnection,
    ctx: Option<WorkspaceCtx>,
    query: &ListCompaniesQueryParams,
) -> Result<Page<models::Company>, ApiError> {
    let filters = Filters::new().search(&[Column::Name, Column::Domain], query.q.as_deref());
    list::run::<Entity, _>(db, ctx, query.limit, query.cursor.as_deref(), filters).await
}

/// Creates a company owned by the caller.
pub async fn create(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    body: &CompanyCreateRequest,
) -> Result<Model, ApiError> {
    let name = required("name", &body.name)?;
    let now = crate::time::now();
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: ctx.workspace_id,
        owner_id: ctx.user_id,
        name,
        domain: optional_text(&body.domain),
        industry: optional_text(&body.industry),
        size: optional_text(&body.size),
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    write::create::<Entity>(db, ctx, Refs::new(), row).await
}

/// Applies a PATCH.
pub async fn update(
    db: &DatabaseConnection,
    ctx: WorkspaceCtx,
    id: Uuid,
    body: &CompanyUpdateRequest,
) -> Result<Model, ApiError> {
    write::patch::<Entity, _>(db, ctx, id, &[], |row| {
        let name = body
            .name
            .as_deref()
            .map(|n| required("name", n))
            .transpose()?;
        keep_or_replace(&mut row.name, name);
        keep_clear_or_replace(&mut row.domain, patch_text(&body.domain));
        keep_clear_or_replace(&mut row.industry, patch_text(&body.industry));
        keep_clear_or_replace(&mut row.size, patch_text(&body.size));
        Ok(Refs::new())
    })
    .await
}

/// Soft-deletes the company (owner or manager).
pub async fn delete(db: &DatabaseConnection, ctx: WorkspaceCtx, id: Uuid) -> Result<(), ApiError> {
    remove::delete::<Entity>(
        db,
        ctx,
        id,
        &[Detach::ContactsFromCompany, Detach::DealsFromCompany],
    )
    .await
}

//! Companies: create, PATCH, list (`q` over name and domain) and soft delete, which detaches
//! the company's contacts and deals and deletes its tasks and notes.

use crm_api::models::{self, CompanyCreateRequest, CompanyUpdateRequest, ListCompaniesQueryParams};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::attachments;
use super::input::{optional_text, or_null, patch_text, required};
use super::patch::{keep_clear_or_replace, keep_or_replace};
use crate::entities::companies::{self, Column, Entity, Model};
use crate::entities::sea_orm_active_enums::RelatedType;
use crate::entities::{contacts, deals};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{DeleteEffects, impl_owned_record};
use crate::store::remove::{self, detach};
use crate::store::{Tenant, write};

impl_owned_record!(companies: "Company"; kind "company", api models::Company, on_delete on_delete);

/// Deleting a company detaches its contacts and deals and deletes its tasks and notes.
async fn on_delete<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    use contacts::Column as Contact;
    use deals::Column as Deal;
    let contacts =
        detach::<contacts::Entity, C>(db, tenant, Contact::CompanyId, Contact::UpdatedAt, id);
    let contacts = contacts.await?;
    let deals =
        detach::<deals::Entity, C>(db, tenant, Deal::CompanyId, Deal::UpdatedAt, id).await?;
    let mut effects = attachments::remove(db, tenant, RelatedType::Company, id).await?;
    effects
        .detached
        .insert("contacts".to_owned(), contacts.into());
    effects.detached.insert("deals".to_owned(), deals.into());
    Ok(effects)
}

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
    tenant: Option<Tenant>,
    query: &ListCompaniesQueryParams,
) -> Result<Page<models::Company>, ApiError> {
    let filters = Filters::new().search(&[Column::Name, Column::Domain], query.q.as_deref());
    let filters = filters.trash(query.deleted, tenant)?;
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// Creates a company owned by the caller.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &CompanyCreateRequest,
) -> Result<Model, ApiError> {
    let mut row = named(tenant, required("name", &body.name)?);
    row.domain = optional_text(&body.domain);
    row.industry = optional_text(&body.industry);
    row.size = optional_text(&body.size);
    write::create::<Entity>(db, tenant, (), row).await
}

/// A new company called `name` (checked already), owned by the caller, nothing else set: what
/// [`create`] starts from, and what an import creates for a `companyName`.
pub fn named(tenant: Tenant, name: String) -> Model {
    let now = crate::time::now();
    Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        owner_id: tenant.user_id(),
        name,
        domain: None,
        industry: None,
        size: None,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    }
}

/// Applies a PATCH.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &CompanyUpdateRequest,
) -> Result<Model, ApiError> {
    write::patch::<Entity, _, _>(db, tenant, id, expected, &[], |row| {
        let name = body
            .name
            .as_deref()
            .map(|n| required("name", n))
            .transpose()?;
        keep_or_replace(&mut row.name, name);
        keep_clear_or_replace(&mut row.domain, patch_text(&body.domain));
        keep_clear_or_replace(&mut row.industry, patch_text(&body.industry));
        keep_clear_or_replace(&mut row.size, patch_text(&body.size));
        Ok(())
    })
    .await
}

/// Soft-deletes the company (owner or manager).
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

//! Deals: create, PATCH (the pipeline board sends the whole deal back), list (`q` over the
//! title; `stageId`, `status`, `ownerId`, `companyId`, `primaryContactId`) and soft delete, which
//! deletes the deal's tasks and notes. Amounts are exact cents; stage and status moves write
//! their own activities besides `deal.updated`.

use crm_api::models::{self, DealCreateRequest, DealUpdateRequest, ListDealsQueryParams};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::attachments;
use super::input::{Issues, cents_to_amount, optional_text, or_null, patch_text};
use super::patch::{keep_clear_or_replace, keep_or_replace, new_reference, present};
use super::refs::{Refs, Target};
use crate::entities::deals::{self, Column, Entity, Model};
use crate::entities::sea_orm_active_enums::{DealStatus, RelatedType};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{DeleteEffects, impl_owned_record};
use crate::store::remove;
use crate::store::{Tenant, write};

impl_owned_record!(deals: "Deal"; kind "deal", api models::Deal, on_delete on_delete);

/// Deleting a deal deletes its tasks and notes.
async fn on_delete<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    attachments::remove(db, tenant, RelatedType::Deal, id).await
}

/// The contract's `Deal`.
pub fn to_api(row: &Model) -> models::Deal {
    let mut deal = models::Deal::new(
        row.id,
        row.workspace_id,
        row.owner_id,
        row.title.clone(),
        cents_to_amount(row.amount_cents),
        row.currency.clone(),
        row.stage_id,
        status_to_api(row.status),
        row.created_at,
        row.updated_at,
    );
    deal.company_id = or_null(row.company_id);
    deal.primary_contact_id = or_null(row.primary_contact_id);
    deal.expected_close_date = or_null(row.expected_close_date);
    deal.description = or_null(row.description.clone());
    deal
}

/// Database status → contract.
pub fn status_to_api(value: DealStatus) -> models::DealStatus {
    match value {
        DealStatus::Open => models::DealStatus::Open,
        DealStatus::Won => models::DealStatus::Won,
        DealStatus::Lost => models::DealStatus::Lost,
    }
}

/// Contract status → database.
pub fn status_from_api(value: models::DealStatus) -> DealStatus {
    match value {
        models::DealStatus::Open => DealStatus::Open,
        models::DealStatus::Won => DealStatus::Won,
        models::DealStatus::Lost => DealStatus::Lost,
    }
}

/// A page of live deals, most recently updated first.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListDealsQueryParams,
) -> Result<Page<models::Deal>, ApiError> {
    let filters = Filters::new()
        .search(&[Column::Title], query.q.as_deref())
        .eq(Column::StageId, query.stage_id)
        .eq(Column::Status, query.status.map(status_from_api))
        .eq(Column::OwnerId, query.owner_id)
        .eq(Column::CompanyId, query.company_id)
        .eq(Column::PrimaryContactId, query.primary_contact_id);
    let filters = filters.trash(query.deleted, tenant)?;
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// Creates a deal owned by the caller (status OPEN unless given).
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &DealCreateRequest,
) -> Result<Model, ApiError> {
    let mut issues = Issues::new();
    let title = issues.text("title", &body.title);
    let amount_cents = issues.cents("amount", body.amount);
    issues.check()?;
    let now = crate::time::now();
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        owner_id: tenant.user_id(),
        title,
        amount_cents,
        currency: body.currency.clone(),
        stage_id: body.stage_id,
        company_id: present(&body.company_id),
        primary_contact_id: present(&body.primary_contact_id),
        expected_close_date: present(&body.expected_close_date),
        status: body.status.map_or(DealStatus::Open, status_from_api),
        description: optional_text(&body.description),
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    let refs = Refs::new()
        .add("stageId", Target::Stage, Some(row.stage_id))
        .add("companyId", Target::Company, row.company_id)
        .add("primaryContactId", Target::Contact, row.primary_contact_id);
    write::create::<Entity>(db, tenant, refs, row).await
}

/// Applies a PATCH; a stage or status move also writes `deal.stage_changed` or
/// `deal.status_changed`.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &DealUpdateRequest,
) -> Result<Model, ApiError> {
    let announce = [("stageId", "stage_changed"), ("status", "status_changed")];
    write::patch::<Entity, _, _>(db, tenant, id, expected, &announce, |row| {
        let mut issues = Issues::new();
        let title = body.title.as_deref().map(|t| issues.text("title", t));
        let amount_cents = body.amount.map(|a| issues.cents("amount", a));
        issues.check()?;
        let moved_stage = body.stage_id.filter(|stage| *stage != row.stage_id);
        let refs = Refs::new()
            .add("stageId", Target::Stage, moved_stage)
            .add(
                "companyId",
                Target::Company,
                new_reference(row.company_id, &body.company_id),
            )
            .add(
                "primaryContactId",
                Target::Contact,
                new_reference(row.primary_contact_id, &body.primary_contact_id),
            );
        keep_or_replace(&mut row.title, title);
        keep_or_replace(&mut row.amount_cents, amount_cents);
        keep_or_replace(&mut row.currency, body.currency.clone());
        keep_or_replace(&mut row.stage_id, body.stage_id);
        keep_clear_or_replace(&mut row.company_id, body.company_id);
        keep_clear_or_replace(&mut row.primary_contact_id, body.primary_contact_id);
        keep_clear_or_replace(&mut row.expected_close_date, body.expected_close_date);
        keep_or_replace(&mut row.status, body.status.map(status_from_api));
        keep_clear_or_replace(&mut row.description, patch_text(&body.description));
        Ok(refs)
    })
    .await
}

/// Soft-deletes the deal (owner or manager).
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

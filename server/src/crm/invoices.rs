//! Invoices: create (numbered by the client or, when it sends none, with the workspace's next
//! `INV-000001`-style number), PATCH, list (most recently updated first; `status`, the record
//! billed, issue and due date ranges) and soft delete by their creator or a manager. Numbers are
//! unique per workspace, deleted invoices included (409 `INVOICE_NUMBER_TAKEN`, with the database's
//! unique constraint as the last word under concurrency). Amounts are exact cents; `notes` is
//! stored verbatim (line items travel in it as text or JSON). A status move also writes
//! `invoice.status_changed`.

use crm_api::models::{self, InvoiceCreateRequest, InvoiceUpdateRequest, ListInvoicesQueryParams};
use sea_orm::{ColumnTrait, DatabaseConnection};
use uuid::Uuid;

use super::input::{Issues, cents_to_amount, or_null, patch_verbatim, verbatim};
use super::patch::{keep_clear_or_replace, keep_or_replace, present};
use super::refs::{Refs, Target};
use crate::entities::invoices::{self, Column, Entity, Model};
use crate::entities::sea_orm_active_enums::{InvoiceRelatedType, InvoiceStatus};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{at, impl_record, recently_updated};
use crate::store::{Tenant, remove, write};

mod lifecycle;
mod numbers;

use lifecycle::{check_transition, effective_status, has_status, stamp_dates};
use numbers::{ALLOCATION_ATTEMPTS, chosen_number, next_free_number};

// Soft-deleted and counted like the owned records, but not owned: their creator (or a manager)
// deletes them, and an invoice whose creator is unknown only a manager (the nil id matches no
// caller). Nothing attaches to an invoice.
impl_record!(invoices: "Invoice", deleted DeletedAt;
    kind "invoice", counter Some("invoices"), api models::Invoice,
    owner |row| Some(row.created_by_id.unwrap_or(Uuid::nil())),
    sort recently_updated(Column::UpdatedAt, Column::Id), cursor |row| vec![at(row.updated_at)],
    to_api to_api, touch |row, now| row.updated_at = now);

/// The contract's `Invoice`, with the status it has now (a SENT invoice past due is OVERDUE).
pub fn to_api(row: &Model) -> models::Invoice {
    let mut invoice = models::Invoice::new(
        row.id,
        row.workspace_id,
        row.invoice_number.clone(),
        row.title.clone(),
        cents_to_amount(row.amount_cents),
        row.currency.clone(),
        status_to_api(effective_status(row, crate::time::now())),
        row.created_at,
        row.updated_at,
    );
    invoice.created_by_id = or_null(row.created_by_id);
    invoice.notes = or_null(row.notes.clone());
    invoice.related_type = or_null(row.related_type.map(related_type_to_api));
    invoice.related_id = or_null(row.related_id);
    invoice.issued_at = or_null(row.issued_at);
    invoice.due_at = or_null(row.due_at);
    invoice.paid_at = or_null(row.paid_at);
    invoice
}

/// Database status → contract.
pub fn status_to_api(value: InvoiceStatus) -> models::InvoiceStatus {
    match value {
        InvoiceStatus::Draft => models::InvoiceStatus::Draft,
        InvoiceStatus::Sent => models::InvoiceStatus::Sent,
        InvoiceStatus::Paid => models::InvoiceStatus::Paid,
        InvoiceStatus::Overdue => models::InvoiceStatus::Overdue,
        InvoiceStatus::Void => models::InvoiceStatus::Void,
    }
}

/// Contract status → database.
pub fn status_from_api(value: models::InvoiceStatus) -> InvoiceStatus {
    match value {
        models::InvoiceStatus::Draft => InvoiceStatus::Draft,
        models::InvoiceStatus::Sent => InvoiceStatus::Sent,
        models::InvoiceStatus::Paid => InvoiceStatus::Paid,
        models::InvoiceStatus::Overdue => InvoiceStatus::Overdue,
        models::InvoiceStatus::Void => InvoiceStatus::Void,
    }
}

fn related_type_to_api(value: InvoiceRelatedType) -> models::InvoiceRelatedType {
    match value {
        InvoiceRelatedType::Contact => models::InvoiceRelatedType::Contact,
        InvoiceRelatedType::Company => models::InvoiceRelatedType::Company,
    }
}

fn related_type_from_api(value: models::InvoiceRelatedType) -> InvoiceRelatedType {
    match value {
        models::InvoiceRelatedType::Contact => InvoiceRelatedType::Contact,
        models::InvoiceRelatedType::Company => InvoiceRelatedType::Company,
    }
}

/// A page of live invoices, most recently updated first.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListInvoicesQueryParams,
) -> Result<Page<models::Invoice>, ApiError> {
    let now = crate::time::now();
    let filters = Filters::new()
        .when(query.status, |status| {
            has_status(status_from_api(status), now)
        })
        .eq(
            Column::RelatedType,
            query.related_type.map(related_type_from_api),
        )
        .eq(Column::RelatedId, query.related_id)
        .when(query.issued_from, |at| Column::IssuedAt.gte(at))
        .when(query.issued_to, |at| Column::IssuedAt.lte(at))
        .when(query.due_from, |at| Column::DueAt.gte(at))
        .when(query.due_to, |at| Column::DueAt.lte(at));
    let filters = filters.trash(query.deleted, tenant)?;
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// The record billed: `relatedType` and `relatedId` come together or not at all (an issue at
/// the missing one), and a pair names a live contact or company of the workspace (checked
/// through the returned target).
fn billed(
    related_type: Option<InvoiceRelatedType>,
    related_id: Option<Uuid>,
) -> Result<Option<(Target, Uuid)>, Issue> {
    match (related_type, related_id) {
        (Some(InvoiceRelatedType::Contact), Some(id)) => Ok(Some((Target::Contact, id))),
        (Some(InvoiceRelatedType::Company), Some(id)) => Ok(Some((Target::Company, id))),
        (None, Some(_)) => Err(Issue::new("relatedType", "is required with relatedId")),
        (Some(_), None) => Err(Issue::new("relatedId", "is required with relatedType")),
        (None, None) => Ok(None),
    }
}

/// The field issues first (400 `VALIDATION_ERROR`); then a half pair (`relatedType` without
/// `relatedId` or the reverse), which is well-formed but names nothing: 422
/// `INVALID_REFERENCE`, like a pair naming no live record. Else the record billed.
fn check(
    issues: Issues,
    billed: Result<Option<(Target, Uuid)>, Issue>,
) -> Result<Option<(Target, Uuid)>, ApiError> {
    issues.check()?;
    billed.map_err(|issue| {
        ApiError::new(
            ErrorCode::InvalidReference,
            "relatedType and relatedId name the billed record together",
        )
        .with_issues(vec![issue])
    })
}

/// The reference check of the record billed.
fn refs(billed: Option<(Target, Uuid)>) -> Refs {
    billed.map_or_else(Refs::new, |(target, id)| {
        Refs::new().add("relatedId", target, Some(id))
    })
}

/// Creates an invoice by the caller (status DRAFT unless given); without `invoiceNumber` the
/// workspace's next free number is allocated in the same transaction.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &InvoiceCreateRequest,
) -> Result<Model, ApiError> {
    let mut issues = Issues::new();
    let title = issues.text("title", &body.title);
    let amount_cents = issues.cents("amount", body.amount);
    let related_type = present(&body.related_type).map(related_type_from_api);
    let related_id = present(&body.related_id);
    let billed = check(issues, billed(related_type, related_id))?;
    let chosen = chosen_number(body.invoice_number.as_deref());
    let now = crate::time::now();
    let mut row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        created_by_id: Some(tenant.user_id()),
        invoice_number: chosen.clone().unwrap_or_default(),
        title,
        notes: verbatim(&body.notes),
        amount_cents,
        currency: body.currency.clone(),
        status: body.status.map_or(InvoiceStatus::Draft, status_from_api),
        related_type,
        related_id,
        issued_at: present(&body.issued_at),
        due_at: present(&body.due_at),
        paid_at: present(&body.paid_at),
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    stamp_dates(&mut row, now);
    let allocate = chosen.is_none();
    let mut attempt = 1;
    loop {
        match insert(db, tenant, refs(billed), row.clone(), allocate).await {
            Err(error)
                if allocate
                    && error.code() == ErrorCode::InvoiceNumberTaken
                    && attempt < ALLOCATION_ATTEMPTS =>
            {
                attempt += 1;
            }
            result => return result,
        }
    }
}

/// One transaction of a create: the reference check, the number (when `allocate`), the insert
/// with its counter and activity.
async fn insert(
    db: &DatabaseConnection,
    tenant: Tenant,
    refs: Refs,
    mut row: Model,
    allocate: bool,
) -> Result<Model, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    refs.check(&txn, tenant).await?;
    if allocate {
        row.invoice_number = next_free_number(&txn, tenant).await?;
    }
    let row = write::insert::<Entity, _>(&txn, tenant, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// Applies a PATCH; a status move also writes `invoice.status_changed`.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &InvoiceUpdateRequest,
) -> Result<Model, ApiError> {
    let announce = [("status", "status_changed")];
    write::patch::<Entity, _, _>(db, tenant, id, expected, &announce, |row| {
        let mut issues = Issues::new();
        let title = body.title.as_deref().map(|t| issues.text("title", t));
        let amount_cents = body.amount.map(|a| issues.cents("amount", a));
        let billed_before = (row.related_type, row.related_id);
        keep_clear_or_replace(
            &mut row.related_type,
            body.related_type.map(|t| t.map(related_type_from_api)),
        );
        keep_clear_or_replace(&mut row.related_id, body.related_id);
        let billed = check(issues, billed(row.related_type, row.related_id))?;
        // An unchanged pair is not checked again (its record may have been deleted since).
        let moved = (row.related_type, row.related_id) != billed_before;
        let refs = refs(billed.filter(|_| moved));
        keep_or_replace(
            &mut row.invoice_number,
            chosen_number(body.invoice_number.as_deref()),
        );
        keep_or_replace(&mut row.title, title);
        keep_clear_or_replace(&mut row.notes, patch_verbatim(&body.notes));
        keep_or_replace(&mut row.amount_cents, amount_cents);
        keep_or_replace(&mut row.currency, body.currency.clone());
        let now = crate::time::now();
        let before = effective_status(row, now);
        keep_clear_or_replace(&mut row.issued_at, body.issued_at);
        keep_clear_or_replace(&mut row.due_at, body.due_at);
        keep_clear_or_replace(&mut row.paid_at, body.paid_at);
        if let Some(status) = body.status.map(status_from_api) {
            check_transition(before, status)?;
            if status != before {
                row.status = status;
                // The dates the request leaves unset follow the move.
                let (issued, paid) = (row.issued_at, row.paid_at);
                stamp_dates(row, now);
                if body.issued_at.is_some() {
                    row.issued_at = issued;
                }
                if body.paid_at.is_some() || status != InvoiceStatus::Paid {
                    row.paid_at = paid;
                }
            }
        }
        Ok(refs)
    })
    .await
}

/// Soft-deletes the invoice (its creator or a manager); its number stays taken.
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

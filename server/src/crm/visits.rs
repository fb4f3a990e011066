//! Visits: appointments with a contact. Create (the contact must be live; the server records the
//! contact's current full name as `contactName` and keeps it, so the visit still reads well after
//! the contact is deleted), PATCH (status changes are `PATCH {status}`), list (`contactId`,
//! `status`, an inclusive `[dateFrom, dateTo]` of days) and delete for good by any member. `date` is a calendar day and `time` an `HH:mm` text
//! (zero-padded, so text order is time order; the contract's pattern checks it).

use crm_api::models::{self, ListVisitsQueryParams, VisitCreateRequest, VisitUpdateRequest};
use crm_api_runtime::CalendarDay;
use sea_orm::{ColumnTrait, DatabaseConnection, Order};
use uuid::Uuid;

use super::input::{Issues, or_null, patch_verbatim, verbatim};
use super::patch::{keep_clear_or_replace, keep_or_replace};
use super::refs::{Refs, Target};
use crate::entities::contacts;
use crate::entities::sea_orm_active_enums::VisitStatus;
use crate::entities::visits::{self, Column, Entity, Model};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::paging::{Sort, SortValue};
use crate::store::record::{find, impl_record};
use crate::store::{Tenant, remove, write};

// Deleted for good by any member; listed by date, then time.
impl_record!(visits: "Visit";
    kind "visit", counter Some("visits"), api models::Visit,
    owner |_row| None,
    sort Sort::new(Column::Id, Order::Asc)
        .date(Column::VisitDate, Order::Asc)
        .text(Column::VisitTime, Order::Asc),
    cursor |row| vec![
        SortValue::Date { day: row.visit_date },
        SortValue::Text { text: row.visit_time.clone() },
    ],
    to_api to_api, touch |row, now| row.updated_at = now);

/// The contract's `Visit`.
pub fn to_api(row: &Model) -> models::Visit {
    let mut visit = models::Visit::new(
        row.id,
        row.workspace_id,
        row.contact_id,
        row.contact_name.clone(),
        CalendarDay(row.visit_date),
        row.visit_time.clone(),
        u32::try_from(row.duration_minutes).unwrap_or(1),
        row.reason.clone(),
        status_to_api(row.status),
        row.created_at,
        row.updated_at,
    );
    visit.notes = or_null(row.notes.clone());
    visit
}

/// Database status → contract.
pub fn status_to_api(value: VisitStatus) -> models::VisitStatus {
    match value {
        VisitStatus::Scheduled => models::VisitStatus::Scheduled,
        VisitStatus::Completed => models::VisitStatus::Completed,
        VisitStatus::Cancelled => models::VisitStatus::Cancelled,
    }
}

/// Contract status → database.
pub fn status_from_api(value: models::VisitStatus) -> VisitStatus {
    match value {
        models::VisitStatus::Scheduled => VisitStatus::Scheduled,
        models::VisitStatus::Completed => VisitStatus::Completed,
        models::VisitStatus::Cancelled => VisitStatus::Cancelled,
    }
}

/// Minutes as stored (the contract caps them at 1440).
fn minutes(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

/// A page of visits, by date then time.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListVisitsQueryParams,
) -> Result<Page<models::Visit>, ApiError> {
    let filters = Filters::new()
        .eq(Column::ContactId, query.contact_id)
        .eq(Column::Status, query.status.map(status_from_api))
        .when(query.date_from, |day| Column::VisitDate.gte(day.date()))
        .when(query.date_to, |day| Column::VisitDate.lte(day.date()));
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// Schedules a visit with a live contact of the workspace, under the contact's current full
/// name (a `contactName` sent is ignored); `SCHEDULED` unless a status is given.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &VisitCreateRequest,
) -> Result<Model, ApiError> {
    let mut issues = Issues::new();
    let reason = issues.text("reason", &body.reason);
    issues.check()?;
    let now = crate::time::now();
    let mut row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        contact_id: body.contact_id,
        contact_name: String::new(),
        visit_date: body.date.date(),
        visit_time: body.time.clone(),
        duration_minutes: minutes(body.duration_minutes),
        reason,
        status: body.status.map_or(VisitStatus::Scheduled, status_from_api),
        notes: verbatim(&body.notes),
        created_at: now,
        updated_at: now,
    };
    let txn = crate::db::begin_write(db).await?;
    Refs::new()
        .add("contactId", Target::Contact, Some(row.contact_id))
        .check(&txn, tenant)
        .await?;
    let contact = find::<contacts::Entity, _>(&txn, tenant, row.contact_id).await?;
    row.contact_name = full_name(&contact);
    let row = write::insert::<Entity, _>(&txn, tenant, row).await?;
    txn.commit().await?;
    Ok(row)
}

/// A contact's full name as a visit records it: first and last name, or whichever is set.
fn full_name(contact: &contacts::Model) -> String {
    [contact.first_name.as_str(), contact.last_name.as_str()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Applies a PATCH (the contact stays the same).
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &VisitUpdateRequest,
) -> Result<Model, ApiError> {
    write::patch::<Entity, _, _>(db, tenant, id, expected, &[], |row| {
        let mut issues = Issues::new();
        let reason = body.reason.as_deref().map(|r| issues.text("reason", r));
        issues.check()?;
        keep_or_replace(&mut row.visit_date, body.date.map(CalendarDay::date));
        keep_or_replace(&mut row.visit_time, body.time.clone());
        keep_or_replace(
            &mut row.duration_minutes,
            body.duration_minutes.map(minutes),
        );
        keep_or_replace(&mut row.reason, reason);
        keep_or_replace(&mut row.status, body.status.map(status_from_api));
        keep_clear_or_replace(&mut row.notes, patch_verbatim(&body.notes));
        Ok(())
    })
    .await
}

/// Deletes the visit for good.
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

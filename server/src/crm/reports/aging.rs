//! Invoice aging: outstanding live invoices (status SENT or OVERDUE) by days past due today
//! (UTC), all five buckets in the contract's order, their total, and the same per currency. One
//! query, grouped by bucket and currency.
//!
//! Decision: an invoice is `d` days past due where `d` is today's UTC date minus the UTC date of
//! its `dueAt` (calendar days): due today or later, or without a due date, is `current`; due
//! yesterday is 1 day past due whatever the hour. `days_61_90` ends at 90 days, `days_90_plus`
//! starts at 91.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use crm_api::models::{self, InvoiceAgingBucketName};
use sea_orm::sea_query::{Alias, CaseStatement, Condition, Expr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, FromQueryResult, QueryFilter, QuerySelect, Select};

use super::integer_sum;
use crate::crm::input::cents_to_amount;
use crate::entities::invoices;
use crate::entities::sea_orm_active_enums::InvoiceStatus;
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::record::scoped;

/// The aging buckets in the contract's order, each with the first day past due it holds
/// (`current` holds everything not yet past due).
const BUCKETS: [(InvoiceAgingBucketName, i64); 5] = [
    (InvoiceAgingBucketName::Current, 0),
    (InvoiceAgingBucketName::Days130, 1),
    (InvoiceAgingBucketName::Days3160, 31),
    (InvoiceAgingBucketName::Days6190, 61),
    (InvoiceAgingBucketName::Days90Plus, 91),
];

/// Invoices and cents of each bucket.
type Figures = [(i64, i64); BUCKETS.len()];

/// One bucket and currency as the query answers it (buckets without invoices are absent).
#[derive(Debug, FromQueryResult)]
struct BucketLine {
    bucket: i32,
    currency: String,
    invoices: i64,
    cents: i64,
}

/// The aging report of the tenant's workspace (zeros for a caller without one).
pub async fn invoice_aging<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
) -> Result<models::InvoiceAgingReport, ApiError> {
    let lines = match tenant {
        Some(tenant) => {
            aging_query(tenant, start_of_day(crate::time::now()))
                .into_model::<BucketLine>()
                .all(db)
                .await?
        }
        None => Vec::new(),
    };
    let mut all: Figures = [(0, 0); BUCKETS.len()];
    let mut per_currency: BTreeMap<String, Figures> = BTreeMap::new();
    for line in lines {
        let Some(index) = usize::try_from(line.bucket)
            .ok()
            .filter(|i| *i < BUCKETS.len())
        else {
            continue;
        };
        all[index].0 += line.invoices;
        all[index].1 += line.cents;
        let figures = per_currency
            .entry(line.currency)
            .or_insert([(0, 0); BUCKETS.len()]);
        figures[index] = (line.invoices, line.cents);
    }
    let (buckets, total) = report(&all);
    let by_currency = per_currency
        .into_iter()
        .map(|(currency, figures)| {
            let (buckets, total) = report(&figures);
            models::InvoiceAgingCurrencyReport::new(currency, buckets, cents_to_amount(total))
        })
        .collect();
    Ok(models::InvoiceAgingReport::new(
        buckets,
        cents_to_amount(total),
        by_currency,
    ))
}

/// The five buckets of `figures` and their total cents.
fn report(figures: &Figures) -> (Vec<models::InvoiceAgingBucket>, i64) {
    let buckets = BUCKETS
        .iter()
        .zip(figures)
        .map(|((name, _), (count, cents))| {
            models::InvoiceAgingBucket::new(*name, *count, cents_to_amount(*cents))
        })
        .collect();
    (buckets, figures.iter().map(|(_, cents)| cents).sum())
}

/// Midnight (UTC) starting the day of `now`.
fn start_of_day(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(now, |midnight| midnight.and_utc())
}

/// Outstanding invoices grouped by currency and the index of their bucket in [`BUCKETS`]. An
/// invoice is at least `d` (≥ 1) days past due when it was due before `today - (d - 1)` days,
/// so each bucket is a half-open range of `due_at`, tested from `current` on.
fn aging_query(tenant: Tenant, today: DateTime<Utc>) -> Select<invoices::Entity> {
    use invoices::Column as I;
    let mut bucket = CaseStatement::new().case(
        Condition::any()
            .add(I::DueAt.is_null())
            .add(I::DueAt.gte(today)),
        Expr::cust("0"),
    );
    for (index, pair) in BUCKETS.windows(2).enumerate().skip(1) {
        // Bucket `index` ends where the next one starts.
        let next_first_day = pair[1].1;
        bucket = bucket.case(
            I::DueAt.gte(today - Duration::days(next_first_day - 1)),
            Expr::cust(index.to_string()),
        );
    }
    let bucket = bucket.finally(Expr::cust((BUCKETS.len() - 1).to_string()));
    scoped::<invoices::Entity>(tenant)
        .select_only()
        .column_as(Into::<SimpleExpr>::into(bucket), "bucket")
        .column(I::Currency)
        .column_as(Expr::col(I::Id).count(), "invoices")
        .column_as(integer_sum(Expr::col(I::AmountCents)), "cents")
        .filter(I::Status.is_in([InvoiceStatus::Sent, InvoiceStatus::Overdue]))
        .group_by(Expr::col(Alias::new("bucket")))
        .group_by(I::Currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_starts_at_utc_midnight() {
        let now = DateTime::parse_from_rfc3339("2026-11-28T13:45:00.5Z")
            .map(|t| t.with_timezone(&Utc))
            .ok();
        let midnight = DateTime::parse_from_rfc3339("2026-11-28T00:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .ok();
        assert_eq!(now.map(start_of_day), midnight);
    }
}

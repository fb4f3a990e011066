//! Reports: the dashboard figures, the pipeline by stage and invoice aging.
//!
//! Each report is a fixed number of aggregate queries (dashboard three, pipeline one, aging one)
//! over the live rows of the caller's workspace, whatever the data's size. Amounts are summed as
//! integer cents by the database (cast to `BIGINT`: PostgreSQL's `sum(bigint)` is `numeric`) and
//! become the API's amount once, at the end; no floating point sum anywhere.
//!
//! Invoice aging decision: an outstanding invoice (status `SENT` or `OVERDUE`, not deleted) is
//! `d` days past due where `d` is today's UTC date minus the UTC date of its `dueAt` (calendar
//! days): due today or later, or without a due date, is `current`; due yesterday is 1 day past
//! due whatever the hour. `days_61_90` ends at 90 days, `days_90_plus` starts at 91.

use chrono::{DateTime, Duration, Utc};
use crm_api::models::{self, InvoiceAgingBucketName};
use sea_orm::sea_query::{Alias, CaseStatement, Condition, Expr, Func, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, FromQueryResult, JoinType, Order, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, RelationTrait, Select,
};
use uuid::Uuid;

use super::input::cents_to_amount;
use crate::entities::sea_orm_active_enums::{DealStatus, InvoiceStatus, TaskStatus};
use crate::entities::{activities, deals, invoices, stages, tasks};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::record::scoped;

/// How far back `recentActivity` looks.
const RECENT_DAYS: i64 = 7;

/// The aging buckets in the contract's order, each with the first day past due it holds
/// (`current` holds everything not yet past due).
const BUCKETS: [(InvoiceAgingBucketName, i64); 5] = [
    (InvoiceAgingBucketName::Current, 0),
    (InvoiceAgingBucketName::Days130, 1),
    (InvoiceAgingBucketName::Days3160, 31),
    (InvoiceAgingBucketName::Days6190, 61),
    (InvoiceAgingBucketName::Days90Plus, 91),
];

/// `CAST(COALESCE(SUM(expr), 0) AS BIGINT)`: an exact integer sum, 0 over no rows.
fn integer_sum(expr: impl Into<SimpleExpr>) -> SimpleExpr {
    let sum = Func::coalesce([Func::sum(expr.into()).into(), Expr::cust("0")]);
    Func::cast_as(sum, Alias::new("BIGINT")).into()
}

fn count_to_i64(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// Open deals (count and summed amount), open tasks and the activities of the last
/// [`RECENT_DAYS`] days; all zero for a caller without a workspace.
pub async fn dashboard<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
) -> Result<models::ReportDashboard, ApiError> {
    let Some(tenant) = tenant else {
        return Ok(models::ReportDashboard::new(0, 0, 0.0, 0));
    };
    let since = crate::time::now() - Duration::days(RECENT_DAYS);
    let deals = scoped::<deals::Entity>(tenant)
        .filter(deals::Column::Status.eq(DealStatus::Open))
        .select_only()
        .column_as(deals::Column::Id.count(), "open_deals")
        .column_as(integer_sum(Expr::col(deals::Column::AmountCents)), "cents")
        .into_tuple::<(i64, i64)>()
        .one(db);
    let tasks = scoped::<tasks::Entity>(tenant)
        .filter(tasks::Column::Status.eq(TaskStatus::Open))
        .count(db);
    let activities = scoped::<activities::Entity>(tenant)
        .filter(activities::Column::CreatedAt.gte(since))
        .count(db);
    let (deals, tasks, activities) = tokio::try_join!(deals, tasks, activities)?;
    let (open_deals, cents) = deals.unwrap_or((0, 0));
    Ok(models::ReportDashboard::new(
        open_deals,
        count_to_i64(tasks),
        cents_to_amount(cents),
        count_to_i64(activities),
    ))
}

/// One stage's line of the pipeline, as the query answers it.
#[derive(Debug, FromQueryResult)]
struct StageLine {
    id: Uuid,
    name: String,
    open_deals: i64,
    cents: i64,
}

/// Every stage of the workspace in stage order with its open live deals (count and summed
/// amount, zeros for a stage without any), and the totals: one query.
pub async fn pipeline<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
) -> Result<models::PipelineReport, ApiError> {
    let Some(tenant) = tenant else {
        return Ok(models::PipelineReport::new(Vec::new(), 0, 0.0));
    };
    let lines = pipeline_query(tenant)
        .into_model::<StageLine>()
        .all(db)
        .await?;
    let total_deals = lines.iter().map(|l| l.open_deals).sum();
    let total_cents = lines.iter().map(|l| l.cents).sum();
    let stages = lines
        .into_iter()
        .map(|line| {
            models::PipelineStageMetric::new(
                line.id,
                line.name,
                line.open_deals,
                cents_to_amount(line.cents),
            )
        })
        .collect();
    Ok(models::PipelineReport::new(
        stages,
        total_deals,
        cents_to_amount(total_cents),
    ))
}

/// `stages LEFT JOIN` their open live deals, grouped by stage, in the stage list's order
/// (position, then creation, then id).
fn pipeline_query(tenant: Tenant) -> Select<stages::Entity> {
    use deals::Column as D;
    use stages::Column as S;
    // The deals' foreign key to their stage (workspace and stage id), reversed, and open live
    // deals only.
    let open_deals = deals::Relation::Stage
        .def()
        .rev()
        .on_condition(|_stage, deal| {
            Condition::all()
                .add(Expr::col((deal.clone(), D::Status)).eq(DealStatus::Open))
                .add(Expr::col((deal, D::DeletedAt)).is_null())
        });
    scoped::<stages::Entity>(tenant)
        .select_only()
        .column(S::Id)
        .column(S::Name)
        .column_as(Expr::col((deals::Entity, D::Id)).count(), "open_deals")
        .column_as(
            integer_sum(Expr::col((deals::Entity, D::AmountCents))),
            "cents",
        )
        .join(JoinType::LeftJoin, open_deals)
        .group_by(S::Id)
        .group_by(S::Name)
        .group_by(S::Position)
        .group_by(S::CreatedAt)
        .order_by(S::Position, Order::Asc)
        .order_by(S::CreatedAt, Order::Asc)
        .order_by(S::Id, Order::Asc)
}

/// One aging bucket as the query answers it (buckets without invoices are absent).
#[derive(Debug, FromQueryResult)]
struct BucketLine {
    bucket: i32,
    invoices: i64,
    cents: i64,
}

/// Outstanding live invoices by days past due today (UTC), all five buckets in the contract's
/// order, and their total: one query.
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
    let mut figures = [(0_i64, 0_i64); BUCKETS.len()];
    for line in lines {
        if let Some(slot) = usize::try_from(line.bucket)
            .ok()
            .and_then(|i| figures.get_mut(i))
        {
            *slot = (line.invoices, line.cents);
        }
    }
    let total_cents = figures.iter().map(|(_, cents)| cents).sum();
    let buckets = BUCKETS
        .iter()
        .zip(figures)
        .map(|((name, _), (count, cents))| {
            models::InvoiceAgingBucket::new(*name, count, cents_to_amount(cents))
        })
        .collect();
    Ok(models::InvoiceAgingReport::new(
        buckets,
        cents_to_amount(total_cents),
    ))
}

/// Midnight (UTC) starting the day of `now`.
fn start_of_day(now: DateTime<Utc>) -> DateTime<Utc> {
    now.date_naive()
        .and_hms_opt(0, 0, 0)
        .map_or(now, |midnight| midnight.and_utc())
}

/// Outstanding invoices grouped by the index of their bucket in [`BUCKETS`]. An invoice is at
/// least `d` (≥ 1) days past due when it was due before `today - (d - 1)` days, so each bucket
/// is a half-open range of `due_at`, tested from `current` on.
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
        .column_as(Expr::col(I::Id).count(), "invoices")
        .column_as(integer_sum(Expr::col(I::AmountCents)), "cents")
        .filter(I::Status.is_in([InvoiceStatus::Sent, InvoiceStatus::Overdue]))
        .group_by(Expr::col(Alias::new("bucket")))
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

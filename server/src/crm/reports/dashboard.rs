//! The dashboard: open deals (count and summed amount, in all and per currency), open tasks and
//! the activities of the last `days` days (7 unless asked); all zero for a caller without a
//! workspace. Three queries.

use chrono::Duration;
use crm_api::models;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{count_to_i64, integer_sum};
use crate::crm::input::cents_to_amount;
use crate::entities::sea_orm_active_enums::{DealStatus, TaskStatus};
use crate::entities::{activities, deals, tasks};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::record::scoped;

/// How far back `recentActivity` looks unless asked.
pub const RECENT_DAYS: u32 = 7;

/// The dashboard figures of the tenant's workspace; `days` (1..=365, checked by the contract)
/// sets how far back `recentActivity` counts.
pub async fn dashboard<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
    days: Option<u32>,
) -> Result<models::ReportDashboard, ApiError> {
    let Some(tenant) = tenant else {
        return Ok(models::ReportDashboard::new(0, 0, 0.0, 0, Vec::new()));
    };
    let since = crate::time::now() - Duration::days(i64::from(days.unwrap_or(RECENT_DAYS)));
    let deals = scoped::<deals::Entity>(tenant)
        .filter(deals::Column::Status.eq(DealStatus::Open))
        .select_only()
        .column(deals::Column::Currency)
        .column_as(deals::Column::Id.count(), "open_deals")
        .column_as(integer_sum(Expr::col(deals::Column::AmountCents)), "cents")
        .group_by(deals::Column::Currency)
        .order_by_asc(deals::Column::Currency)
        .into_tuple::<(String, i64, i64)>()
        .all(db);
    let tasks = scoped::<tasks::Entity>(tenant)
        .filter(tasks::Column::Status.eq(TaskStatus::Open))
        .count(db);
    let activities = scoped::<activities::Entity>(tenant)
        .filter(activities::Column::CreatedAt.gte(since))
        .count(db);
    let (deals, tasks, activities) = tokio::try_join!(deals, tasks, activities)?;
    let open_deals = deals.iter().map(|(_, count, _)| count).sum();
    let cents = deals.iter().map(|(_, _, cents)| cents).sum();
    let by_currency = deals
        .into_iter()
        .map(|(currency, count, cents)| {
            models::DashboardCurrencyFigures::new(currency, count, cents_to_amount(cents))
        })
        .collect();
    Ok(models::ReportDashboard::new(
        open_deals,
        count_to_i64(tasks),
        cents_to_amount(cents),
        count_to_i64(activities),
        by_currency,
    ))
}

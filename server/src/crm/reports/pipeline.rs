//! The pipeline: every stage of the workspace in stage order with its open live deals (count and
//! summed amount, zeros for a stage without any), the totals, and the same report per currency
//! (every stage in each). One query, grouped by stage and currency.

use std::collections::BTreeMap;

use crm_api::models;
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ConnectionTrait, FromQueryResult, JoinType, Order, QueryOrder, QuerySelect, RelationTrait,
    Select,
};
use uuid::Uuid;

use super::integer_sum;
use crate::crm::input::cents_to_amount;
use crate::entities::sea_orm_active_enums::DealStatus;
use crate::entities::{deals, stages};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::record::scoped;

/// One stage and currency of the pipeline, as the query answers it (`currency` is `NULL` for a
/// stage without open deals).
#[derive(Debug, FromQueryResult)]
struct StageLine {
    id: Uuid,
    name: String,
    currency: Option<String>,
    open_deals: i64,
    cents: i64,
}

/// Open deals and cents of one stage.
type Figures = (i64, i64);

/// The pipeline report of the tenant's workspace (empty for a caller without one).
pub async fn pipeline<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
) -> Result<models::PipelineReport, ApiError> {
    let Some(tenant) = tenant else {
        return Ok(models::PipelineReport::new(Vec::new(), 0, 0.0, Vec::new()));
    };
    let lines = pipeline_query(tenant)
        .into_model::<StageLine>()
        .all(db)
        .await?;
    // Stages in order, each with its figures in all and per currency.
    let mut order: Vec<(Uuid, String)> = Vec::new();
    let mut all: BTreeMap<Uuid, Figures> = BTreeMap::new();
    let mut per_currency: BTreeMap<String, BTreeMap<Uuid, Figures>> = BTreeMap::new();
    for line in lines {
        if order.last().is_none_or(|(id, _)| *id != line.id) {
            order.push((line.id, line.name.clone()));
        }
        let stage = all.entry(line.id).or_default();
        stage.0 += line.open_deals;
        stage.1 += line.cents;
        if let Some(currency) = line.currency {
            let figures = per_currency.entry(currency).or_default();
            figures.insert(line.id, (line.open_deals, line.cents));
        }
    }
    let (stages, total_deals, total_cents) = report(&order, &all);
    let by_currency = per_currency
        .into_iter()
        .map(|(currency, figures)| {
            let (stages, deals, cents) = report(&order, &figures);
            models::PipelineCurrencyReport::new(currency, stages, deals, cents_to_amount(cents))
        })
        .collect();
    Ok(models::PipelineReport::new(
        stages,
        total_deals,
        cents_to_amount(total_cents),
        by_currency,
    ))
}

/// Every stage of `order` with its `figures` (zeros when absent), and their totals.
fn report(
    order: &[(Uuid, String)],
    figures: &BTreeMap<Uuid, Figures>,
) -> (Vec<models::PipelineStageMetric>, i64, i64) {
    let stages = order
        .iter()
        .map(|(id, name)| {
            let (deals, cents) = figures.get(id).copied().unwrap_or_default();
            models::PipelineStageMetric::new(*id, name.clone(), deals, cents_to_amount(cents))
        })
        .collect();
    let deals = figures.values().map(|(deals, _)| deals).sum();
    let cents = figures.values().map(|(_, cents)| cents).sum();
    (stages, deals, cents)
}

/// `stages LEFT JOIN` their open live deals, grouped by stage and the deals' currency, in the
/// stage list's order (position, then creation, then id).
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
        .column_as(Expr::col((deals::Entity, D::Currency)), "currency")
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
        .group_by(Expr::col((deals::Entity, D::Currency)))
        .order_by(S::Position, Order::Asc)
        .order_by(S::CreatedAt, Order::Asc)
        .order_by(S::Id, Order::Asc)
        .order_by(Expr::col((deals::Entity, D::Currency)), Order::Asc)
}

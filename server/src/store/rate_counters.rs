//! Rate-limit counters kept in the database, so every instance behind a load balancer counts the
//! same requests: one row per (bucket, window start) with a hit count, bumped by an upsert.
//! `rate_limit_counters` is a global table (buckets name a client address, an account or a
//! workspace), so nothing here is scoped to a tenant.
#![expect(
    clippy::disallowed_methods,
    reason = "rate_limit_counters is a global table, outside the tenant scope"
)]

use chrono::{DateTime, Duration, DurationRound, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};

use crate::entities::rate_limit_counters::{self as counters, Column};
use crate::error::ApiError;

/// How long counter rows are kept; older rows are deleted now and then.
const RETENTION: Duration = Duration::days(1);

/// The start of the `window`-long window containing `at` (windows aligned to the epoch).
pub fn window_start(at: DateTime<Utc>, window: Duration) -> DateTime<Utc> {
    at.duration_trunc(window).unwrap_or(at)
}

/// Counts one hit in `bucket` for the window starting at `window_start` and answers the
/// window's count so far, this hit included.
pub async fn hit<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    window_start: DateTime<Utc>,
) -> Result<i64, ApiError> {
    counters::Entity::insert(counters::ActiveModel {
        bucket: Set(bucket.to_owned()),
        window_start: Set(window_start),
        count: Set(1),
    })
    .on_conflict(
        OnConflict::columns([Column::Bucket, Column::WindowStart])
            .value(
                Column::Count,
                Expr::col((counters::Entity, Column::Count)).add(1),
            )
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if rand_percent() == 0 {
        prune(db).await?;
    }
    count_since(db, bucket, window_start - Duration::microseconds(1)).await
}

/// Takes back one hit counted by [`hit`] in the same window (for a reservation that did not
/// happen after all).
pub async fn release<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    window_start: DateTime<Utc>,
) -> Result<(), ApiError> {
    counters::Entity::update_many()
        .col_expr(Column::Count, Expr::col(Column::Count).sub(1))
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::WindowStart.eq(window_start))
        .filter(Column::Count.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// The hits in `bucket` over the windows that started after `since`.
pub async fn count_since<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    since: DateTime<Utc>,
) -> Result<i64, ApiError> {
    let total: Option<i64> = counters::Entity::find()
        .select_only()
        .expr(
            Expr::col(Column::Count)
                .sum()
                .cast_as(sea_orm::sea_query::Alias::new("BIGINT")),
        )
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::WindowStart.gt(since))
        .into_tuple()
        .one(db)
        .await?
        .flatten();
    Ok(total.unwrap_or(0))
}

/// The start of the oldest window of `bucket` after `since`, if any.
pub async fn oldest_window_since<C: ConnectionTrait>(
    db: &C,
    bucket: &str,
    since: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, ApiError> {
    use sea_orm::QueryOrder;
    let oldest = counters::Entity::find()
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::WindowStart.gt(since))
        .order_by_asc(Column::WindowStart)
        .one(db)
        .await?;
    Ok(oldest.map(|row| row.window_start))
}

/// Deletes counters older than [`RETENTION`].
async fn prune<C: ConnectionTrait>(db: &C) -> Result<(), ApiError> {
    counters::Entity::delete_many()
        .filter(Column::WindowStart.lt(crate::time::now() - RETENTION))
        .exec(db)
        .await?;
    Ok(())
}

/// A cheap 0..100 draw from the clock's sub-second digits; good enough to prune now and then.
pub(super) fn rand_percent() -> u32 {
    Utc::now().timestamp_subsec_nanos() / 1000 % 100
}

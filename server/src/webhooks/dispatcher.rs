//! The dispatcher every `serve` process runs: it claims due deliveries (up to
//! [`super::Settings::concurrency`] in flight), sends each, and records the outcome:
//! delivered on 2xx; on anything else a retry after an exponential backoff with jitter (or the
//! receiver's `Retry-After`, when longer), until the delivery is older than the give-up window
//! (24 hours), then failed. A 410 fails the delivery and disables the subscription at once; a
//! subscription whose deliveries have all failed for the window is disabled too, with activity
//! `webhook.disabled`. Once an hour it purges delivered rows older than `CRM_WEBHOOK_LOG_DAYS`.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use sea_orm::sea_query::Expr;
use serde_json::json;
use tokio::task::JoinSet;

use super::sender::{self, ATTEMPT_TIMEOUT, Answer, ClientError};
use super::{Settings, event};
use crate::auth::random::random_fraction;
use crate::entities::webhooks::{self, Column};
use crate::error::ApiError;
use crate::store::activity::{self, NewActivity};
use crate::store::counters;
use crate::store::dispatch::{self, Attempted, Claimed};
use crate::store::members::oldest_owner;
use crate::store::outbox::{DELIVERED, FAILED, PENDING};

/// The longest wait between two attempts.
const MAX_BACKOFF: StdDuration = StdDuration::from_secs(3600);
/// How long a claimed attempt is leased: past it another instance may retry it.
const LEASE: StdDuration = StdDuration::from_secs(60);
/// How often delivered rows past the log's age are purged.
const PURGE_EVERY: StdDuration = StdDuration::from_secs(3600);

/// Starts the dispatcher of this process.
pub fn spawn(
    db: DatabaseConnection,
    settings: Settings,
) -> Result<tokio::task::JoinHandle<()>, ClientError> {
    let client = sender::client(settings.policy)?;
    Ok(tokio::spawn(run(db, client, settings)))
}

/// Claims and sends until the process ends.
async fn run(db: DatabaseConnection, client: reqwest::Client, settings: Settings) {
    let mut in_flight = JoinSet::new();
    let mut next_purge = tokio::time::Instant::now() + StdDuration::from_secs(60);
    loop {
        while let Some(done) = in_flight.try_join_next() {
            report(done);
        }
        let free = settings.concurrency.saturating_sub(in_flight.len());
        let mut claimed = 0;
        if free > 0 {
            match claim(&db, free).await {
                Ok(due) => {
                    claimed = due.len();
                    for one in due {
                        in_flight.spawn(attempt(db.clone(), client.clone(), settings, one));
                    }
                }
                Err(err) => tracing::warn!(error = %err, "webhook dispatcher: claim failed"),
            }
        }
        if claimed == 0 {
            // Nothing more due: wait for a poll interval, or for an attempt to end (which
            // frees a slot and may unblock the next event of its record).
            tokio::select! {
                () = tokio::time::sleep(settings.poll) => {}
                Some(done) = in_flight.join_next(), if !in_flight.is_empty() => report(done),
            }
        }
        if tokio::time::Instant::now() >= next_purge {
            next_purge += PURGE_EVERY;
            match purge_log(&db, crate::time::now(), settings.log_days).await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "webhook log: delivered rows purged"),
                Err(err) => tracing::warn!(error = %err, "webhook log purge failed"),
            }
        }
    }
}

fn report(done: Result<Result<(), ApiError>, tokio::task::JoinError>) {
    match done {
        Ok(Ok(())) => {}
        Ok(Err(err)) => tracing::warn!(error = %err, "webhook delivery: recording failed"),
        Err(err) => tracing::error!(error = %err, "webhook delivery task failed"),
    }
}

/// Deletes delivered rows delivered, and failed rows queued, more than `log_days` days before
/// `now` (every instance
/// runs it hourly; two at once delete each row once). Answers how many went.
pub async fn purge_log(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    log_days: u32,
) -> Result<u64, ApiError> {
    dispatch::purge_log(db, now - Duration::days(i64::from(log_days))).await
}

async fn claim(db: &DatabaseConnection, free: usize) -> Result<Vec<Claimed>, ApiError> {
    let now = crate::time::now();
    // A plain read first: an idle poll neither opens a transaction nor takes SQLite's lock.
    if !dispatch::any_due(db, now).await? {
        return Ok(Vec::new());
    }
    let lease = now + Duration::from_std(LEASE).unwrap_or_default();
    dispatch::claim(db, now, lease, u64::try_from(free).unwrap_or(1)).await
}

/// Sends one claimed delivery and records what came of it (and of its subscription).
pub async fn attempt(
    db: DatabaseConnection,
    client: reqwest::Client,
    settings: Settings,
    claimed: Claimed,
) -> Result<(), ApiError> {
    let Claimed {
        delivery,
        webhook,
        event,
    } = claimed;
    let body = serde_json::to_vec(&event::of(&event)).unwrap_or_default();
    let now = crate::time::now();
    let mut secrets = vec![webhook.secret.as_str()];
    if let (Some(previous), Some(until)) = (
        webhook.previous_secret.as_deref(),
        webhook.previous_secret_expires_at,
    ) && until > now
    {
        secrets.push(previous);
    }
    let event_id = event.id.to_string();
    let answer = sender::post(
        &client,
        settings.policy,
        &webhook.url,
        &event_id,
        &secrets,
        body,
    )
    .await;
    let now = crate::time::now();
    let outcome = decide(
        &answer,
        delivery.attempts,
        delivery.created_at,
        now,
        settings,
    );
    dispatch::record_attempt(&db, delivery.id, &outcome, now).await?;
    crate::metrics::webhook_attempt(outcome.status, answer.latency.as_secs_f64());
    // The subscription's health is judged on its row as it is now, not on the copy claimed
    // with the delivery (other attempts may have ended meanwhile).
    if answer.delivered() {
        let healthy = vec![(
            Column::FailingSince,
            Expr::value(Option::<DateTime<Utc>>::None),
        )];
        let was_failing = Some(Expr::col(Column::FailingSince).is_not_null());
        dispatch::set_webhook(&db, webhook.id, healthy, was_failing).await?;
    } else if answer.status == Some(410) {
        disable(&db, &webhook, "the receiver answered 410 Gone", None).await?;
    } else {
        let failing = vec![(Column::FailingSince, Expr::value(now))];
        let first_failure = Some(Expr::col(Column::FailingSince).is_null());
        dispatch::set_webhook(&db, webhook.id, failing, first_failure).await?;
        let window = Duration::from_std(settings.give_up).unwrap_or_default();
        if webhook
            .failing_since
            .is_some_and(|since| now - since >= window)
        {
            let still_failing = Expr::col(Column::FailingSince).lte(now - window);
            let reason = "every delivery failed for the retry window";
            disable(&db, &webhook, reason, Some(still_failing)).await?;
        }
    }
    Ok(())
}

/// The delay before retry number `attempts` (1 for the first retry): `base` doubled per attempt
/// up to an hour, times a jitter factor in [0.75, 1.25).
pub fn backoff(base: StdDuration, attempts: i32, jitter: f64) -> StdDuration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(0);
    let plain = base
        .saturating_mul(1u32 << doublings.min(20))
        .min(MAX_BACKOFF);
    plain.mul_f64(0.75 + jitter.clamp(0.0, 1.0) / 2.0)
}

/// The row's next state after `answer`.
fn decide(
    answer: &Answer,
    attempts: i32,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    settings: Settings,
) -> Attempted {
    let latency_ms = i32::try_from(answer.latency.as_millis()).unwrap_or(i32::MAX);
    let response_status = answer.status.map(i32::from);
    let done = |status| Attempted {
        response_status,
        latency_ms,
        error: answer.error.clone(),
        status,
        next_attempt_at: None,
    };
    if answer.delivered() {
        return done(DELIVERED);
    }
    // A target the rules refuse stays refused: no retries (a name that resolves only to private
    // addresses included, see `target::GuardedResolver`).
    let refused = answer.status.is_none()
        && answer.error.as_deref().is_some_and(|e| {
            e.starts_with("refused to send") || e.contains(super::target::PRIVATE_NAME)
        });
    if answer.status == Some(410) || refused {
        return done(FAILED);
    }
    let mut wait = backoff(settings.retry_base, attempts, random_fraction());
    if let Some(asked) = answer.retry_after_secs {
        wait = wait.max(StdDuration::from_secs(asked).min(MAX_BACKOFF));
    }
    let next = now + Duration::from_std(wait).unwrap_or_default();
    let window = Duration::from_std(settings.give_up).unwrap_or_default();
    if next > created_at + window {
        return done(FAILED);
    }
    Attempted {
        next_attempt_at: Some(next),
        status: PENDING,
        ..done(PENDING)
    }
}

/// Turns `webhook` off with `reason` (once, whoever notices first, and only while `unless`
/// still holds on its row), fails its pending deliveries and records `webhook.disabled` in the
/// name of the workspace's oldest owner (a workspace without one, which the API never leaves,
/// only has the subscription turned off).
async fn disable(
    db: &DatabaseConnection,
    webhook: &webhooks::Model,
    reason: &str,
    only_if: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<(), ApiError> {
    let now = crate::time::now();
    let columns = vec![
        (Column::Active, Expr::value(false)),
        (Column::DisabledReason, Expr::value(reason)),
        (Column::UpdatedAt, Expr::value(now)),
    ];
    let mut still_on = Expr::col(Column::Active).eq(true);
    if let Some(condition) = only_if {
        still_on = still_on.and(condition);
    }
    let Some(tenant) = oldest_owner(db, webhook.workspace_id).await? else {
        dispatch::set_webhook(db, webhook.id, columns, Some(still_on)).await?;
        return Ok(());
    };
    let txn = crate::db::begin_write(db).await?;
    // Counter first, like every writer of the workspace (see `counters::hold`).
    counters::hold(&txn, tenant, activity::COUNTER).await?;
    if dispatch::set_webhook(&txn, webhook.id, columns, Some(still_on)).await? {
        let error = format!("the subscription was disabled: {reason}");
        let failed = super::deliveries::fail_pending(&txn, tenant, webhook.id, &error).await?;
        let disabled = NewActivity {
            kind: "webhook.disabled",
            entity_type: "webhook",
            entity_id: webhook.id,
            metadata: Some(json!({
                "reason": reason,
                "failedDeliveries": failed,
                "changes": {"active": {"before": true, "after": false}},
            })),
        };
        activity::record(&txn, tenant, disabled).await?;
        tracing::warn!(webhook = %webhook.id, reason, "webhook subscription disabled");
    }
    txn.commit().await?;
    Ok(())
}

// A lease outlives the attempt it covers.
const _: () = assert!(LEASE.as_secs() > ATTEMPT_TIMEOUT.as_secs());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_up_to_an_hour() {
        let base = StdDuration::from_secs(5);
        assert_eq!(backoff(base, 1, 0.5), StdDuration::from_secs(5));
        assert_eq!(backoff(base, 3, 0.5), StdDuration::from_secs(20));
        assert_eq!(backoff(base, 40, 0.5), MAX_BACKOFF);
        assert!(backoff(base, 2, 0.0) >= StdDuration::from_millis(7500));
        assert!(backoff(base, 2, 0.999) < StdDuration::from_millis(12500));
    }
}

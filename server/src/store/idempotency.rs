//! The stored answers of `Idempotency-Key` requests, in the database so every instance sees the
//! same keys. A key is claimed with one insert (the primary key `(scope, key)` makes two
//! concurrent claims of one key end with exactly one winner), completed with the answer, or
//! released when the answer must not be replayed. `idempotency_keys` is a global table (the
//! scope names the caller), so nothing here is scoped to a tenant.
#![expect(
    clippy::disallowed_methods,
    reason = "idempotency_keys is a global table, outside the tenant scope"
)]

use chrono::{DateTime, Duration, Utc};
use sea_orm::Condition;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entities::idempotency_keys::{self as keys, Column};
use crate::error::ApiError;

/// How long a key is remembered.
pub const RETENTION: Duration = Duration::hours(24);

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Its status code.
    pub status: u16,
    /// The headers replayed with it, `(name, value)`.
    pub headers: Vec<(String, String)>,
    /// Its body.
    pub body: Vec<u8>,
}

/// What a request carrying a key should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The key is new (or its earlier use expired): run the request, then [`complete`] or
    /// [`release`].
    Run,
    /// The same request ran: answer this again.
    Replay(Answer),
    /// The same key is held by a request still running.
    InFlight,
    /// The key was used for a different request.
    Reused,
}

/// Claims `key` of `scope` for the request whose hash is `fingerprint`. A key held longer than
/// `lease` without an answer belonged to a request that died with its instance: it is taken over.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    scope: &str,
    key: &str,
    fingerprint: &str,
    lease: Duration,
) -> Result<Claim, ApiError> {
    // Two rounds at most: the second follows the removal of an expired or abandoned row.
    for _ in 0..2 {
        let now = crate::time::now();
        let inserted = keys::Entity::insert(keys::ActiveModel {
            scope: Set(scope.to_owned()),
            key: Set(key.to_owned()),
            fingerprint: Set(fingerprint.to_owned()),
            status: Set(None),
            headers: Set(None),
            body: Set(None),
            created_at: Set(now),
            expires_at: Set(now + RETENTION),
        })
        .on_conflict(
            OnConflict::columns([Column::Scope, Column::Key])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
        if inserted == 1 {
            if super::rate_counters::rand_percent() == 0 {
                purge(db, now).await?;
            }
            return Ok(Claim::Run);
        }
        let Some(row) = find(db, scope, key).await? else {
            continue;
        };
        if is_stale(&row, now, lease) {
            keys::Entity::delete_many()
                .filter(this_key(scope, key))
                .filter(Column::CreatedAt.eq(row.created_at))
                .exec(db)
                .await?;
            continue;
        }
        if row.fingerprint != fingerprint {
            return Ok(Claim::Reused);
        }
        return Ok(match answer_of(row) {
            Some(answer) => Claim::Replay(answer),
            None => Claim::InFlight,
        });
    }
    // Taken over twice in a row by other requests: it is theirs now.
    Ok(Claim::InFlight)
}

/// Stores the answer of the request that claimed `key`.
pub async fn complete<C: ConnectionTrait>(
    db: &C,
    scope: &str,
    key: &str,
    answer: &Answer,
) -> Result<(), ApiError> {
    let headers: serde_json::Map<String, serde_json::Value> = answer
        .headers
        .iter()
        .map(|(name, value)| (name.clone(), serde_json::Value::String(value.clone())))
        .collect();
    keys::Entity::update_many()
        .col_expr(Column::Status, i32::from(answer.status).into())
        .col_expr(
            Column::Headers,
            serde_json::Value::Object(headers).to_string().into(),
        )
        .col_expr(Column::Body, answer.body.clone().into())
        .filter(this_key(scope, key))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets `key` of `scope` while it has no answer (the request failed in a way a retry may
/// fix, or never finished), so that the next request with it runs.
pub async fn release<C: ConnectionTrait>(db: &C, scope: &str, key: &str) -> Result<(), ApiError> {
    keys::Entity::delete_many()
        .filter(this_key(scope, key))
        .filter(Column::Status.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes every expired key; answers how many. One claim in a hundred runs it.
pub async fn purge<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<u64, ApiError> {
    let deleted = keys::Entity::delete_many()
        .filter(Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

async fn find<C: ConnectionTrait>(
    db: &C,
    scope: &str,
    key: &str,
) -> Result<Option<keys::Model>, ApiError> {
    Ok(keys::Entity::find()
        .filter(this_key(scope, key))
        .one(db)
        .await?)
}

/// The row of `key` of `scope`.
fn this_key(scope: &str, key: &str) -> Condition {
    Condition::all()
        .add(Column::Scope.eq(scope))
        .add(Column::Key.eq(key))
}

/// Expired, or held without an answer for longer than `lease`.
fn is_stale(row: &keys::Model, now: DateTime<Utc>, lease: Duration) -> bool {
    row.expires_at <= now || (row.status.is_none() && row.created_at + lease <= now)
}

/// The stored answer of a completed row.
fn answer_of(row: keys::Model) -> Option<Answer> {
    let status = u16::try_from(row.status?).ok()?;
    let headers = row
        .headers
        .and_then(|text| serde_json::from_str::<serde_json::Map<_, _>>(&text).ok())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(name, value)| Some((name, value.as_str()?.to_owned())))
        .collect();
    Some(Answer {
        status,
        headers,
        body: row.body.unwrap_or_default(),
    })
}

//! Keyset pagination: `limit` (1..=200, default 50) and an opaque cursor holding the sort key of
//! the last row of the previous page plus its id. A cursor never repeats a row and never skips an
//! unchanged one, whatever is inserted meanwhile; a malformed cursor is a 400.
//!
//! Two forms share the limit rules and the cursor encoding: [`PageRequest`] with [`Cursor`] for
//! lists ordered by one timestamp, and [`KeysetPage`] with [`Sort`] and [`KeyCursor`] for lists
//! ordered by several keys, nullable ones included (the CRM lists).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, IntoColumnRef};
use sea_orm::{EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect, Select};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::ApiError;

mod keyset;

/// Page size when the client sends none.
pub const DEFAULT_LIMIT: u64 = 50;
/// Largest page size.
pub const MAX_LIMIT: u64 = 200;

/// What the client asked for: a page size and where to continue.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRequest {
    /// Rows per page.
    pub limit: u64,
    /// The last row of the previous page, if any.
    pub after: Option<Cursor>,
}

/// The position after a row: its sort key and id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cursor {
    /// Sort key (a timestamp for the lists ordered by time).
    #[serde(rename = "t")]
    pub at: DateTime<Utc>,
    /// Tie-breaker.
    #[serde(rename = "i")]
    pub id: Uuid,
}

impl Cursor {
    /// The opaque form handed to clients.
    pub fn encode(&self) -> String {
        encode_json(self)
    }

    /// Parses a cursor; anything not made by [`Cursor::encode`] is `None`.
    pub fn decode(raw: &str) -> Option<Self> {
        decode_json(raw)
    }
}

impl PageRequest {
    /// Validates the `limit` and `cursor` query parameters.
    pub fn parse(limit: Option<u32>, cursor: Option<&str>) -> Result<Self, ApiError> {
        Ok(Self {
            limit: parse_limit(limit)?,
            after: parse_cursor(cursor, Cursor::decode)?,
        })
    }

    /// Orders `select` by (`at`, `id`) in `order` and continues after the cursor; fetches one row
    /// more than the page so [`PageRequest::finish`] knows whether another page follows.
    pub fn apply<E: EntityTrait>(
        &self,
        select: Select<E>,
        at: impl IntoColumnRef + Copy,
        id: impl IntoColumnRef + Copy,
        order: Order,
    ) -> Select<E> {
        let mut select = select
            .order_by(Expr::col(at), order.clone())
            .order_by(Expr::col(id), order.clone());
        if let Some(after) = &self.after {
            let (past_at, past_id) = match order {
                Order::Asc => (Expr::col(at).gt(after.at), Expr::col(id).gt(after.id)),
                _ => (Expr::col(at).lt(after.at), Expr::col(id).lt(after.id)),
            };
            select = select.filter(
                Condition::any().add(past_at).add(
                    Condition::all()
                        .add(Expr::col(at).eq(after.at))
                        .add(past_id),
                ),
            );
        }
        select.limit(self.limit + 1)
    }

    /// Cuts the extra row off and makes the next cursor from the last row kept.
    pub fn finish<T>(&self, rows: Vec<T>, key: impl Fn(&T) -> Cursor) -> (Vec<T>, Option<String>) {
        finish_page(self.limit, rows, |row| key(row).encode())
    }
}

/// Validates `limit` (1..=200, default 50).
fn parse_limit(limit: Option<u32>) -> Result<u64, ApiError> {
    let limit = limit.map_or(DEFAULT_LIMIT, u64::from);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid_field(
            "limit",
            "must be between 1 and 200",
        ));
    }
    Ok(limit)
}

/// Decodes a non-empty `cursor` with `decode`, or 400.
fn parse_cursor<C>(
    cursor: Option<&str>,
    decode: impl Fn(&str) -> Option<C>,
) -> Result<Option<C>, ApiError> {
    match cursor.filter(|c| !c.is_empty()) {
        Some(raw) => decode(raw).map(Some).ok_or_else(malformed_cursor),
        None => Ok(None),
    }
}

fn malformed_cursor() -> ApiError {
    ApiError::invalid_field("cursor", "is not a cursor this API issued")
}

/// Cuts the extra row off `rows` and encodes the next cursor from the last row kept.
fn finish_page<T>(
    limit: u64,
    mut rows: Vec<T>,
    encode: impl Fn(&T) -> String,
) -> (Vec<T>, Option<String>) {
    let more = u64::try_from(rows.len()).unwrap_or(u64::MAX) > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next = if more { rows.last().map(encode) } else { None };
    (rows, next)
}

fn encode_json<T: Serialize>(value: &T) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap_or_default())
}

fn decode_json<T: serde::de::DeserializeOwned>(raw: &str) -> Option<T> {
    let bytes = URL_SAFE_NO_PAD.decode(raw.trim()).ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub use keyset::{KeyCursor, KeysetPage, Sort, SortValue};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_limits_and_cursors() {
        assert_eq!(PageRequest::parse(None, None).unwrap().limit, DEFAULT_LIMIT);
        assert!(PageRequest::parse(Some(0), None).is_err());
        assert!(PageRequest::parse(Some(201), None).is_err());
        assert!(PageRequest::parse(None, Some("not-a-cursor")).is_err());
        let cursor = Cursor {
            at: crate::time::now(),
            id: Uuid::now_v7(),
        };
        assert_eq!(
            PageRequest::parse(Some(5), Some(&cursor.encode()))
                .unwrap()
                .after,
            Some(cursor)
        );
    }
}

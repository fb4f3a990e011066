//! Keyset pages over several sort keys, the id as final tie-breaker: the general form behind the
//! CRM lists (`updatedAt desc`; `dueAt asc` with NULLs last, then `createdAt desc`; `order`
//! then creation). The cursor holds the last row's key values and id, so a page never repeats a
//! row and never skips an unchanged one.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{ColumnRef, Condition, Expr, IntoColumnRef, NullOrdering, SimpleExpr};
use sea_orm::{EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect, Select};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{decode_json, encode_json, finish_page, malformed_cursor, parse_cursor, parse_limit};
use crate::error::ApiError;

/// One sort-key value of a row, as kept in a cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    /// An integer key (a stage's order).
    Int(i64),
    /// A timestamp key; `None` for a NULL of a nullable key.
    Time(Option<DateTime<Utc>>),
    /// A calendar-day key (a visit's `date`), as `{"d": "YYYY-MM-DD"}`.
    Date {
        /// The day.
        #[serde(rename = "d")]
        day: NaiveDate,
    },
    /// A text key (a visit's `HH:mm` time), as `{"s": "..."}`.
    Text {
        /// The text.
        #[serde(rename = "s")]
        text: String,
    },
}

/// The position after a row: its sort-key values (in the [`Sort`]'s order) and its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyCursor {
    /// Sort-key values.
    #[serde(rename = "k")]
    pub keys: Vec<SortValue>,
    /// Tie-breaker.
    #[serde(rename = "i")]
    pub id: Uuid,
}

impl KeyCursor {
    /// A cursor of `keys` then `id`.
    pub fn new(keys: Vec<SortValue>, id: Uuid) -> Self {
        Self { keys, id }
    }

    /// The opaque form handed to clients.
    pub fn encode(&self) -> String {
        encode_json(self)
    }
}

/// What kind of values a key holds (checked against the cursor's, so a cursor of another list
/// is a 400 rather than a type error in the database).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Int,
    Time,
    NullableTime,
    Date,
    Text,
}

#[derive(Debug, Clone)]
struct SortKey {
    column: ColumnRef,
    order: Order,
    kind: KeyKind,
}

/// A list's order: keys in priority order, then the id. Nullable keys sort NULLs last.
#[derive(Debug, Clone)]
pub struct Sort {
    keys: Vec<SortKey>,
    id: ColumnRef,
    id_order: Order,
}

impl Sort {
    /// An order ending with `id` in `id_order`; add keys with the builder methods.
    pub fn new(id: impl IntoColumnRef, id_order: Order) -> Self {
        Self {
            keys: Vec::new(),
            id: id.into_column_ref(),
            id_order,
        }
    }

    /// Adds a non-null timestamp key.
    pub fn time(self, column: impl IntoColumnRef, order: Order) -> Self {
        self.key(column, order, KeyKind::Time)
    }

    /// Adds a nullable timestamp key; NULLs come last.
    pub fn nullable_time(self, column: impl IntoColumnRef, order: Order) -> Self {
        self.key(column, order, KeyKind::NullableTime)
    }

    /// Adds a non-null calendar-day key.
    pub fn date(self, column: impl IntoColumnRef, order: Order) -> Self {
        self.key(column, order, KeyKind::Date)
    }

    /// Adds a non-null text key (ordered by the database's collation).
    pub fn text(self, column: impl IntoColumnRef, order: Order) -> Self {
        self.key(column, order, KeyKind::Text)
    }

    /// Adds a non-null integer key.
    pub fn int(self, column: impl IntoColumnRef, order: Order) -> Self {
        self.key(column, order, KeyKind::Int)
    }

    fn key(mut self, column: impl IntoColumnRef, order: Order, kind: KeyKind) -> Self {
        self.keys.push(SortKey {
            column: column.into_column_ref(),
            order,
            kind,
        });
        self
    }

    /// True when `cursor` was made for this order (same number and kinds of keys).
    fn fits(&self, cursor: &KeyCursor) -> bool {
        self.keys.len() == cursor.keys.len()
            && self
                .keys
                .iter()
                .zip(&cursor.keys)
                .all(|(key, value)| match (key.kind, value) {
                    (KeyKind::Int, SortValue::Int(_)) => true,
                    (KeyKind::Time, SortValue::Time(t)) => t.is_some(),
                    (KeyKind::NullableTime, SortValue::Time(_)) => true,
                    (KeyKind::Date, SortValue::Date { .. }) => true,
                    (KeyKind::Text, SortValue::Text { .. }) => true,
                    _ => false,
                })
    }

    /// Rows strictly after `cursor` in this order.
    fn after(&self, cursor: &KeyCursor) -> Condition {
        let mut any = Condition::any();
        let mut equal = Condition::all();
        for (key, value) in self.keys.iter().zip(&cursor.keys) {
            if let Some(past) = past(&key.column, key.order.clone(), key.kind, value) {
                any = any.add(equal.clone().add(past));
            }
            equal = equal.add(same(&key.column, value));
        }
        let past_id = match self.id_order {
            Order::Asc => Expr::col(self.id.clone()).gt(cursor.id),
            _ => Expr::col(self.id.clone()).lt(cursor.id),
        };
        any.add(equal.add(past_id))
    }
}

fn bound(value: &SortValue) -> Option<sea_orm::Value> {
    match value {
        SortValue::Int(i) => Some((*i).into()),
        SortValue::Time(t) => t.map(Into::into),
        SortValue::Date { day } => Some((*day).into()),
        SortValue::Text { text } => Some(text.clone().into()),
    }
}

/// `column` equals `value` (NULL-aware).
fn same(column: &ColumnRef, value: &SortValue) -> SimpleExpr {
    match bound(value) {
        Some(v) => Expr::col(column.clone()).eq(v),
        None => Expr::col(column.clone()).is_null(),
    }
}

/// `column` comes after `value`; `None` when nothing can (after a NULL, which sorts last).
fn past(column: &ColumnRef, order: Order, kind: KeyKind, value: &SortValue) -> Option<Condition> {
    let v = bound(value)?;
    let strictly = match order {
        Order::Asc => Expr::col(column.clone()).gt(v),
        _ => Expr::col(column.clone()).lt(v),
    };
    let mut past = Condition::any().add(strictly);
    if kind == KeyKind::NullableTime {
        past = past.add(Expr::col(column.clone()).is_null());
    }
    Some(past)
}

/// A page request of a multi-key list: `limit` and where to continue.
#[derive(Debug, Clone, PartialEq)]
pub struct KeysetPage {
    /// Rows per page.
    pub limit: u64,
    /// The last row of the previous page, if any.
    pub after: Option<KeyCursor>,
}

impl KeysetPage {
    /// Validates the `limit` and `cursor` query parameters (400 when malformed).
    pub fn parse(limit: Option<u32>, cursor: Option<&str>) -> Result<Self, ApiError> {
        Ok(Self {
            limit: parse_limit(limit)?,
            after: parse_cursor(cursor, decode_json::<KeyCursor>)?,
        })
    }

    /// Orders `select` by `sort`, continues after the cursor and fetches one row more than the
    /// page. A cursor made for another order is a 400.
    pub fn apply<E: EntityTrait>(
        &self,
        select: Select<E>,
        sort: &Sort,
    ) -> Result<Select<E>, ApiError> {
        let mut select = select;
        for key in &sort.keys {
            select = match key.kind {
                KeyKind::NullableTime => select.order_by_with_nulls(
                    Expr::col(key.column.clone()),
                    key.order.clone(),
                    NullOrdering::Last,
                ),
                _ => select.order_by(Expr::col(key.column.clone()), key.order.clone()),
            };
        }
        select = select.order_by(Expr::col(sort.id.clone()), sort.id_order.clone());
        if let Some(after) = &self.after {
            if !sort.fits(after) {
                return Err(malformed_cursor());
            }
            select = select.filter(sort.after(after));
        }
        Ok(select.limit(self.limit + 1))
    }

    /// Cuts the extra row off and makes the next cursor from the last row kept.
    pub fn finish<T>(
        &self,
        rows: Vec<T>,
        key: impl Fn(&T) -> KeyCursor,
    ) -> (Vec<T>, Option<String>) {
        finish_page(self.limit, rows, |row| key(row).encode())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use sea_orm::sea_query::Alias;

    use super::*;

    #[test]
    fn date_and_text_keys_round_trip_and_fit_only_their_order() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        // A text that looks like a date stays text: the new kinds are tagged objects.
        for text in ["09:30", "2026-03-01"] {
            let cursor = KeyCursor::new(
                vec![
                    SortValue::Date { day },
                    SortValue::Text { text: text.into() },
                ],
                Uuid::nil(),
            );
            let page = KeysetPage::parse(Some(10), Some(&cursor.encode())).expect("cursor");
            assert_eq!(page.after.as_ref(), Some(&cursor));
            let visits = Sort::new(Alias::new("id"), Order::Asc)
                .date(Alias::new("visit_date"), Order::Asc)
                .text(Alias::new("visit_time"), Order::Asc);
            assert!(visits.fits(&cursor));
            let timed = Sort::new(Alias::new("id"), Order::Asc)
                .time(Alias::new("a"), Order::Asc)
                .time(Alias::new("b"), Order::Asc);
            assert!(!timed.fits(&cursor), "a cursor of another order is refused");
        }
    }
}

//! How well a row matches `q`: the tier of its best searched text, best first. The same
//! expression orders each kind's rows in the database and is read back to merge the kinds, so
//! both databases rank alike (plain comparisons and `LIKE`, no similarity function that only
//! PostgreSQL has).

use sea_orm::sea_query::{CaseStatement, Condition, Expr, LikeExpr, SimpleExpr};
use sea_orm::{DbErr, FromQueryResult, QueryResult};

use crate::store::list::escape_like;

/// The name of the rank column added to a kind's query.
pub const RANK_COLUMN: &str = "search_rank";

/// The match tier of the best of `texts` (lower-cased expressions) for `q` (lower-cased,
/// trimmed), best first: a text is `q` (0), starts with `q` (1), has a word starting with `q`
/// (2, after a space), or holds `q` elsewhere (3). That is
/// `CASE WHEN any text = q THEN 0 WHEN any LIKE 'q%' THEN 1 WHEN any LIKE '% q%' THEN 2 ELSE 3`.
/// The tiers are literals, so PostgreSQL types the column `integer` (bound values would be
/// `text`).
pub fn rank(texts: &[SimpleExpr], q: &str) -> SimpleExpr {
    let escaped = escape_like(q);
    let any = |test: &dyn Fn(SimpleExpr) -> SimpleExpr| {
        texts
            .iter()
            .fold(Condition::any(), |any, text| any.add(test(text.clone())))
    };
    let like = |pattern: String| {
        move |text: SimpleExpr| Expr::expr(text).like(LikeExpr::new(pattern.clone()).escape('\\'))
    };
    let case = CaseStatement::new()
        .case(any(&|text| Expr::expr(text).eq(q)), Expr::cust("0"))
        .case(any(&like(format!("{escaped}%"))), Expr::cust("1"))
        .case(any(&like(format!("% {escaped}%"))), Expr::cust("2"))
        .finally(Expr::cust("3"));
    case.into()
}

/// A row read with its rank.
#[derive(Debug)]
pub struct Ranked<M> {
    /// The tier ([`rank`]).
    pub rank: i32,
    /// The row.
    pub row: M,
}

impl<M: FromQueryResult> FromQueryResult for Ranked<M> {
    fn from_query_result(res: &QueryResult, pre: &str) -> Result<Self, DbErr> {
        Ok(Self {
            rank: res.try_get(pre, RANK_COLUMN)?,
            row: M::from_query_result(res, pre)?,
        })
    }
}

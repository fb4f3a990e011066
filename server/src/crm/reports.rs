//! Reports: the dashboard figures ([`dashboard`]), the pipeline by stage ([`pipeline`]) and
//! invoice aging ([`aging`]).
//!
//! Each report is a fixed number of aggregate queries over the live rows of the caller's
//! workspace, whatever the data's size. Amounts are summed as integer cents by the database
//! (cast to `BIGINT`: PostgreSQL's `sum(bigint)` is `numeric`) and become the API's amount once,
//! at the end; no floating point sum anywhere. Every report keeps the handoff's totals (summed as
//! stored, whatever the currency) and adds `byCurrency`, the same figures per currency (by
//! code), so a total over mixed currencies is never the only figure.

mod aging;
mod dashboard;
mod pipeline;

pub use aging::invoice_aging;
pub use dashboard::dashboard;
pub use pipeline::pipeline;

use sea_orm::sea_query::{Alias, Expr, Func, SimpleExpr};

/// `CAST(COALESCE(SUM(expr), 0) AS BIGINT)`: an exact integer sum, 0 over no rows.
fn integer_sum(expr: impl Into<SimpleExpr>) -> SimpleExpr {
    let sum = Func::coalesce([Func::sum(expr.into()).into(), Expr::cust("0")]);
    Func::cast_as(sum, Alias::new("BIGINT")).into()
}

fn count_to_i64(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

//! Counting several scoped selects at once: one `UNION ALL` query whose every part counts the
//! rows of one select, stopping one past a cap (global search counts its six kinds this way).
//!
//! A part is made only from a [`Select`], and outside the store every `Select` of a tenant table
//! comes from [`super::record::scoped`], so the counts never leave the tenant's workspace.

use sea_orm::sea_query::{Alias, Asterisk, Expr, Query, SelectStatement, UnionType};
use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, QuerySelect, QueryTrait, Select};

use crate::error::ApiError;

/// The rows one select matches, to be counted up to a cap.
#[derive(Debug, Clone)]
pub struct CountPart(SelectStatement);

impl CountPart {
    /// The rows `select` matches (only their existence is read, not their columns).
    pub fn of<E: EntityTrait>(select: Select<E>) -> Self {
        let matches = select
            .select_only()
            .column_as(Expr::cust("1"), "one")
            .into_query();
        Self(matches)
    }
}

/// How many rows of one part, as the count query answers it.
#[derive(Debug, FromQueryResult)]
struct PartCount {
    part: i32,
    hits: i64,
}

/// The number of rows each part matches, in the parts' order, each at most `cap + 1` (a count
/// past `cap` means "more than `cap`"): `SELECT <i> AS part, COUNT(*) AS hits FROM (<part i>
/// LIMIT cap + 1)` for each part, in one `UNION ALL` query, so a broad match reads at most
/// `cap + 1` rows of each part instead of every match.
#[expect(
    clippy::disallowed_methods,
    reason = "a raw UNION over selects that came from the tenant scope"
)]
pub async fn count_each<C: ConnectionTrait>(
    db: &C,
    parts: Vec<CountPart>,
    cap: u64,
) -> Result<Vec<i64>, ApiError> {
    let mut counts = vec![0; parts.len()];
    let mut statements = parts
        .into_iter()
        .enumerate()
        .map(|(index, CountPart(mut matches))| {
            matches.limit(cap.saturating_add(1));
            Query::select()
                .expr_as(Expr::cust(index.to_string()), Alias::new("part"))
                .expr_as(Expr::col(Asterisk).count(), Alias::new("hits"))
                .from_subquery(matches, Alias::new("capped"))
                .to_owned()
        });
    let Some(mut query) = statements.next() else {
        return Ok(counts);
    };
    query.unions(statements.map(|part| (UnionType::All, part)));
    let statement = db.get_database_backend().build(&query);
    for line in PartCount::find_by_statement(statement).all(db).await? {
        if let Some(slot) = usize::try_from(line.part)
            .ok()
            .and_then(|i| counts.get_mut(i))
        {
            *slot = line.hits;
        }
    }
    Ok(counts)
}

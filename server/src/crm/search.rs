//! Global search: a case-insensitive substring of `q` over contact names and emails, company
//! names and domains, deal titles, task titles, invoice numbers and titles, and visit contact
//! names and reasons; live rows of the caller's workspace only.
//!
//! Hits are ranked across the six kinds: by how well they match ([`rank::rank`]: a searched
//! text equal to `q`, then one starting with it, then one with a word starting with it, then the
//! rest), then most recently updated, then kind (the contract's `SearchHitType` order), then id.
//! Only comparisons and `LIKE` decide, so SQLite and PostgreSQL rank the same data alike; a
//! similarity score (`pg_trgm`) would exist on PostgreSQL only. A search costs at most seven
//! queries: one counting the hits of every kind together (`UNION ALL`), then the best `limit`
//! rows of each kind that has hits, merged here.
//!
//! Every match is `lower(<expression>) LIKE '%<q lower-cased, escaped>%' ESCAPE '\'`, the shape
//! of the lists' `q` filter (same escaping with [`crate::store::list::contains_pattern`]): `%`,
//! `_` and `\` in `q` match themselves, and on PostgreSQL each searched expression has a
//! `pg_trgm` GIN index on exactly that `lower(...)`, so the planner can use it (checked with
//! `EXPLAIN` on 200k contacts, generic plans included). `q` is trimmed like the lists' filter,
//! but where a blank `q` filters nothing in a list, a `q` of only spaces (valid for the
//! contract's `minLength: 1`) finds nothing here.

mod kinds;
mod rank;

use std::cmp::Reverse;

use chrono::{DateTime, Utc};
use crm_api::models::{self, SearchHit, SearchHitType};
use sea_orm::sea_query::{Alias, Condition, Expr, LikeExpr};
use sea_orm::{ConnectionTrait, Order, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use self::kinds::{KINDS, Searched};
use self::rank::{RANK_COLUMN, Ranked};
use crate::entities::{companies, contacts, deals, invoices, tasks, visits};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::capped_count::{CountPart, count_each};
use crate::store::list::contains_pattern;
use crate::store::paging::PageRequest;
use crate::store::record::scoped;

/// The hits of `q` in the caller's workspace: the first `limit` (1..=200, default 50; 400
/// otherwise) and how many there are in all. A caller without a workspace finds nothing.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    tenant: Option<Tenant>,
    q: &str,
    limit: Option<u32>,
) -> Result<models::SearchResponse, ApiError> {
    let limit = PageRequest::parse(limit, None)?.limit;
    let q = q.trim();
    let Some(tenant) = tenant.filter(|_| !q.is_empty()) else {
        return Ok(models::SearchResponse::new(Vec::new(), 0));
    };
    let Some(pattern) = contains_pattern(q) else {
        return Ok(models::SearchResponse::new(Vec::new(), 0));
    };
    let query = Query {
        tenant,
        q: q.to_lowercase(),
        pattern,
        limit,
    };
    let counts = counts(db, &query).await?;
    let mut hits = Vec::new();
    for (kind, count) in KINDS.iter().zip(counts) {
        if count == 0 {
            continue;
        }
        let best = match kind {
            SearchHitType::Contact => query.best::<contacts::Entity, _>(db).await?,
            SearchHitType::Company => query.best::<companies::Entity, _>(db).await?,
            SearchHitType::Deal => query.best::<deals::Entity, _>(db).await?,
            SearchHitType::Task => query.best::<tasks::Entity, _>(db).await?,
            SearchHitType::Invoice => query.best::<invoices::Entity, _>(db).await?,
            SearchHitType::Visit => query.best::<visits::Entity, _>(db).await?,
        };
        hits.extend(best);
    }
    hits.sort_by_key(Candidate::order);
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let rows = hits.into_iter().take(limit).map(|c| c.hit).collect();
    let total = counts.iter().sum::<i64>().min(TOTAL_CAP);
    Ok(models::SearchResponse::new(rows, total))
}

/// The highest `total` a search reports: exact below it, "this many or more" at it. An exact
/// count of a broad match (`ann` in 100k contacts) costs reading every matching row, 20-50 ms
/// of CPU per keystroke of a search-as-you-type box; GitHub's search API caps likewise.
pub const TOTAL_CAP: i64 = 1_000;

/// One search, as the queries of each kind need it.
struct Query {
    tenant: Tenant,
    /// `q`, trimmed and lower-cased.
    q: String,
    /// `q` as a [`contains_pattern`].
    pattern: String,
    limit: u64,
}

/// A hit with what places it among the others.
struct Candidate {
    rank: i32,
    updated_at: DateTime<Utc>,
    kind: usize,
    id: Uuid,
    hit: SearchHit,
}

impl Candidate {
    /// Best first: rank, then newest, then kind, then the highest id (the newest of UUIDv7s).
    fn order(&self) -> (i32, Reverse<DateTime<Utc>>, usize, Reverse<Uuid>) {
        (
            self.rank,
            Reverse(self.updated_at),
            self.kind,
            Reverse(self.id),
        )
    }
}

impl Query {
    /// The live rows of `E` in the workspace containing `q` in one of its searched texts.
    fn matching<E: Searched>(&self) -> Select<E> {
        let any = E::searched()
            .into_iter()
            .fold(Condition::any(), |any, text| {
                any.add(Expr::expr(text).like(LikeExpr::new(&self.pattern).escape('\\')))
            });
        scoped::<E>(self.tenant).filter(any)
    }

    /// The best `limit` hits of `E`, in [`Candidate::order`] (one query).
    async fn best<E: Searched, C: ConnectionTrait>(
        &self,
        db: &C,
    ) -> Result<Vec<Candidate>, ApiError> {
        let kind = KINDS
            .iter()
            .position(|k| *k == E::KIND)
            .unwrap_or(KINDS.len());
        let rows = self
            .matching::<E>()
            .column_as(rank::rank(&E::ranked(), &self.q), RANK_COLUMN)
            .order_by(Expr::col(Alias::new(RANK_COLUMN)), Order::Asc)
            .order_by_desc(E::updated_column())
            .order_by_desc(E::id_column())
            .limit(self.limit)
            .into_model::<Ranked<E::Model>>()
            .all(db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|Ranked { rank, row }| Candidate {
                rank,
                updated_at: E::updated_at(&row),
                kind,
                id: E::id(&row),
                hit: E::hit(&row),
            })
            .collect())
    }
}

/// The number of hits of each kind, in [`KINDS`] order, each capped one past [`TOTAL_CAP`]:
/// one query.
async fn counts<C: ConnectionTrait>(db: &C, query: &Query) -> Result<[i64; KINDS.len()], ApiError> {
    let parts = vec![
        CountPart::of(query.matching::<contacts::Entity>()),
        CountPart::of(query.matching::<companies::Entity>()),
        CountPart::of(query.matching::<deals::Entity>()),
        CountPart::of(query.matching::<tasks::Entity>()),
        CountPart::of(query.matching::<invoices::Entity>()),
        CountPart::of(query.matching::<visits::Entity>()),
    ];
    let mut counts = [0; KINDS.len()];
    let cap = TOTAL_CAP.unsigned_abs();
    for (slot, count) in counts.iter_mut().zip(count_each(db, parts, cap).await?) {
        *slot = count;
    }
    Ok(counts)
}

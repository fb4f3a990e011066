//! Global search: a case-insensitive substring of `q` over contact names and emails, company
//! names and domains, deal titles, task titles, invoice numbers and titles, and visit contact
//! names and reasons; live rows of the caller's workspace only.
//!
//! Hits are ranked by kind (the contract's `SearchHitType` order: contact, company, deal, task,
//! invoice, visit), then most recently updated, then id. A search costs at most seven queries:
//! one counting the hits of every kind together (`UNION ALL`), then the rows of each kind that
//! has hits, until `limit` rows are taken.
//!
//! Every match is `lower(<expression>) LIKE '%<q lower-cased, escaped>%' ESCAPE '\'`, the shape
//! of the lists' `q` filter ([`super::list::Filters::search`], same escaping with
//! [`super::list::contains_pattern`]): `%`, `_` and `\` in `q` match themselves, and on PostgreSQL each searched
//! expression has a `pg_trgm` GIN index on exactly that `lower(...)` (migration
//! `m20261128_020500_create_search_indexes`), so the planner can use it (checked with `EXPLAIN`
//! on 200k contacts, generic plans included). `q` is trimmed like the lists' filter, but where a
//! blank `q` filters nothing in a list, a `q` of only spaces (valid for the contract's
//! `minLength: 1`) finds nothing here.

use crm_api::models::{self, SearchHit, SearchHitType};
use sea_orm::{
    ActiveEnum, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use super::contacts::name_or_email;
use super::input::or_null;
use crate::entities::{companies, contacts, deals, invoices, tasks, visits};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::capped_count::{CountPart, count_each};
use crate::store::list::{any_like, contains_pattern};
use crate::store::paging::PageRequest;
use crate::store::record::scoped;
use uuid::Uuid;

/// A table global search looks into, and how one of its rows reads as a hit.
trait Searched: EntityTrait {
    /// The hit's `type`; its position in [`KINDS`] is the kind's rank.
    const KIND: SearchHitType;

    /// The workspace's live rows containing `pattern` (a `LIKE` pattern, lower-case, escaped).
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self>;
    /// `updated_at`, the order within the kind.
    fn updated() -> Self::Column;
    /// `id`, the tie-breaker.
    fn id() -> Self::Column;
    /// The row as a hit.
    fn hit(row: &Self::Model) -> SearchHit;
}

/// The kinds in rank order.
const KINDS: [SearchHitType; 6] = [
    SearchHitType::Contact,
    SearchHitType::Company,
    SearchHitType::Deal,
    SearchHitType::Task,
    SearchHitType::Invoice,
    SearchHitType::Visit,
];

fn hit(kind: SearchHitType, id: Uuid, title: &str, subtitle: Option<String>) -> SearchHit {
    let mut hit = SearchHit::new(kind, id, title.to_owned());
    hit.subtitle = or_null(subtitle);
    hit
}

/// `12.30 USD`, exactly from cents.
fn money(cents: i64, currency: &str) -> String {
    format!("{}.{:02} {currency}", cents / 100, (cents % 100).abs())
}

impl Searched for contacts::Entity {
    const KIND: SearchHitType = SearchHitType::Contact;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        scoped::<Self>(tenant).filter(name_or_email(pattern))
    }
    fn updated() -> Self::Column {
        contacts::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        contacts::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let name = format!("{} {}", row.first_name, row.last_name);
        hit(Self::KIND, row.id, &name, row.email.clone())
    }
}

impl Searched for companies::Entity {
    const KIND: SearchHitType = SearchHitType::Company;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        use companies::Column as C;
        scoped::<Self>(tenant).filter(any_like(&[C::Name, C::Domain], pattern))
    }
    fn updated() -> Self::Column {
        companies::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        companies::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        hit(Self::KIND, row.id, &row.name, row.domain.clone())
    }
}

impl Searched for deals::Entity {
    const KIND: SearchHitType = SearchHitType::Deal;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        scoped::<Self>(tenant).filter(any_like(&[deals::Column::Title], pattern))
    }
    fn updated() -> Self::Column {
        deals::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        deals::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let amount = money(row.amount_cents, &row.currency);
        hit(Self::KIND, row.id, &row.title, Some(amount))
    }
}

impl Searched for tasks::Entity {
    const KIND: SearchHitType = SearchHitType::Task;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        scoped::<Self>(tenant).filter(any_like(&[tasks::Column::Title], pattern))
    }
    fn updated() -> Self::Column {
        tasks::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        tasks::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        hit(Self::KIND, row.id, &row.title, Some(row.status.to_value()))
    }
}

impl Searched for invoices::Entity {
    const KIND: SearchHitType = SearchHitType::Invoice;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        use invoices::Column as I;
        scoped::<Self>(tenant).filter(any_like(&[I::InvoiceNumber, I::Title], pattern))
    }
    fn updated() -> Self::Column {
        invoices::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        invoices::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        hit(
            Self::KIND,
            row.id,
            &row.invoice_number,
            Some(row.title.clone()),
        )
    }
}

impl Searched for visits::Entity {
    const KIND: SearchHitType = SearchHitType::Visit;
    fn matching(tenant: Tenant, pattern: &str) -> Select<Self> {
        use visits::Column as V;
        scoped::<Self>(tenant).filter(any_like(&[V::ContactName, V::Reason], pattern))
    }
    fn updated() -> Self::Column {
        visits::Column::UpdatedAt
    }
    fn id() -> Self::Column {
        visits::Column::Id
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let when = format!("{} {} · {}", row.visit_date, row.visit_time, row.reason);
        hit(Self::KIND, row.id, &row.contact_name, Some(when))
    }
}

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
    let counts = counts(db, tenant, &pattern).await?;
    let mut hits = Hits {
        rows: Vec::new(),
        limit,
        tenant,
        pattern,
    };
    for (kind, count) in KINDS.iter().zip(counts) {
        if count == 0 || hits.full() {
            continue;
        }
        match kind {
            SearchHitType::Contact => hits.take::<contacts::Entity, _>(db).await?,
            SearchHitType::Company => hits.take::<companies::Entity, _>(db).await?,
            SearchHitType::Deal => hits.take::<deals::Entity, _>(db).await?,
            SearchHitType::Task => hits.take::<tasks::Entity, _>(db).await?,
            SearchHitType::Invoice => hits.take::<invoices::Entity, _>(db).await?,
            SearchHitType::Visit => hits.take::<visits::Entity, _>(db).await?,
        }
    }
    let total = counts.iter().sum::<i64>().min(TOTAL_CAP);
    Ok(models::SearchResponse::new(hits.rows, total))
}

/// The highest `total` a search reports: exact below it, "this many or more" at it. An exact
/// count of a broad match (`ann` in 100k contacts) costs reading every matching row, 20-50 ms
/// of CPU per keystroke of a search-as-you-type box; GitHub's search API caps likewise.
pub const TOTAL_CAP: i64 = 1_000;

/// The hits taken so far.
struct Hits {
    rows: Vec<SearchHit>,
    limit: u64,
    tenant: Tenant,
    pattern: String,
}

impl Hits {
    fn full(&self) -> bool {
        self.rows.len() as u64 >= self.limit
    }

    /// Appends the best hits of `E` until the page is full (one query).
    async fn take<E: Searched, C: ConnectionTrait>(&mut self, db: &C) -> Result<(), ApiError> {
        let room = self.limit.saturating_sub(self.rows.len() as u64);
        let rows = E::matching(self.tenant, &self.pattern)
            .order_by_desc(E::updated())
            .order_by_desc(E::id())
            .limit(room)
            .all(db)
            .await?;
        self.rows.extend(rows.iter().map(E::hit));
        Ok(())
    }
}

/// The number of hits of each kind, in [`KINDS`] order, each capped one past [`TOTAL_CAP`]:
/// one query.
async fn counts<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    pattern: &str,
) -> Result<[i64; KINDS.len()], ApiError> {
    let parts = vec![
        CountPart::of(contacts::Entity::matching(tenant, pattern)),
        CountPart::of(companies::Entity::matching(tenant, pattern)),
        CountPart::of(deals::Entity::matching(tenant, pattern)),
        CountPart::of(tasks::Entity::matching(tenant, pattern)),
        CountPart::of(invoices::Entity::matching(tenant, pattern)),
        CountPart::of(visits::Entity::matching(tenant, pattern)),
    ];
    let mut counts = [0; KINDS.len()];
    let cap = TOTAL_CAP.unsigned_abs();
    for (slot, count) in counts.iter_mut().zip(count_each(db, parts, cap).await?) {
        *slot = count;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_ranked_in_the_contracts_order() {
        assert_eq!(
            KINDS,
            [
                contacts::Entity::KIND,
                companies::Entity::KIND,
                deals::Entity::KIND,
                tasks::Entity::KIND,
                invoices::Entity::KIND,
                visits::Entity::KIND,
            ]
        );
    }

    #[test]
    fn money_reads_exactly_from_cents() {
        assert_eq!(money(1230, "USD"), "12.30 USD");
        assert_eq!(money(5, "EUR"), "0.05 EUR");
    }
}

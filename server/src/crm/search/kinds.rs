//! The six kinds global search looks into: which texts of each are searched and ranked, and how
//! a row reads as a hit.

use chrono::{DateTime, Utc};
use crm_api::models::{SearchHit, SearchHitType};
use sea_orm::sea_query::{Expr, Func, SimpleExpr};
use sea_orm::{ActiveEnum, ColumnTrait};
use uuid::Uuid;

use crate::crm::contacts::FULL_NAME;
use crate::crm::input::or_null;
use crate::entities::{companies, contacts, deals, invoices, tasks, visits};
use crate::store::record::Tenanted;

/// A table global search looks into, and how one of its rows reads as a hit.
pub trait Searched: Tenanted {
    /// The hit's `type`; its position in [`KINDS`] breaks ties between kinds.
    const KIND: SearchHitType;

    /// The lower-cased texts a hit must contain `q` in. Each is exactly the expression of a
    /// PostgreSQL trigram index (migration `m20261128_020500_create_search_indexes`).
    fn searched() -> Vec<SimpleExpr>;
    /// The lower-cased texts whose match decides the rank: [`Searched::searched`] unless a kind
    /// has parts worth ranking on their own (a contact's first and last names).
    fn ranked() -> Vec<SimpleExpr> {
        Self::searched()
    }
    /// `updated_at`, the order within a rank.
    fn updated_column() -> Self::Column;
    /// The row's `updated_at`.
    fn updated_at(row: &Self::Model) -> DateTime<Utc>;
    /// The row as a hit.
    fn hit(row: &Self::Model) -> SearchHit;
}

/// The kinds in the contract's `SearchHitType` order, which breaks ties of rank and recency.
pub const KINDS: [SearchHitType; 6] = [
    SearchHitType::Contact,
    SearchHitType::Company,
    SearchHitType::Deal,
    SearchHitType::Task,
    SearchHitType::Invoice,
    SearchHitType::Visit,
];

/// `lower(column)`.
fn lower(column: impl ColumnTrait) -> SimpleExpr {
    Func::lower(column.into_expr()).into()
}

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
    fn searched() -> Vec<SimpleExpr> {
        vec![Expr::cust(FULL_NAME), lower(contacts::Column::Email)]
    }
    fn ranked() -> Vec<SimpleExpr> {
        use contacts::Column as C;
        let mut texts = Self::searched();
        texts.extend([lower(C::FirstName), lower(C::LastName)]);
        texts
    }
    fn updated_column() -> Self::Column {
        contacts::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let name = format!("{} {}", row.first_name, row.last_name);
        hit(Self::KIND, row.id, &name, row.email.clone())
    }
}

impl Searched for companies::Entity {
    const KIND: SearchHitType = SearchHitType::Company;
    fn searched() -> Vec<SimpleExpr> {
        use companies::Column as C;
        vec![lower(C::Name), lower(C::Domain)]
    }
    fn updated_column() -> Self::Column {
        companies::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        hit(Self::KIND, row.id, &row.name, row.domain.clone())
    }
}

impl Searched for deals::Entity {
    const KIND: SearchHitType = SearchHitType::Deal;
    fn searched() -> Vec<SimpleExpr> {
        vec![lower(deals::Column::Title)]
    }
    fn updated_column() -> Self::Column {
        deals::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let amount = money(row.amount_cents, &row.currency);
        hit(Self::KIND, row.id, &row.title, Some(amount))
    }
}

impl Searched for tasks::Entity {
    const KIND: SearchHitType = SearchHitType::Task;
    fn searched() -> Vec<SimpleExpr> {
        vec![lower(tasks::Column::Title)]
    }
    fn updated_column() -> Self::Column {
        tasks::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        hit(Self::KIND, row.id, &row.title, Some(row.status.to_value()))
    }
}

impl Searched for invoices::Entity {
    const KIND: SearchHitType = SearchHitType::Invoice;
    fn searched() -> Vec<SimpleExpr> {
        use invoices::Column as I;
        vec![lower(I::InvoiceNumber), lower(I::Title)]
    }
    fn updated_column() -> Self::Column {
        invoices::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let title = Some(row.title.clone());
        hit(Self::KIND, row.id, &row.invoice_number, title)
    }
}

impl Searched for visits::Entity {
    const KIND: SearchHitType = SearchHitType::Visit;
    fn searched() -> Vec<SimpleExpr> {
        use visits::Column as V;
        vec![lower(V::ContactName), lower(V::Reason)]
    }
    fn updated_column() -> Self::Column {
        visits::Column::UpdatedAt
    }
    fn updated_at(row: &Self::Model) -> DateTime<Utc> {
        row.updated_at
    }
    fn hit(row: &Self::Model) -> SearchHit {
        let when = format!("{} {} · {}", row.visit_date, row.visit_time, row.reason);
        hit(Self::KIND, row.id, &row.contact_name, Some(when))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_listed_in_the_contracts_order() {
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

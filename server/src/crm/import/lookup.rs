//! The import's lookups of existing records, each one query per [`BATCH`] values whatever the
//! number of rows: contacts by email, companies by name (both case-insensitive, through the
//! `lower(<column>)` indexes of migration `m20261203_000000_add_import_lookup_indexes`), and
//! which named company ids are live companies of the workspace.
//!
//! Case-insensitive means equal after Rust's Unicode lower-casing ([`key`]). The database
//! compares `lower(column)`, which SQLite applies to ASCII letters only, so each value is sent
//! both fully and ASCII-only lower-cased, and the rows found are matched back by [`key`]: an
//! `É` then finds `É` on both databases, and `é` finds `É` on PostgreSQL only.

use std::collections::{BTreeSet, HashMap, HashSet};

use sea_orm::sea_query::{Expr, Func, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::entities::{companies, contacts};
use crate::error::ApiError;
use crate::store::Tenant;
use crate::store::record::scoped;

/// Values per lookup query (well under the bind-parameter limits of both databases).
const BATCH: usize = 500;

/// The case-insensitive key of a name or an email.
pub fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The values `lower(column)` is compared with to find `texts` on either database.
fn lowered_forms<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let forms: BTreeSet<String> = texts
        .into_iter()
        .flat_map(|text| [key(text), text.trim().to_ascii_lowercase()])
        .collect();
    forms.into_iter().collect()
}

/// `lower(column) IN (forms)`.
fn lower_in(column: impl ColumnTrait, forms: &[String]) -> SimpleExpr {
    Expr::expr(Func::lower(column.into_expr())).is_in(forms.iter().cloned())
}

/// The live contacts of the workspace with one of `emails`, by [`key`] of the email; of several
/// with one email, the most recently updated. Locked until the transaction ends (PostgreSQL;
/// SQLite's write transaction holds the database), so an update from the import cannot lose
/// a change made beside it.
pub async fn contacts_by_email<'a, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    emails: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, contacts::Model>, ApiError> {
    use contacts::Column as Contact;
    let mut found = HashMap::new();
    for chunk in lowered_forms(emails).chunks(BATCH) {
        let rows = scoped::<contacts::Entity>(tenant)
            .filter(lower_in(Contact::Email, chunk))
            .order_by_desc(Contact::UpdatedAt)
            .order_by_desc(Contact::Id)
            .lock_exclusive()
            .all(db)
            .await?;
        for row in rows {
            if let Some(email) = row.email.as_deref() {
                found.entry(key(email)).or_insert(row);
            }
        }
    }
    Ok(found)
}

/// The live companies of the workspace named one of `names`, by [`key`] of the name; of several
/// with one name, the oldest.
pub async fn companies_by_name<'a, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, Uuid>, ApiError> {
    use companies::Column as Company;
    let mut found = HashMap::new();
    for chunk in lowered_forms(names).chunks(BATCH) {
        let rows: Vec<(Uuid, String)> = scoped::<companies::Entity>(tenant)
            .select_only()
            .column(Company::Id)
            .column(Company::Name)
            .filter(lower_in(Company::Name, chunk))
            .order_by_asc(Company::CreatedAt)
            .order_by_asc(Company::Id)
            .into_tuple()
            .all(db)
            .await?;
        for (id, name) in rows {
            found.entry(key(&name)).or_insert(id);
        }
    }
    Ok(found)
}

/// Which of `ids` are live companies of the workspace.
pub async fn live_companies<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashSet<Uuid>, ApiError> {
    let named: Vec<Uuid> = ids
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut live = HashSet::with_capacity(named.len());
    for chunk in named.chunks(BATCH) {
        let found: Vec<Uuid> = scoped::<companies::Entity>(tenant)
            .select_only()
            .column(companies::Column::Id)
            .filter(companies::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        live.extend(found);
    }
    Ok(live)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_sent_in_both_lowered_forms() {
        assert_eq!(
            lowered_forms([" ÉSPRIT ", "acme"]),
            ["acme", "Ésprit", "ésprit"]
        );
        assert_eq!(key(" Ada@Example.COM "), "ada@example.com");
    }
}

//! Search indexes (PostgreSQL only): `pg_trgm` and a trigram GIN index on every expression the
//! global search matches with `lower(<expression>) LIKE '%…%'`, so a substring search does not
//! scan the table. SQLite has no trigram indexes: there the same queries scan, and this migration
//! does nothing.
//!
//! Raw SQL, the one exception to the builders-only rule: sea-query cannot express an expression
//! index with an operator class. Each index expression must stay textually the one the server
//! queries (`server/src/crm/search/kinds.rs`), or the planner cannot use the index.
//!
//! `down` drops the indexes and keeps the extension: objects outside this schema may use it, and
//! keeping it is harmless.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

/// Creates the trigram indexes of the global search.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each index: name, table, indexed expression.
const INDEXES: [(&str, &str, &str); 10] = [
    (
        "idx_contacts_search_full_name",
        "contacts",
        "lower(first_name || ' ' || last_name)",
    ),
    ("idx_contacts_search_email", "contacts", "lower(email)"),
    ("idx_companies_search_name", "companies", "lower(name)"),
    ("idx_companies_search_domain", "companies", "lower(domain)"),
    ("idx_deals_search_title", "deals", "lower(title)"),
    ("idx_tasks_search_title", "tasks", "lower(title)"),
    (
        "idx_invoices_search_invoice_number",
        "invoices",
        "lower(invoice_number)",
    ),
    ("idx_invoices_search_title", "invoices", "lower(title)"),
    (
        "idx_visits_search_contact_name",
        "visits",
        "lower(contact_name)",
    ),
    ("idx_visits_search_reason", "visits", "lower(reason)"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            .await?;
        for (name, table, expression) in INDEXES {
            db.execute_unprepared(&format!(
                "CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        for (name, _, _) in INDEXES.iter().rev() {
            db.execute_unprepared(&format!("DROP INDEX IF EXISTS {name}"))
                .await?;
        }
        Ok(())
    }
}

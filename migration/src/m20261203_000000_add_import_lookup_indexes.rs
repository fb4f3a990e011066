//! Lookup indexes of the contact import: a contact by workspace and lower-cased email (the
//! duplicate check of `onDuplicate`) and a company by workspace and lower-cased name (the
//! `companyName` column), so an import of 50,000 rows into a workspace of a million contacts
//! looks each batch up by index instead of scanning. The trigram indexes of the search serve
//! `LIKE`, not these equality lookups.
//!
//! Raw SQL: sea-query cannot express an index on an expression. Both databases take the same
//! statement; the indexed expression must stay the one the server queries
//! (`lower(<column>)`, `server/src/crm/import/lookup.rs`).

use sea_orm_migration::prelude::*;

/// Creates the two lookup indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each index: name, table, indexed columns and expressions.
const INDEXES: [(&str, &str, &str); 2] = [
    (
        "idx_contacts_workspace_email_lower",
        "contacts",
        "workspace_id, lower(email)",
    ),
    (
        "idx_companies_workspace_name_lower",
        "companies",
        "workspace_id, lower(name)",
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (name, table, columns) in INDEXES {
            db.execute_unprepared(&format!("CREATE INDEX {name} ON {table} ({columns})"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (name, _, _) in INDEXES.iter().rev() {
            db.execute_unprepared(&format!("DROP INDEX IF EXISTS {name}"))
                .await?;
        }
        Ok(())
    }
}

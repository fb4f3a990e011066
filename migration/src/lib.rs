//! Database schema of the CRM as sea-orm migrations, portable between SQLite (the embedded default)
//! and PostgreSQL (production).
//!
//! Portability rules every migration here follows:
//! - Only sea-query builders, no raw SQL, so one definition serves both databases. The one
//!   exception is PostgreSQL-only and says so: the `pg_trgm` search indexes, which sea-query
//!   cannot express (SQLite has no equivalent; that migration is a no-op there).
//! - Every foreign key and every composite UNIQUE is declared inside `CREATE TABLE`, because SQLite
//!   cannot `ALTER TABLE ... ADD CONSTRAINT`; plain indexes are created afterwards.
//! - Every `down` drops exactly the tables its `up` created, in reverse order (their indexes go with
//!   them), so up → down (all) → up works on both databases.
//!
//! Tenant integrity lives in the schema: a tenant table has `workspace_id NOT NULL` referencing
//! `workspaces`, and `UNIQUE (workspace_id, id)` so other tenant tables can reference it with a
//! composite key `(workspace_id, x_id) -> x (workspace_id, id)`. A row can therefore never point at
//! another workspace's row, whatever a handler forgets. All foreign keys are NO ACTION: the service
//! applies the referential strategy (nulling, cascading, blocking) inside its own transaction.
//!
//! Constraint and index names are derived from table and columns (`uq_users_email`,
//! `fk_contacts_workspace_id_company_id`, `idx_deals_workspace_id_stage_id`) so the server can map a
//! PostgreSQL unique violation to an error code by constraint name.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_create_accounts;
mod m20261127_000002_create_auth_state;
mod m20261127_000003_create_counters;
mod m20261127_000004_create_crm_records;
mod m20261127_000005_create_crm_timeline;
mod m20261127_000006_create_invoices_visits;
mod m20261128_020500_create_search_indexes;
mod m20261128_030000_count_activities;
mod m20261128_040000_invoice_list_index;
mod m20261202_010000_add_workspace_choice;
mod m20261203_000000_add_import_lookup_indexes;
mod m20261204_000000_create_idempotency_keys;
mod m20261205_000000_create_webhooks;

/// Runs the CRM's migrations in order; `crm-server migrate` and `serve` call `Migrator::up`.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_create_accounts::Migration),
            Box::new(m20261127_000002_create_auth_state::Migration),
            Box::new(m20261127_000003_create_counters::Migration),
            Box::new(m20261127_000004_create_crm_records::Migration),
            Box::new(m20261127_000005_create_crm_timeline::Migration),
            Box::new(m20261127_000006_create_invoices_visits::Migration),
            Box::new(m20261128_020500_create_search_indexes::Migration),
            Box::new(m20261128_030000_count_activities::Migration),
            Box::new(m20261128_040000_invoice_list_index::Migration),
            Box::new(m20261202_010000_add_workspace_choice::Migration),
            Box::new(m20261203_000000_add_import_lookup_indexes::Migration),
            Box::new(m20261204_000000_create_idempotency_keys::Migration),
            Box::new(m20261205_000000_create_webhooks::Migration),
        ]
    }
}

/// Identifiers every tenant table shares, and the table they point at.
#[derive(DeriveIden)]
enum Tenant {
    Id,
    WorkspaceId,
}

/// The `workspaces` table as seen from other migrations (only what they reference).
#[derive(DeriveIden)]
enum Workspaces {
    Table,
    Id,
}

/// Joins identifier names with `_` to build a constraint or index name.
fn joined(parts: impl IntoIterator<Item = String>) -> String {
    parts.into_iter().collect::<Vec<_>>().join("_")
}

/// Starts the `CREATE TABLE` of a tenant table: `id` (UUIDv7 primary key), `workspace_id NOT NULL`
/// referencing `workspaces`, and `UNIQUE (workspace_id, id)`, the target of composite foreign keys
/// from other tenant tables. The unique index also backs the `workspace_id` foreign key.
fn tenant_table<T: Iden + 'static>(table: T) -> TableCreateStatement {
    let table = table.into_iden();
    Table::create()
        .table(table.clone())
        .col(ColumnDef::new(Tenant::Id).uuid().not_null().primary_key())
        .col(ColumnDef::new(Tenant::WorkspaceId).uuid().not_null())
        .index(&mut unique(
            table.clone(),
            (Tenant::WorkspaceId, Tenant::Id),
        ))
        .foreign_key(&mut foreign_key(
            table,
            Tenant::WorkspaceId,
            Workspaces::Table,
            Workspaces::Id,
        ))
        .take()
}

/// A UNIQUE constraint named `uq_<table>_<columns>`, to be declared inside `CREATE TABLE`.
fn unique<T: IntoIden>(table: T, columns: impl IdenList) -> IndexCreateStatement {
    let columns: Vec<DynIden> = columns.into_iter().collect();
    let name = joined(
        std::iter::once(format!("uq_{}", table.into_iden().to_string()))
            .chain(columns.iter().map(|c| c.to_string())),
    );
    let mut index = Index::create();
    index.name(name).unique();
    for column in columns {
        index.col(column);
    }
    index
}

/// A plain index named `idx_<table>_<columns>`, created after its table with `create_index`.
fn index<T: IntoIden>(table: T, columns: impl IdenList) -> IndexCreateStatement {
    let table = table.into_iden();
    let columns: Vec<DynIden> = columns.into_iter().collect();
    let name = joined(
        std::iter::once(format!("idx_{}", table.to_string()))
            .chain(columns.iter().map(|c| c.to_string())),
    );
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(column);
    }
    index
}

/// A NO ACTION foreign key named `fk_<table>_<columns>`, to be declared inside `CREATE TABLE`.
/// NO ACTION because the referential strategy is the service's job, in its own transaction; the
/// database only refuses what would dangle.
fn foreign_key<T: IntoIden, R: IntoIden>(
    table: T,
    columns: impl IdenList,
    referenced: R,
    referenced_columns: impl IdenList,
) -> ForeignKeyCreateStatement {
    let table = table.into_iden();
    let columns: Vec<DynIden> = columns.into_iter().collect();
    let name = joined(
        std::iter::once(format!("fk_{}", table.to_string()))
            .chain(columns.iter().map(|c| c.to_string())),
    );
    let mut key = ForeignKey::create();
    key.name(name)
        .from_tbl(table)
        .to_tbl(referenced.into_iden())
        .on_delete(ForeignKeyAction::NoAction)
        .on_update(ForeignKeyAction::NoAction);
    for column in columns {
        key.from_col(column);
    }
    for column in referenced_columns.into_iter() {
        key.to_col(column);
    }
    key
}

/// Creates each index in turn; used by `up` right after the table's `CREATE TABLE`.
async fn create_indexes(
    manager: &SchemaManager<'_>,
    indexes: impl IntoIterator<Item = IndexCreateStatement>,
) -> Result<(), DbErr> {
    for index in indexes {
        manager.create_index(index).await?;
    }
    Ok(())
}

/// Drops the given tables in the order given (callers pass reverse creation order).
async fn drop_tables(
    manager: &SchemaManager<'_>,
    tables: impl IntoIterator<Item = DynIden>,
) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(table).take())
            .await?;
    }
    Ok(())
}

//! Write transactions that behave alike on both databases.
//!
//! SQLite starts a plain `BEGIN` as a reader; a transaction that reads and then writes fails at
//! once (`SQLITE_BUSY`, the busy timeout does not apply) when another writer committed in
//! between. So on SQLite the transaction's first statement is a write that changes nothing: it
//! takes the database's write lock, waiting up to the busy timeout, and every later read and
//! write of the transaction is serialised. PostgreSQL locks rows where needed
//! ([`super::record::find_for_update`]).

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, Statement,
    TransactionTrait,
};

use crate::error::ApiError;

/// Begins a transaction that will write.
pub async fn begin(db: &DatabaseConnection) -> Result<DatabaseTransaction, ApiError> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DatabaseBackend::Sqlite {
        txn.execute(Statement::from_string(
            DatabaseBackend::Sqlite,
            "UPDATE entity_counters SET live_count = live_count WHERE 0 = 1",
        ))
        .await?;
    }
    Ok(txn)
}

//! Database connection and migrations.
//!
//! SQLite (the embedded default) gets the settings a server needs: the file is created when
//! missing, foreign keys are enforced, the WAL journal lets readers run beside the one writer,
//! and a writer waits up to 5 s for the lock instead of failing at once. PostgreSQL uses a pool
//! of `CRM_DB_MAX_CONNECTIONS`.

use std::time::Duration;

use migration::MigratorTrait;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};
use secrecy::ExposeSecret;

use crate::config::{Config, DatabaseKind};

/// How long a request waits for a pooled connection before answering 503: an exhausted pool
/// (or a database that is down) is said at once rather than queued to the request timeout.
/// Readiness fails as fast.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(1);

/// How long opening a new connection may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long an SQLite writer waits for the database lock.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens the pool described by the configuration.
pub async fn connect(config: &Config) -> Result<DatabaseConnection, DbErr> {
    let url = config.database_url.expose_secret();
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .connect_timeout(CONNECT_TIMEOUT)
        // Statements are not logged: their text may carry personal data.
        .sqlx_logging(false);
    match config.database_kind {
        DatabaseKind::Sqlite => {
            // Each connection to an in-memory database is a separate database: keep one.
            let in_memory = url.contains(":memory:") || url.contains("mode=memory");
            let pool_size = if in_memory {
                1
            } else {
                config.db_max_connections
            };
            options
                .max_connections(pool_size)
                .map_sqlx_sqlite_opts(|opts| {
                    opts.create_if_missing(true)
                        .foreign_keys(true)
                        .journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Normal)
                        .busy_timeout(SQLITE_BUSY_TIMEOUT)
                });
        }
        DatabaseKind::Postgres => {
            options
                .max_connections(config.db_max_connections)
                .map_sqlx_postgres_opts(|opts| opts.application_name("crm-server"));
        }
    }
    let db = Database::connect(options).await?;
    tracing::info!(database = ?config.database_kind, "database connected");
    Ok(db)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migration::Migrator::up(db, None).await?;
    tracing::info!("database migrations applied");
    Ok(())
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once (with a
/// no-op write), so a concurrent writer waits for the busy timeout instead of failing with
/// "database is locked" when this transaction, having read first, tries to write after another
/// one committed. On PostgreSQL it is a plain `BEGIN`. Every transaction that writes starts here.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    #[expect(
        clippy::disallowed_methods,
        reason = "this is the one place that opens transactions"
    )]
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Sqlite {
        #[expect(
            clippy::disallowed_methods,
            reason = "a no-op write of the global server_settings table takes the lock"
        )]
        txn.execute_unprepared("UPDATE server_settings SET key = key WHERE 0")
            .await?;
    }
    Ok(txn)
}

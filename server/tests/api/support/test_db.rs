//! A fresh database per test, on the engine chosen by `CRM_TEST_DB` (`sqlite`, the default, or
//! `postgres`).
//!
//! SQLite: a new file in a temporary directory, deleted with it. PostgreSQL: a new database
//! `crm_test_<uuid>` on the server named by `TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`, used as the admin connection). Migrated
//! databases are cloned from a template migrated once per test binary (`CREATE DATABASE …
//! TEMPLATE`), which is dropped when the process exits. Every database is dropped
//! `WITH (FORCE)` when its [`TestDb`] is dropped, also when the test panics. An unreachable
//! PostgreSQL fails the test: the Makefile decides whether to run this suite.

use std::sync::OnceLock;
use std::time::Duration;

use migration::MigratorTrait;
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};
use tempfile::TempDir;
use tokio::sync::OnceCell;
use uuid::Uuid;

/// Default admin connection when `TEST_DATABASE_URL` is unset.
const DEFAULT_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// How long the admin connection may take before the test fails.
const ADMIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Which engine the suite runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The engine selected by `CRM_TEST_DB`.
pub fn backend() -> Backend {
    match std::env::var("CRM_TEST_DB").as_deref() {
        Err(_) | Ok("") | Ok("sqlite") => Backend::Sqlite,
        Ok("postgres") => Backend::Postgres,
        Ok(other) => panic!("CRM_TEST_DB={other:?}: expected `sqlite` or `postgres`"),
    }
}

fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_ADMIN_URL.to_owned())
}

/// `url` with its database name replaced by `name` (query parameters kept).
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    let mut out = format!("{}/{name}", &base[..path_start]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    out
}

/// A database that exists until this value is dropped.
pub struct TestDb {
    /// URL for `DATABASE_URL`.
    pub url: String,
    place: Place,
}

enum Place {
    Sqlite { _dir: TempDir },
    Postgres { name: String },
}

impl TestDb {
    /// An empty database (no tables).
    pub async fn empty() -> Self {
        match backend() {
            Backend::Sqlite => Self::sqlite(),
            Backend::Postgres => Self::postgres(None).await,
        }
    }

    /// A database with every migration applied.
    pub async fn migrated() -> Self {
        match backend() {
            Backend::Sqlite => {
                let db = Self::sqlite();
                let conn = connect(&db.url).await;
                migration::Migrator::up(&conn, None)
                    .await
                    .expect("migrations apply");
                conn.close().await.expect("pool closes");
                db
            }
            Backend::Postgres => {
                let template = template().await;
                Self::postgres(Some(&template)).await
            }
        }
    }

    fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("crm.db").display());
        Self {
            url,
            place: Place::Sqlite { _dir: dir },
        }
    }

    async fn postgres(template: Option<&str>) -> Self {
        let name = format!("crm_test_{}", Uuid::new_v4().simple());
        let sql = match template {
            Some(template) => format!(r#"CREATE DATABASE "{name}" TEMPLATE "{template}""#),
            None => format!(r#"CREATE DATABASE "{name}""#),
        };
        admin_execute(&sql).await;
        Self {
            url: with_database(&admin_url(), &name),
            place: Place::Postgres { name },
        }
    }

    /// Makes the database unreachable for connections already open: PostgreSQL drops it
    /// (terminating sessions); SQLite closes `pool`, since an open file cannot be taken away.
    pub async fn make_unavailable(&self, pool: &DatabaseConnection) {
        match &self.place {
            Place::Sqlite { .. } => pool.close_by_ref().await.expect("pool closes"),
            Place::Postgres { name } => admin_execute(&drop_sql(name)).await,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Place::Postgres { name } = &self.place {
            drop_blocking(name);
        }
    }
}

/// Opens a plain sea-orm connection (tests that do not go through the server's `db::connect`).
pub async fn connect(url: &str) -> DatabaseConnection {
    Database::connect(url)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test database: {e}"))
}

fn drop_sql(name: &str) -> String {
    format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#)
}

/// Set once PostgreSQL was found unreachable, so later tests fail at once instead of waiting.
static UNREACHABLE: OnceLock<String> = OnceLock::new();

/// Opens the admin connection, giving up after a few seconds.
async fn admin_connect() -> Result<DatabaseConnection, sea_orm::DbErr> {
    let mut options = ConnectOptions::new(admin_url());
    options
        .max_connections(1)
        .connect_timeout(ADMIN_TIMEOUT)
        .acquire_timeout(ADMIN_TIMEOUT)
        .sqlx_logging(false);
    Database::connect(options).await
}

/// Runs one statement on the admin connection; panics (failing the test) when unreachable.
async fn admin_execute(sql: &str) {
    if let Some(reason) = UNREACHABLE.get() {
        panic!("{reason}");
    }
    let admin = admin_connect().await.unwrap_or_else(|e| {
        let reason = format!(
            "CRM_TEST_DB=postgres but PostgreSQL is unreachable at {} (set TEST_DATABASE_URL): {e}",
            admin_url()
        );
        panic!("{}", UNREACHABLE.get_or_init(|| reason));
    });
    admin
        .execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    admin.close().await.expect("admin connection closes");
}

/// Drops a database from synchronous code (Drop, exit): a thread with its own runtime, so it
/// works inside and outside a runtime and during a panic.
fn drop_blocking(name: &str) {
    let sql = drop_sql(name);
    let outcome = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        runtime.block_on(async {
            let admin = admin_connect().await?;
            admin.execute_unprepared(&sql).await?;
            admin.close().await
        })?;
        Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
    })
    .join();
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => eprintln!("warning: could not drop test database {name}: {e}"),
        Err(_) => eprintln!("warning: dropping test database {name} panicked"),
    }
}

/// The migrated template's name, created on first use by any test of this process.
static TEMPLATE: OnceCell<String> = OnceCell::const_new();
/// The template to drop at exit (set once it exists).
static TEMPLATE_TO_DROP: OnceLock<String> = OnceLock::new();

async fn template() -> String {
    TEMPLATE
        .get_or_init(|| async {
            let name = format!("crm_tpl_{}", Uuid::new_v4().simple());
            admin_execute(&format!(r#"CREATE DATABASE "{name}""#)).await;
            drop_at_exit(&name);
            let conn = connect(&with_database(&admin_url(), &name)).await;
            migration::Migrator::up(&conn, None)
                .await
                .expect("migrations apply to the template");
            // No session may stay connected to a template while it is being copied.
            conn.close().await.expect("template pool closes");
            name
        })
        .await
        .clone()
}

unsafe extern "C" {
    fn atexit(callback: extern "C" fn()) -> std::ffi::c_int;
}

extern "C" fn drop_template_at_exit() {
    if let Some(name) = TEMPLATE_TO_DROP.get() {
        drop_blocking(name);
    }
}

/// libtest has no after-all hook; the C runtime's exit handlers run after the last test, on
/// success and failure alike.
fn drop_at_exit(name: &str) {
    if TEMPLATE_TO_DROP.set(name.to_owned()).is_ok() {
        // SAFETY: registers a plain `extern "C" fn()` without captured state; it only reads a
        // static set before registration.
        let registered = unsafe { atexit(drop_template_at_exit) };
        assert_eq!(registered, 0, "atexit registration");
    }
}

#[test]
fn database_name_is_replaced_keeping_the_query() {
    assert_eq!(
        with_database("postgres://u@h:5432/postgres", "x"),
        "postgres://u@h:5432/x"
    );
    assert_eq!(
        with_database("postgres://u@h/postgres?sslmode=disable", "x"),
        "postgres://u@h/x?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
}

//! The `crm-server` binary: configuration errors, `migrate`, `seed`.

use std::process::Output;

use crm_server::config::ENV_VARS;
use migration::MigratorTrait;
use tokio::process::Command;

use crate::support::TestDb;
use crate::support::test_db::connect;

/// Runs the built binary with a clean configuration environment plus `vars`.
async fn run(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crm-server"));
    for var in ENV_VARS {
        command.env_remove(var.name);
    }
    command
        .env("RUST_LOG", "warn")
        .args(args)
        .envs(vars.iter().copied());
    command.output().await.expect("crm-server runs")
}

#[tokio::test]
async fn a_config_error_exits_2_and_names_the_variable() {
    let output = run(&["serve"], &[("CRM_BIND", "nonsense")]).await;

    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("CRM_BIND: \"nonsense\" is not a socket address"),
        "stderr: {stderr}"
    );
}

#[tokio::test]
async fn migrate_applies_every_migration_and_exits_0() {
    let db = TestDb::empty().await;

    let output = run(&["migrate"], &[("DATABASE_URL", &db.url)]).await;

    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let conn = connect(&db.url).await;
    let pending = migration::Migrator::get_pending_migrations(&conn)
        .await
        .unwrap();
    assert!(pending.is_empty(), "{} migrations pending", pending.len());
    conn.close().await.unwrap();
}

#[tokio::test]
async fn seed_exits_0() {
    let db = TestDb::empty().await;

    let output = run(&["seed"], &[("DATABASE_URL", &db.url)]).await;

    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

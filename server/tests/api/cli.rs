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
async fn seed_creates_the_demo_accounts_once() {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let db = TestDb::empty().await;

    let first = run(&["seed"], &[("DATABASE_URL", &db.url)]).await;
    let second = run(&["seed"], &[("DATABASE_URL", &db.url)]).await;

    for output in [&first, &second] {
        assert_eq!(
            output.status.code(),
            Some(0),
            "stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(String::from_utf8_lossy(&first.stdout).contains("created workspace"));
    assert!(String::from_utf8_lossy(&second.stdout).contains("already present"));
    let conn = connect(&db.url).await;
    let users = crm_server::entities::users::Entity::find()
        .all(&conn)
        .await
        .unwrap();
    let mut emails: Vec<_> = users.iter().map(|u| u.email.as_str()).collect();
    emails.sort_unstable();
    assert_eq!(
        emails,
        [
            crm_server::seed::OWNER_EMAIL,
            crm_server::seed::MEMBER_EMAIL
        ]
    );
    let memberships = crm_server::entities::memberships::Entity::find()
        .count(&conn)
        .await
        .unwrap();
    assert_eq!(memberships, 2);
    conn.close().await.unwrap();
}

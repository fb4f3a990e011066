//! The `crm-server` binary: configuration errors, `migrate`, `seed`, `export-workspace`.

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

#[tokio::test]
async fn export_workspace_writes_every_kind_of_a_workspace_to_a_zip() {
    use std::io::Read;

    use sea_orm::EntityTrait;
    let db = TestDb::empty().await;
    let vars = [("DATABASE_URL", db.url.as_str())];
    assert_eq!(run(&["seed"], &vars).await.status.code(), Some(0));
    let conn = connect(&db.url).await;
    let workspace = crm_server::entities::workspaces::Entity::find()
        .one(&conn)
        .await
        .unwrap()
        .expect("the demo workspace");
    conn.close().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo.zip");
    let id = workspace.id.to_string();
    let out_arg = out.to_string_lossy().into_owned();
    let args = ["export-workspace", "--workspace", &id, "--out", &out_arg];
    let output = run(&args, &vars).await;
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );

    let mut archive = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut names: Vec<String> = archive
        .file_names()
        .map(|name| name.expect("a file name").into_owned())
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "activities.json",
            "companies.json",
            "contacts.csv",
            "contacts.json",
            "deals.json",
            "invoices.json",
            "members.json",
            "notes.json",
            "stages.json",
            "tasks.json",
            "visits.json",
            "workspace.json",
        ]
    );
    let read = |archive: &mut zip::ZipArchive<std::fs::File>, name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    let contacts: Vec<serde_json::Value> =
        serde_json::from_str(&read(&mut archive, "contacts.json")).unwrap();
    assert!(contacts.len() >= 10);
    assert!(contacts.iter().all(|c| c["workspaceId"] == id.as_str()));
    let csv = read(&mut archive, "contacts.csv");
    assert_eq!(csv.lines().count(), contacts.len() + 1);
    let members: Vec<serde_json::Value> =
        serde_json::from_str(&read(&mut archive, "members.json")).unwrap();
    assert_eq!(members.len(), 2);
    for kind in [
        "companies",
        "deals",
        "stages",
        "tasks",
        "notes",
        "invoices",
        "visits",
        "activities",
    ] {
        let rows: Vec<serde_json::Value> =
            serde_json::from_str(&read(&mut archive, &format!("{kind}.json"))).unwrap();
        assert!(!rows.is_empty(), "{kind}");
    }

    let unknown = [
        "export-workspace",
        "--workspace",
        "0193a4c2-5d8e-7f10-9a2b-3c4d5e6f7a8b",
        "--out",
        &out_arg,
    ];
    assert_eq!(run(&unknown, &vars).await.status.code(), Some(1));
}

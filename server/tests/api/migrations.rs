//! The schema migrates up, all the way down, and up again on the selected database.

use migration::MigratorTrait;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};

use crate::support::TestDb;
use crate::support::test_db::connect;

async fn tables(conn: &DatabaseConnection) -> Vec<String> {
    let backend = conn.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let rows = conn
        .query_all(Statement::from_string(backend, sql))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get::<String>("", "name").unwrap())
        .collect()
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let db = TestDb::empty().await;
    let conn = connect(&db.url).await;

    migration::Migrator::up(&conn, None).await.expect("up");
    let after_up = tables(&conn).await;
    assert!(after_up.len() > 1, "tables created: {after_up:?}");
    assert!(
        migration::Migrator::get_pending_migrations(&conn)
            .await
            .unwrap()
            .is_empty()
    );

    migration::Migrator::down(&conn, None).await.expect("down");
    assert_eq!(
        tables(&conn).await,
        ["seaql_migrations"],
        "down drops every table it created"
    );

    migration::Migrator::up(&conn, None)
        .await
        .expect("up again");
    assert_eq!(tables(&conn).await, after_up);
    conn.close().await.unwrap();
}

/// `m20261128_030000_count_activities` seeds the timeline's counter from the activities already
/// stored (and `down` removes it): run it down and up again under a workspace with history.
#[tokio::test]
async fn the_activity_counter_migration_counts_existing_activities() {
    let app = crate::support::TestApp::spawn().await;
    let team = app.team("mig").await;
    for name in ["A", "B", "C"] {
        app.company(&team.owner, name).await;
    }
    let conn = connect(&app.db.url).await;
    let stored = app.live_count("activities", &team.workspace, false).await;
    assert!(stored >= 3, "history: {stored}");
    assert_eq!(
        activity_counters(&conn).await,
        stored,
        "counted while writing"
    );

    // Down to just before the counting migration, whatever came after it.
    let names: Vec<String> = migration::Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let position = names
        .iter()
        .position(|name| name == "m20261128_030000_count_activities")
        .expect("the migration is registered");
    let steps = u32::try_from(names.len() - position).unwrap();
    migration::Migrator::down(&conn, Some(steps))
        .await
        .expect("down");
    assert_eq!(
        activity_counters(&conn).await,
        0,
        "down removes the counters"
    );
    migration::Migrator::up(&conn, None).await.expect("up");
    assert_eq!(
        activity_counters(&conn).await,
        stored,
        "up counts what is stored"
    );
    conn.close().await.unwrap();
}

/// The summed `activities` counters of the database.
async fn activity_counters(conn: &DatabaseConnection) -> i64 {
    let sql = "SELECT live_count AS n FROM entity_counters WHERE entity = 'activities'";
    let rows = conn
        .query_all(Statement::from_string(conn.get_database_backend(), sql))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get::<i64>("", "n").unwrap())
        .sum()
}

//! Issue 14, point 5: a bulk import refreshes the planner statistics of the tables it grew
//! (`ANALYZE`, PostgreSQL), so lists stay on their indexes without waiting for autovacuum; a small
//! import leaves them alone. `pg_stat_user_tables.last_analyze` records only explicit `ANALYZE`s
//! (autovacuum's go to `last_autoanalyze`), so it tells the server's refresh apart.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

use crate::support::TestApp;
use crate::support::accounts::expect_json;

/// Whether `table` has been analysed explicitly in the app's database.
async fn analysed(app: &TestApp, table: &str) -> bool {
    let db = &app.state.db;
    let sql = format!(
        "SELECT (last_analyze IS NOT NULL) AS done FROM pg_stat_user_tables WHERE relname = '{table}'"
    );
    let row = db
        .query_one(Statement::from_string(DbBackend::Postgres, sql))
        .await
        .expect("statistics query")
        .expect("a row for the table");
    row.try_get::<bool>("", "done").expect("done")
}

/// A CSV of `n` contacts (emails `<prefix><i>@example.com`), each at a company of its own name
/// when `companies`.
fn csv(n: usize, prefix: &str, companies: bool) -> String {
    let mut csv = String::from("firstName,lastName,email,companyName\n");
    for i in 0..n {
        let company = if companies {
            format!("Company {i}")
        } else {
            String::new()
        };
        csv.push_str(&format!(
            "First{i},Last{i},{prefix}{i}@example.com,{company}\n"
        ));
    }
    csv
}

#[tokio::test]
async fn a_bulk_import_refreshes_the_statistics_of_the_tables_it_grew() {
    let app = TestApp::spawn().await;
    if app.state.db.get_database_backend() != DbBackend::Postgres {
        eprintln!("bulk_statistics: PostgreSQL only (SQLite's planner does not need it)");
        return;
    }
    let team = app.team("stats").await;

    let small = json!({ "csv": csv(20, "small", false) });
    let body = expect_json(
        app.post_as(&team.owner, "/v1/contacts/import", small).await,
        200,
    )
    .await;
    assert_eq!(body["imported"], 20);
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert!(
        !analysed(&app, "contacts").await,
        "20 rows are not a bulk write"
    );

    let bulk = json!({ "csv": csv(1_200, "bulk", true) });
    let body = expect_json(
        app.post_as(&team.owner, "/v1/contacts/import", bulk).await,
        200,
    )
    .await;
    assert_eq!(body["imported"], 1_200);
    // The refresh runs after the answer, in the background.
    let mut waited = Duration::ZERO;
    while !(analysed(&app, "contacts").await && analysed(&app, "companies").await) {
        assert!(
            waited < Duration::from_secs(20),
            "no ANALYZE of contacts and companies after 20 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        waited += Duration::from_millis(100);
    }
}

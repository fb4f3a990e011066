//! The schema itself: tenant integrity enforced by the database, and an index behind every
//! foreign key.

use std::collections::BTreeMap;

use crm_server::entities::{companies, contacts, users, workspaces};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, Statement,
};
use uuid::Uuid;

use crate::support::TestDb;
use crate::support::test_db::connect;

async fn workspace(db: &DatabaseConnection, slug: &str) -> Uuid {
    let now = crm_server::time::now();
    let id = Uuid::now_v7();
    let row = workspaces::Model {
        id,
        name: slug.into(),
        slug: slug.into(),
        created_at: now,
        updated_at: now,
        personal: false,
        crm_type: None,
    };
    workspaces::Entity::insert(workspaces::ActiveModel::from(row))
        .exec_without_returning(db)
        .await
        .unwrap();
    id
}

fn contact(workspace_id: Uuid, owner_id: Uuid, company_id: Uuid) -> contacts::ActiveModel {
    let now = crm_server::time::now();
    contacts::ActiveModel {
        id: Set(Uuid::now_v7()),
        workspace_id: Set(workspace_id),
        owner_id: Set(owner_id),
        first_name: Set("Grace".into()),
        last_name: Set("Hopper".into()),
        job_title: Set(None),
        email: Set(None),
        phone: Set(None),
        company_id: Set(Some(company_id)),
        customer_type: Set(None),
        tags: Set(serde_json::json!([])),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
    }
}

#[tokio::test]
async fn the_database_refuses_a_reference_to_another_workspace() {
    let db = TestDb::migrated().await;
    let conn = connect(&db.url).await;
    let (a, b) = (
        workspace(&conn, "tenant-a").await,
        workspace(&conn, "tenant-b").await,
    );
    let now = crm_server::time::now();
    let user = users::Model {
        id: Uuid::now_v7(),
        name: "Owner".into(),
        email: "owner@example.com".into(),
        password_hash: "x".into(),
        created_at: now,
        updated_at: now,
    };
    users::Entity::insert(users::ActiveModel::from(user.clone()))
        .exec_without_returning(&conn)
        .await
        .unwrap();
    let company = companies::Model {
        id: Uuid::now_v7(),
        workspace_id: a,
        owner_id: user.id,
        name: "Acme".into(),
        domain: None,
        industry: None,
        size: None,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    companies::Entity::insert(companies::ActiveModel::from(company.clone()))
        .exec_without_returning(&conn)
        .await
        .unwrap();

    let cross = contacts::Entity::insert(contact(b, user.id, company.id))
        .exec_without_returning(&conn)
        .await;
    let same = contacts::Entity::insert(contact(a, user.id, company.id))
        .exec_without_returning(&conn)
        .await;

    let err =
        cross.expect_err("a contact of workspace B naming a company of workspace A is refused");
    assert!(
        matches!(
            err.sql_err(),
            Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(_))
        ),
        "refused by a foreign key: {err}"
    );
    assert_eq!(same.expect("the same-workspace reference is stored"), 1);
    conn.close().await.unwrap();
}

#[tokio::test]
async fn every_foreign_key_has_an_index() {
    let db = TestDb::migrated().await;
    let conn = connect(&db.url).await;
    let foreign_keys = foreign_keys(&conn).await;
    assert!(
        foreign_keys.len() > 20,
        "found the foreign keys: {foreign_keys:?}"
    );
    let mut missing = Vec::new();
    for (table, columns) in &foreign_keys {
        if !indexes(&conn, table)
            .await
            .iter()
            .any(|index| leads_with(index, columns))
        {
            missing.push((table, columns));
        }
    }
    assert!(
        missing.is_empty(),
        "foreign keys without an index: {missing:?}"
    );
    conn.close().await.unwrap();
}

/// Whether the index's leading columns are exactly the key's columns (in any order).
fn leads_with(index: &[String], columns: &[String]) -> bool {
    index.len() >= columns.len() && columns.iter().all(|c| index[..columns.len()].contains(c))
}

/// Each foreign key as (table, its columns in order).
async fn foreign_keys(conn: &DatabaseConnection) -> Vec<(String, Vec<String>)> {
    let sql = match conn.get_database_backend() {
        DatabaseBackend::Sqlite => {
            "SELECT m.name AS tbl, f.id AS fk, f.seq AS seq, f.\"from\" AS col FROM sqlite_master m \
             JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2, 3"
        }
        _ => {
            "SELECT c.conrelid::regclass::text AS tbl, c.oid::bigint AS fk, k.ord::bigint AS seq, a.attname::text AS col \
             FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum \
             WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2, 3"
        }
    };
    let mut keys: BTreeMap<(String, i64), Vec<String>> = BTreeMap::new();
    for row in query(conn, sql).await {
        let table: String = row.try_get("", "tbl").unwrap();
        let fk: i64 = row.try_get("", "fk").unwrap();
        keys.entry((table, fk))
            .or_default()
            .push(row.try_get("", "col").unwrap());
    }
    keys.into_iter()
        .map(|((table, _), columns)| (table, columns))
        .collect()
}

/// The column lists of every index of `table` (primary and unique keys included).
async fn indexes(conn: &DatabaseConnection, table: &str) -> Vec<Vec<String>> {
    let sql = match conn.get_database_backend() {
        DatabaseBackend::Sqlite => format!(
            "SELECT l.name AS idx, i.seqno AS seq, i.name AS col FROM pragma_index_list('{table}') l \
             JOIN pragma_index_info(l.name) i WHERE l.partial = 0 ORDER BY 1, 2"
        ),
        _ => format!(
            "SELECT ic.relname::text AS idx, k.ord::bigint AS seq, a.attname::text AS col FROM pg_index x \
             JOIN pg_class ic ON ic.oid = x.indexrelid \
             CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) \
             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum \
             WHERE x.indrelid = '{table}'::regclass AND x.indpred IS NULL ORDER BY 1, 2"
        ),
    };
    let mut indexes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in query(conn, &sql).await {
        let name: String = row.try_get("", "idx").unwrap();
        // An indexed expression (`lower(email)`) has no column name.
        let column: Option<String> = row.try_get("", "col").unwrap();
        indexes
            .entry(name)
            .or_default()
            .push(column.unwrap_or_else(|| "(expression)".to_owned()));
    }
    indexes.into_values().collect()
}

async fn query(conn: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    conn.query_all(Statement::from_string(conn.get_database_backend(), sql))
        .await
        .unwrap()
}

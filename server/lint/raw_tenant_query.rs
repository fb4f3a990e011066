//! A sample that clippy must refuse: tenant tables reached with sea-orm's raw entry points
//! outside the store layer. `server/lint/check-tenancy-rule.sh` (run by `make lint`) lints it and
//! fails unless every marked line is reported; it is never built otherwise (the `lint-sample`
//! feature is off).

use crm_server::entities::{contacts, deals};
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Statement};

/// Every way around the tenant scope that the rule must catch (one per marked line).
pub async fn around_the_tenant_scope(db: &DatabaseConnection) -> Result<(), DbErr> {
    let _everyone = contacts::Entity::find().all(db).await?; // refused: find
    let _one = contacts::Entity::find_by_id(uuid::Uuid::nil())
        .one(db)
        .await?; // refused: find_by_id
    deals::Entity::update_many() // refused: update_many
        .col_expr(deals::Column::Title, Expr::value("x"))
        .exec(db)
        .await?;
    deals::Entity::delete_many().exec(db).await?; // refused: delete_many
    let sql = Statement::from_string(db.get_database_backend(), "SELECT 1"); // refused: from_string
    db.query_all(sql).await?; // refused: query_all
    Ok(())
}

fn main() {}

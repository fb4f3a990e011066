//! `crm-server seed`: the demo workspace and QA credentials, created once (running it again
//! changes nothing). An owner and a plain member, so role rules can be tried by hand.

use sea_orm::DatabaseConnection;

use crate::accounts::{users, workspaces};
use crate::auth::password;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::users as user_rows;
use crate::error::ApiError;
use crate::store::members;

/// The demo owner's sign-in.
pub const OWNER_EMAIL: &str = "demo@example.com";
/// The demo member's sign-in.
pub const MEMBER_EMAIL: &str = "member@example.com";
/// The password of both demo accounts.
pub const PASSWORD: &str = "demo-password";
/// The demo workspace's name (slug `demo` when free).
pub const WORKSPACE_NAME: &str = "Demo";

/// What `seed` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The demo data was created.
    Created,
    /// It was there already; nothing changed.
    AlreadyPresent,
}

/// Creates the demo workspace with an owner and a member, unless the owner account exists.
pub async fn run(db: &DatabaseConnection) -> Result<Outcome, ApiError> {
    if users::find_by_email(db, OWNER_EMAIL).await?.is_some() {
        return Ok(Outcome::AlreadyPresent);
    }
    let password_hash = password::hash(PASSWORD.to_owned()).await?;
    let txn = crate::db::begin_write(db).await?;
    let owner = insert_user(&txn, "Demo Owner", OWNER_EMAIL, &password_hash).await?;
    let member = insert_user(&txn, "Demo Member", MEMBER_EMAIL, &password_hash).await?;
    let slug_free = workspaces::create(&txn, owner.id, WORKSPACE_NAME, Some("demo")).await;
    let (workspace, _owner) = match slug_free {
        Ok(created) => created,
        Err(_) => workspaces::create(&txn, owner.id, WORKSPACE_NAME, None).await?,
    };
    members::add(&txn, workspace.id, member.id, MembershipRole::Member).await?;
    txn.commit().await?;
    Ok(Outcome::Created)
}

#[expect(
    clippy::disallowed_methods,
    reason = "users is a global table, outside the tenant scope"
)]
async fn insert_user<C: sea_orm::ConnectionTrait>(
    db: &C,
    name: &str,
    email: &str,
    password_hash: &str,
) -> Result<user_rows::Model, ApiError> {
    use sea_orm::EntityTrait;
    let now = crate::time::now();
    let user = user_rows::Model {
        id: uuid::Uuid::now_v7(),
        name: name.to_owned(),
        email: email.to_owned(),
        password_hash: password_hash.to_owned(),
        created_at: now,
        updated_at: now,
    };
    user_rows::Entity::insert(user_rows::ActiveModel::from(user.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(user)
}

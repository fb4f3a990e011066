//! `crm-server seed`: the demo workspace and QA credentials, created once (running it again
//! changes nothing). An owner and a plain member, so role rules can be tried by hand.

use sea_orm::DatabaseConnection;

use crate::accounts::{users, workspaces};
use crate::auth::password::PasswordHasher;
use crate::entities::sea_orm_active_enums::MembershipRole;
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
    let password_hash = PasswordHasher::new(1, 0).hash(PASSWORD.to_owned()).await?;
    let txn = crate::db::begin_write(db).await?;
    let owner = users::insert(&txn, "Demo Owner", OWNER_EMAIL, password_hash.clone()).await?;
    let member = users::insert(&txn, "Demo Member", MEMBER_EMAIL, password_hash).await?;
    let setup = workspaces::Setup::default();
    let slug_free = workspaces::create(&txn, owner.id, WORKSPACE_NAME, Some("demo"), setup).await;
    let (workspace, _owner) = match slug_free {
        Ok(created) => created,
        Err(_) => workspaces::create(&txn, owner.id, WORKSPACE_NAME, None, setup).await?,
    };
    members::add(&txn, workspace.id, member.id, MembershipRole::Member).await?;
    txn.commit().await?;
    Ok(Outcome::Created)
}

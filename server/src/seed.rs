//! `crm-server seed`: the demo workspace and QA credentials, created once (running it again
//! changes nothing). An owner and a plain member, so role rules can be tried by hand, and a
//! workspace full of believable records ([`demo_data`]) so every page of the frontend shows
//! something.

use sea_orm::DatabaseConnection;

use crate::accounts::{users, workspaces};
use crate::auth::password::PasswordHasher;
use crate::entities::contacts;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::error::ApiError;
use crate::store::members;
use crate::store::record::scoped;

mod demo_data;

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
    /// The demo accounts, workspace and records were created.
    Created,
    /// The accounts were there, their workspace had no records: the records were added.
    Filled,
    /// It was all there already; nothing changed.
    AlreadyPresent,
}

/// Creates the demo workspace with an owner and a member, unless the owner account exists, and
/// fills it with records ([`demo_data`]) unless it holds contacts already.
pub async fn run(db: &DatabaseConnection) -> Result<Outcome, ApiError> {
    let created = match users::find_by_email(db, OWNER_EMAIL).await? {
        Some(_) => false,
        None => {
            create_accounts(db).await?;
            true
        }
    };
    let Some(owner) = users::find_by_email(db, OWNER_EMAIL).await? else {
        return Err(ApiError::internal("the demo owner vanished"));
    };
    let tenant = match members::preferred_workspace(db, owner.id).await? {
        Some(workspace) => members::resolve(db, owner.id, workspace).await?,
        None => None,
    };
    let Some(tenant) = tenant else {
        return Ok(Outcome::AlreadyPresent);
    };
    if scoped::<contacts::Entity>(tenant).one(db).await?.is_some() {
        return Ok(if created {
            Outcome::Created
        } else {
            Outcome::AlreadyPresent
        });
    }
    demo_data::fill(db, tenant).await?;
    Ok(if created {
        Outcome::Created
    } else {
        Outcome::Filled
    })
}

/// The two demo accounts and their workspace, in one transaction.
async fn create_accounts(db: &DatabaseConnection) -> Result<(), ApiError> {
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
    Ok(())
}

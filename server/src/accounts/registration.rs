//! Registration: a new account and its first membership, either of a new personal workspace
//! or, with an invite token, of the inviting workspace with the invite's role.

use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::users::{self, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, display_name, normalize_email};
use super::{invite_acceptance, workspaces};
use crate::auth::password::PasswordHasher;
use crate::entities::users as user_rows;
use crate::error::{ApiError, Issue};

/// What registration needs, already shape-checked by the generated validator.
#[derive(Debug)]
pub struct Registration {
    /// Display name.
    pub name: String,
    /// Email as typed.
    pub email: String,
    /// Password in clear.
    pub password: String,
    /// An invite to join instead of getting a personal workspace.
    pub invite_token: Option<String>,
}

/// Creates the user and their first membership; answers the user and the workspace to start in.
pub async fn register(
    db: &DatabaseConnection,
    passwords: &PasswordHasher,
    invite_key: &[u8],
    input: Registration,
) -> Result<(user_rows::Model, Uuid), ApiError> {
    let name = display_name(&input.name);
    let mut issues = Vec::new();
    let email = normalize_email(&input.email);
    if email.is_none() {
        issues.push(Issue::new("email", "must be a valid email address"));
    }
    let password_chars = input.password.chars().count();
    if !(PASSWORD_MIN_CHARS..=PASSWORD_MAX_CHARS).contains(&password_chars) {
        issues.push(Issue::new("password", "must be 8 to 128 characters"));
    }
    let (Some(email), true) = (email, issues.is_empty()) else {
        return Err(ApiError::validation(issues));
    };
    let invite = match input.invite_token.as_deref().filter(|t| !t.is_empty()) {
        Some(token) => {
            Some(invite_acceptance::find_acceptable(db, invite_key, token, &email).await?)
        }
        None => None,
    };
    if users::find_by_email(db, &email).await?.is_some() {
        return Err(users::email_taken());
    }
    let password_hash = passwords.hash(input.password).await?;

    let txn = crate::db::begin_write(db).await?;
    let user = users::insert(&txn, &name, &email, password_hash).await?;
    let workspace_id = match invite {
        Some(invite) => {
            invite_acceptance::accept(&txn, &invite, user.id)
                .await?
                .workspace_id
        }
        None => {
            let personal = workspaces::Setup {
                personal: true,
                crm_type: None,
            };
            let (workspace, _owner) =
                workspaces::create(&txn, user.id, &user.name, None, personal).await?;
            workspace.id
        }
    };
    txn.commit().await?;
    Ok((user, workspace_id))
}

//! Users: registration (with or without an invite) and password login.

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{failed_logins, invite_acceptance, workspaces};
use crate::auth::password;
use crate::entities::users;
use crate::error::{ApiError, ErrorCode, Issue};

/// Longest accepted password, in characters (argon2 hashes any length; this bounds the work).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Shortest accepted password, in characters.
pub const PASSWORD_MIN_CHARS: usize = 8;

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

/// A display name (of a user or a workspace) as stored: trimmed, unless nothing would be left.
/// The contract asks only for one character (`minLength: 1`), and the generator cannot carry a
/// "not blank" rule, so a whitespace-only name is kept as sent rather than refused against the
/// schema.
pub fn display_name(raw: &str) -> String {
    let trimmed = raw.trim();
    if trimmed.is_empty() { raw } else { trimmed }.to_owned()
}

/// Trims and lower-cases an email and checks its shape (one `@`, a dot in the domain, no
/// spaces). Not RFC 5322 in full: the address is confirmed by whoever sends mail to it.
pub fn normalize_email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let well_formed = !local.is_empty()
        && local.len() <= 64
        && domain.len() >= 3
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    well_formed.then_some(email)
}

/// Creates the user and their first membership; answers the user and the workspace to start in.
#[expect(
    clippy::disallowed_methods,
    reason = "users is a global table, outside the tenant scope"
)]
pub async fn register(
    db: &DatabaseConnection,
    invite_key: &[u8],
    input: Registration,
) -> Result<(users::Model, Uuid), ApiError> {
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
    if find_by_email(db, &email).await?.is_some() {
        return Err(email_taken());
    }
    let password_hash = password::hash(input.password).await?;

    let txn = crate::db::begin_write(db).await?;
    let now = crate::time::now();
    let user = users::Model {
        id: Uuid::now_v7(),
        name,
        email,
        password_hash,
        created_at: now,
        updated_at: now,
    };
    // A concurrent registration of the same email loses on `uq_users_email` (409 EMAIL_TAKEN).
    users::Entity::insert(users::ActiveModel::from(user.clone()))
        .exec_without_returning(&txn)
        .await?;
    let workspace_id = match invite {
        Some(invite) => {
            invite_acceptance::accept(&txn, &invite, user.id)
                .await?
                .workspace_id
        }
        None => {
            let (workspace, _owner) = workspaces::create(&txn, user.id, &user.name, None).await?;
            workspace.id
        }
    };
    txn.commit().await?;
    Ok((user, workspace_id))
}

/// Checks a password login. Unknown email and wrong password are the same 401, in about the
/// same time; an account with too many recent failures is a 429 even with the right password.
pub async fn login<C: ConnectionTrait>(
    db: &C,
    email: &str,
    password: &str,
) -> Result<users::Model, ApiError> {
    let email = email.trim().to_lowercase();
    let attempt = failed_logins::begin(db, &email).await?;
    let user = find_by_email(db, &email).await?;
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = password::verify(password.to_owned(), stored).await?;
    match user {
        Some(user) if matches => {
            attempt.succeeded(db).await?;
            Ok(user)
        }
        // The attempt stays counted as a failure.
        _ => Err(ApiError::new(
            ErrorCode::Unauthenticated,
            "Invalid email or password",
        )),
    }
}

/// The user with this (normalised) email.
#[expect(
    clippy::disallowed_methods,
    reason = "users is a global table, outside the tenant scope"
)]
pub async fn find_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<users::Model>, ApiError> {
    Ok(users::Entity::find()
        .filter(users::Column::Email.eq(email))
        .one(db)
        .await?)
}

/// The user with this id.
#[expect(
    clippy::disallowed_methods,
    reason = "users is a global table, outside the tenant scope"
)]
pub async fn get<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<users::Model, ApiError> {
    users::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(ApiError::unauthenticated)
}

fn email_taken() -> ApiError {
    crate::error::taken("uq_users_email")
}

#[cfg(test)]
mod tests {
    use super::normalize_email;

    #[test]
    fn normalizes_and_checks_emails() {
        assert_eq!(
            normalize_email("  Ada@Example.COM "),
            Some("ada@example.com".into())
        );
        for bad in [
            "",
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "ada@@example.com",
            "ada@.com",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }
}

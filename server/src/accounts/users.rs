//! Users (a global table): the account row, emails and display names, the password login check.
//! Registration is in [`super::registration`].

use std::net::IpAddr;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::failed_logins;
use crate::auth::password::PasswordHasher;
use crate::entities::users;
use crate::error::{ApiError, ErrorCode};

/// Longest accepted password, in characters (argon2 hashes any length; this bounds the work).
pub const PASSWORD_MAX_CHARS: usize = 128;
/// Shortest accepted password, in characters.
pub const PASSWORD_MIN_CHARS: usize = 8;

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

/// Inserts a new user (the email already normalised, the password already hashed). An email
/// that is taken, also by a concurrent registration, is a 409 `EMAIL_TAKEN`
/// (`uq_users_email`).
#[expect(
    clippy::disallowed_methods,
    reason = "users is a global table, outside the tenant scope"
)]
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    name: &str,
    email: &str,
    password_hash: String,
) -> Result<users::Model, ApiError> {
    let now = crate::time::now();
    let user = users::Model {
        id: Uuid::now_v7(),
        name: name.to_owned(),
        email: email.to_owned(),
        password_hash,
        created_at: now,
        updated_at: now,
    };
    users::Entity::insert(users::ActiveModel::from(user.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(user)
}

/// Checks a password login from `client`. Unknown email and wrong password are the same 401, in
/// about the same time; an account with too many recent failures (more than
/// `failed_login_limit` from that address, or ten times that from everywhere: [`failed_logins`])
/// is a 429 even with the right password.
pub async fn login<C: ConnectionTrait>(
    db: &C,
    passwords: &PasswordHasher,
    (email, password): (&str, &str),
    client: Option<IpAddr>,
    failed_login_limit: i64,
) -> Result<users::Model, ApiError> {
    let email = email.trim().to_lowercase();
    let attempt = failed_logins::begin(db, &email, client, failed_login_limit).await?;
    let user = find_by_email(db, &email).await?;
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = passwords.verify(password.to_owned(), stored).await?;
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

/// 409 `EMAIL_TAKEN`.
pub fn email_taken() -> ApiError {
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

//! From database rows to contract models (and the few enums the other way).

use crm_api::models;
use crm_api::types::Nullable;
use uuid::Uuid;

use crate::auth::invite_token;
use crate::auth::sessions::IssuedTokens;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{invites, memberships, users, workspaces};

/// `Option` → the generated `Nullable` of a required, nullable field.
pub fn nullable<T>(value: Option<T>) -> Nullable<T> {
    value.map_or(Nullable::Null, Nullable::Present)
}

/// The `User` model (never the password hash).
pub fn user(row: &users::Model) -> models::User {
    models::User::new(
        row.id,
        row.name.clone(),
        row.email.clone(),
        row.created_at,
        row.updated_at,
    )
}

/// The `UserSummary` model.
pub fn user_summary(row: &users::Model) -> models::UserSummary {
    models::UserSummary::new(row.id, row.name.clone(), row.email.clone())
}

/// The `Workspace` model.
pub fn workspace(row: &workspaces::Model) -> models::Workspace {
    models::Workspace::new(
        row.id,
        row.name.clone(),
        row.slug.clone(),
        row.created_at,
        row.updated_at,
    )
}

/// The `Membership` model with its user.
pub fn membership(row: &memberships::Model, member: &users::Model) -> models::Membership {
    models::Membership::new(
        row.id,
        row.workspace_id,
        row.user_id,
        role(row.role),
        row.created_at,
        user_summary(member),
    )
}

/// The `Invite` model; the token is derived, not stored.
pub fn invite(row: &invites::Model, invite_key: &[u8]) -> models::Invite {
    let mut model = models::Invite::new(
        row.id,
        row.workspace_id,
        row.email.clone(),
        role(row.role),
        invite_token::sign(row.id, invite_key),
        row.expires_at,
        row.created_at,
    );
    model.accepted_at = Some(nullable(row.accepted_at));
    model
}

/// The auth response of a new or refreshed session.
pub fn session(
    tokens: IssuedTokens,
    row: &users::Model,
    workspace_id: Option<Uuid>,
) -> models::AuthTokenResponse {
    models::AuthTokenResponse::new(
        tokens.access_token,
        tokens.refresh_token,
        tokens.expires_in,
        user(row),
        nullable(workspace_id),
    )
}

/// Database role → contract role.
pub fn role(role: MembershipRole) -> models::MembershipRole {
    match role {
        MembershipRole::Owner => models::MembershipRole::Owner,
        MembershipRole::Admin => models::MembershipRole::Admin,
        MembershipRole::Member => models::MembershipRole::Member,
    }
}

/// Contract role → database role.
pub fn role_from(role: models::MembershipRole) -> MembershipRole {
    match role {
        models::MembershipRole::Owner => MembershipRole::Owner,
        models::MembershipRole::Admin => MembershipRole::Admin,
        models::MembershipRole::Member => MembershipRole::Member,
    }
}

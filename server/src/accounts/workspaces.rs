//! Workspaces: creation with the owner's membership and the default pipeline, slug allocation,
//! the caller's list of workspaces.

use crm_api::models::WorkspaceCreateRequest;
use crm_api::types::Nullable;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use uuid::Uuid;

use super::{slug, users};
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{stages, workspaces};
use crate::error::{ApiError, Issue};
use crate::store::paging::PageRequest;
use crate::store::write::insert_many;
use crate::store::{Tenant, members};

/// The pipeline every new workspace starts with, in order (1-based).
pub const DEFAULT_STAGES: [&str; 4] = ["Lead", "Qualified", "Proposal", "Negotiation"];

/// Creates a workspace owned by `owner_id` with the default stages; answers it and the owner's
/// scope in it. An explicit `slug` that is taken is a 409 `SLUG_TAKEN`; without one, a free
/// slug is derived from the name.
///
/// The insert itself claims the slug (`ON CONFLICT (slug) DO NOTHING`), so two namesakes
/// registering at the same moment both succeed: the loser tries the next candidate instead of
/// failing on the unique index (which would also abort a PostgreSQL transaction).
#[expect(
    clippy::disallowed_methods,
    reason = "workspaces is a global table, outside the tenant scope"
)]
pub async fn create<C: ConnectionTrait>(
    db: &C,
    owner_id: Uuid,
    name: &str,
    requested_slug: Option<&str>,
) -> Result<(workspaces::Model, Tenant), ApiError> {
    let now = crate::time::now();
    let mut workspace = workspaces::Model {
        id: Uuid::now_v7(),
        name: name.to_owned(),
        slug: String::new(),
        created_at: now,
        updated_at: now,
    };
    let base = requested_slug.map_or_else(|| slug::from_name(name), str::to_owned);
    let tries = if requested_slug.is_some() { 1 } else { 6 };
    let mut claimed = false;
    for attempt in 0..tries {
        workspace.slug = if attempt == 0 {
            base.clone()
        } else {
            let suffix = Uuid::now_v7().simple().to_string();
            slug::with_suffix(&base, &suffix[suffix.len() - 6..])
        };
        let inserted = workspaces::Entity::insert(workspaces::ActiveModel::from(workspace.clone()))
            .on_conflict(
                OnConflict::column(workspaces::Column::Slug)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        if inserted == 1 {
            claimed = true;
            break;
        }
    }
    if !claimed {
        return Err(crate::error::taken("uq_workspaces_slug"));
    }
    let (_membership, owner) =
        members::add(db, workspace.id, owner_id, MembershipRole::Owner).await?;
    let default_stages = DEFAULT_STAGES
        .iter()
        .zip(1..)
        .map(|(stage, position)| stages::Model {
            id: Uuid::now_v7(),
            workspace_id: workspace.id,
            name: (*stage).to_owned(),
            position,
            created_at: now,
            updated_at: now,
        })
        .collect();
    insert_many::<stages::Entity, _>(db, owner, default_stages).await?;
    Ok((workspace, owner))
}

/// `POST /workspaces`: a new workspace owned by the caller, named as asked (trimmed), with the
/// slug asked for (`""` and `null` count as absent: one is derived from the name).
pub async fn create_for(
    db: &DatabaseConnection,
    user_id: Uuid,
    body: &WorkspaceCreateRequest,
) -> Result<workspaces::Model, ApiError> {
    let name = users::display_name(&body.name);
    let requested_slug = match &body.slug {
        Some(Nullable::Present(slug)) if !slug.is_empty() => Some(slug.as_str()),
        _ => None,
    };
    if requested_slug.is_some_and(|s| !slug::is_valid(s)) {
        return Err(ApiError::validation(vec![Issue::new(
            "slug",
            "must be 1 to 63 lower-case letters, digits and single dashes",
        )]));
    }
    let txn = crate::db::begin_write(db).await?;
    let (workspace, _owner) = create(&txn, user_id, &name, requested_slug).await?;
    txn.commit().await?;
    Ok(workspace)
}

/// One page of the workspaces `user_id` belongs to, in the order they joined.
pub async fn list_of(
    db: &DatabaseConnection,
    user_id: Uuid,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<workspaces::Model>, i64, Option<String>), ApiError> {
    let page = PageRequest::parse(limit, cursor)?;
    members::workspaces_of(db, user_id, &page).await
}

/// The workspace a new session of `user_id` starts in: their oldest membership, if any.
pub async fn default_for_user<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<Uuid>, ApiError> {
    members::oldest_workspace_of(db, user_id).await
}

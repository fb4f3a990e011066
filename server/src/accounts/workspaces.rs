//! Workspaces: creation with the owner's membership and the default pipeline, slug allocation.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::slug;
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{memberships, stages, workspaces};
use crate::error::{ApiError, ErrorCode};

/// The pipeline every new workspace starts with, in order (1-based).
pub const DEFAULT_STAGES: [&str; 4] = ["Lead", "Qualified", "Proposal", "Negotiation"];

/// Creates a workspace owned by `owner_id` with the default stages. An explicit `slug` that is
/// taken is a 409 `SLUG_TAKEN`; without one, a free slug is derived from the name.
///
/// The insert itself claims the slug (`ON CONFLICT (slug) DO NOTHING`), so two namesakes
/// registering at the same moment both succeed: the loser tries the next candidate instead of
/// failing on the unique index (which would also abort a PostgreSQL transaction).
pub async fn create<C: ConnectionTrait>(
    db: &C,
    owner_id: Uuid,
    name: &str,
    requested_slug: Option<&str>,
) -> Result<workspaces::Model, ApiError> {
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
        return Err(slug_taken_error());
    }
    add_member(db, workspace.id, owner_id, MembershipRole::Owner).await?;
    let default_stages =
        DEFAULT_STAGES
            .iter()
            .zip(1..)
            .map(|(stage, position)| stages::ActiveModel {
                id: Set(Uuid::now_v7()),
                workspace_id: Set(workspace.id),
                name: Set((*stage).to_owned()),
                position: Set(position),
                created_at: Set(now),
                updated_at: Set(now),
            });
    stages::Entity::insert_many(default_stages)
        .exec_without_returning(db)
        .await?;
    Ok(workspace)
}

/// Adds `user_id` to the workspace with `role`.
pub async fn add_member<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
    user_id: Uuid,
    role: MembershipRole,
) -> Result<memberships::Model, ApiError> {
    let now = crate::time::now();
    let membership = memberships::Model {
        id: Uuid::now_v7(),
        workspace_id,
        user_id,
        role,
        created_at: now,
        updated_at: now,
    };
    memberships::Entity::insert(memberships::ActiveModel::from(membership.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(membership)
}

/// The workspace a new session of `user_id` starts in: their oldest membership, if any.
pub async fn default_for_user<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<Uuid>, ApiError> {
    use sea_orm::QueryOrder;
    let first = memberships::Entity::find()
        .filter(memberships::Column::UserId.eq(user_id))
        .order_by_asc(memberships::Column::CreatedAt)
        .order_by_asc(memberships::Column::Id)
        .one(db)
        .await?;
    Ok(first.map(|m| m.workspace_id))
}

fn slug_taken_error() -> ApiError {
    ApiError::new(ErrorCode::SlugTaken, "This workspace slug is already taken")
        .with_issues(vec![crate::error::Issue::new("slug", "is already taken")])
}

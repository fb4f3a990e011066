//! Workspaces: creation with the owner's membership and the default pipeline, slug allocation,
//! the caller's list of workspaces.

use crm_api::models::WorkspaceCreateRequest;
use crm_api::types::Nullable;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use uuid::Uuid;

use super::crm_types::CrmType;
use super::{slug, users};
use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::entities::{stages, workspaces};
use crate::error::{ApiError, Issue};
use crate::store::batch::insert_many;
use crate::store::paging::PageRequest;
use crate::store::{Tenant, members};

/// The pipeline a new workspace starts with when no kind of CRM was chosen, in order (1-based).
pub const DEFAULT_STAGES: [&str; 4] = ["Lead", "Qualified", "Proposal", "Negotiation"];

/// How a new workspace starts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Setup {
    /// Made by registration for the new user.
    pub personal: bool,
    /// The kind of CRM chosen (its stages start the pipeline), if any.
    pub crm_type: Option<&'static CrmType>,
}

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
    setup: Setup,
) -> Result<(workspaces::Model, Tenant), ApiError> {
    let now = crate::time::now();
    let mut workspace = workspaces::Model {
        id: Uuid::now_v7(),
        name: name.to_owned(),
        slug: String::new(),
        created_at: now,
        updated_at: now,
        personal: setup.personal,
        crm_type: setup.crm_type.map(|kind| kind.id.to_owned()),
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
    let names = setup
        .crm_type
        .map_or(&DEFAULT_STAGES[..], |kind| kind.stages);
    let default_stages = names
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

/// Whether the workspace is the personal one registration made.
#[expect(
    clippy::disallowed_methods,
    reason = "workspaces is a global table, outside the tenant scope"
)]
pub async fn is_personal<C: ConnectionTrait>(db: &C, id: Uuid) -> Result<bool, ApiError> {
    let workspace = workspaces::Entity::find_by_id(id).one(db).await?;
    Ok(workspace.is_some_and(|w| w.personal))
}

/// Onboarding in place: the tenant's workspace gets `name`, `slug` (when given; a slug another
/// workspace has is a 409 `SLUG_TAKEN`) and the kind of CRM, and stops being "personal".
#[expect(
    clippy::disallowed_methods,
    reason = "workspaces is a global table, outside the tenant scope"
)]
pub async fn configure<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    name: &str,
    slug: Option<&str>,
    crm_type: &CrmType,
) -> Result<(), ApiError> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};
    let mut update = workspaces::Entity::update_many()
        .col_expr(workspaces::Column::Name, Expr::value(name))
        .col_expr(workspaces::Column::CrmType, Expr::value(crm_type.id))
        .col_expr(workspaces::Column::Personal, Expr::value(false))
        .col_expr(
            workspaces::Column::UpdatedAt,
            Expr::value(crate::time::now()),
        )
        .filter(workspaces::Column::Id.eq(tenant.workspace_id()));
    if let Some(slug) = slug {
        update = update.col_expr(workspaces::Column::Slug, Expr::value(slug));
    }
    update.exec(db).await?;
    Ok(())
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
    let (workspace, _owner) =
        create(&txn, user_id, &name, requested_slug, Setup::default()).await?;
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

/// The workspace a new session of `user_id` starts in: the one they chose last (switched to,
/// created, joined, set up), else their oldest membership.
pub async fn default_for_user<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<Uuid>, ApiError> {
    members::preferred_workspace(db, user_id).await
}

//! Onboarding's first step, `POST /onboarding/workspace`: the caller's workspace gets its name,
//! slug and kind of CRM. The personal workspace registration made, while its owner is alone in
//! it and it holds no records, is configured in place (so no second, empty workspace is left
//! behind); otherwise a new workspace is created. Either way the workspace becomes the one the
//! next sign-in lands in, and the answer is a session scoped to it.

use sea_orm::{ConnectionTrait, PaginatorTrait};
use serde_json::json;

use super::crm_types::CrmType;
use super::signin::{self, Session};
use super::{slug, users, workspaces};
use crate::auth::Caller;
use crate::crm::stages::{self, WantedStage};
use crate::entities::{companies, contacts, deals, invoices, memberships, notes, tasks, visits};
use crate::error::{ApiError, Issue};
use crate::state::AppState;
use crate::store::activity::{self, NewActivity};
use crate::store::record::{Tenanted, scoped, scoped_with_deleted};
use crate::store::{Tenant, members};

/// What the caller asked for.
#[derive(Debug, Clone)]
pub struct WorkspaceSetup<'a> {
    /// The workspace's name.
    pub name: &'a str,
    /// The slug asked for (`None`: keep the personal workspace's, or derive one).
    pub slug: Option<&'a str>,
    /// The kind of CRM.
    pub crm_type: &'static CrmType,
}

/// Configures the caller's workspace as [`WorkspaceSetup`] says (see the module documentation).
pub async fn setup_workspace(
    state: &AppState,
    caller: &Caller,
    setup: WorkspaceSetup<'_>,
) -> Result<Session, ApiError> {
    let name = users::display_name(setup.name);
    let requested_slug = setup.slug.filter(|s| !s.is_empty());
    if requested_slug.is_some_and(|s| !slug::is_valid(s)) {
        return Err(ApiError::validation(vec![Issue::new(
            "slug",
            "must be 1 to 63 lower-case letters, digits and single dashes",
        )]));
    }
    let current = caller.workspace_for_read()?;
    let txn = crate::db::begin_write(&state.db).await?;
    let in_place = match current {
        Some(tenant) if configurable_in_place(&txn, tenant).await? => Some(tenant),
        _ => None,
    };
    let tenant = match in_place {
        Some(tenant) => {
            let kind = setup.crm_type;
            workspaces::configure(&txn, tenant, &name, requested_slug, kind).await?;
            replace_pipeline(&txn, tenant, kind).await?;
            members::choose(&txn, tenant).await?;
            tenant
        }
        None => {
            let fresh = workspaces::Setup {
                personal: false,
                crm_type: Some(setup.crm_type),
            };
            let (_workspace, owner) =
                workspaces::create(&txn, caller.user_id, &name, requested_slug, fresh).await?;
            owner
        }
    };
    let metadata = json!({
        "name": name,
        "crmTypeId": setup.crm_type.id,
        "inPlace": in_place.is_some(),
    });
    let configured = NewActivity {
        kind: "workspace.configured",
        entity_type: "workspace",
        entity_id: tenant.workspace_id(),
        metadata: Some(metadata),
    };
    activity::record(&txn, tenant, configured).await?;
    txn.commit().await?;
    signin::switch(state, caller.user_id, tenant.workspace_id()).await
}

/// Whether the tenant's workspace is the personal one, its owner alone in it, holding no
/// record yet (deleted ones count: they are history).
async fn configurable_in_place<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
) -> Result<bool, ApiError> {
    if !tenant.is_owner() || !workspaces::is_personal(db, tenant.workspace_id()).await? {
        return Ok(false);
    }
    if scoped::<memberships::Entity>(tenant).count(db).await? > 1 {
        return Ok(false);
    }
    let any = [
        holds_any::<contacts::Entity, C>(db, tenant).await?,
        holds_any::<companies::Entity, C>(db, tenant).await?,
        holds_any::<deals::Entity, C>(db, tenant).await?,
        holds_any::<tasks::Entity, C>(db, tenant).await?,
        holds_any::<notes::Entity, C>(db, tenant).await?,
        holds_any::<invoices::Entity, C>(db, tenant).await?,
        holds_any::<visits::Entity, C>(db, tenant).await?,
    ];
    Ok(!any.contains(&true))
}

/// Whether the workspace has a row of `E`, deleted ones included.
async fn holds_any<E: Tenanted, C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
) -> Result<bool, ApiError> {
    Ok(scoped_with_deleted::<E>(tenant).one(db).await?.is_some())
}

/// The kind's stages in place of the workspace's (which hold no deals here).
async fn replace_pipeline<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    kind: &CrmType,
) -> Result<(), ApiError> {
    let wanted: Vec<WantedStage> = kind
        .stages
        .iter()
        .zip(1..)
        .map(|(name, order)| WantedStage {
            name: (*name).to_owned(),
            order,
        })
        .collect();
    stages::replace_in(db, tenant, &wanted).await.map(|_| ())
}

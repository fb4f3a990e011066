//! Replacing a workspace's whole pipeline at once (`POST /onboarding/stages`): the listed
//! stages, in the listed order, in one transaction. A listed name matching an existing stage
//! (case-insensitively) keeps it, deals and all, renamed and moved; other names are new stages;
//! an existing stage left out goes, unless it holds live deals (422 `STAGE_IN_USE` naming it,
//! nothing changed).

use std::collections::{HashMap, HashSet};

use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::removal::remove;
use super::{all, live_deals, position};
use crate::crm::input::required;
use crate::entities::stages::{Entity, Model};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::Tenant;
use crate::store::write::{insert, update};

/// One stage of the wanted pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WantedStage {
    /// Its name.
    pub name: String,
    /// Its order (1-based).
    pub order: u32,
}

/// Makes the workspace's stages exactly `wanted` (managers only), in one transaction; answers
/// the pipeline.
pub async fn replace(
    db: &DatabaseConnection,
    tenant: Tenant,
    wanted: &[WantedStage],
) -> Result<Vec<Model>, ApiError> {
    tenant.require_manager()?;
    let wanted = checked(wanted)?;
    let txn = crate::db::begin_write(db).await?;
    let pipeline = replace_in(&txn, tenant, &wanted).await?;
    txn.commit().await?;
    Ok(pipeline)
}

/// [`replace`] in the caller's transaction, for stages already checked (unique names).
pub async fn replace_in<C: ConnectionTrait>(
    txn: &C,
    tenant: Tenant,
    wanted: &[WantedStage],
) -> Result<Vec<Model>, ApiError> {
    let current = all(txn, tenant).await?;
    let mut existing: HashMap<String, Model> = current
        .into_iter()
        .map(|s| (s.name.to_lowercase(), s))
        .collect();
    let now = crate::time::now();
    let mut kept = HashSet::new();
    for stage in wanted {
        let key = stage.name.to_lowercase();
        match existing.get(&key) {
            Some(before) => {
                let mut next = before.clone();
                next.name = stage.name.clone();
                next.position = position(stage.order);
                update::<Entity, _>(txn, tenant, before, next).await?;
                kept.insert(key);
            }
            None => {
                let row = Model {
                    id: Uuid::now_v7(),
                    workspace_id: tenant.workspace_id(),
                    name: stage.name.clone(),
                    position: position(stage.order),
                    created_at: now,
                    updated_at: now,
                };
                insert::<Entity, _>(txn, tenant, row).await?;
            }
        }
    }
    existing.retain(|key, _| !kept.contains(key));
    let mut left_out: Vec<Model> = existing.into_values().collect();
    left_out.sort_by_key(|s| (s.position, s.created_at, s.id));
    for stage in &left_out {
        if !live_deals(txn, tenant, stage.id).await?.is_empty() {
            return Err(in_use(&stage.name));
        }
        remove(txn, tenant, stage, None).await?;
    }
    all(txn, tenant).await
}

/// The wanted stages with their names read like any stage name. A name listed twice is the
/// 409 `NAME_TAKEN` a second stage of that name would be.
fn checked(wanted: &[WantedStage]) -> Result<Vec<WantedStage>, ApiError> {
    let mut issues = Vec::new();
    let mut stages = Vec::with_capacity(wanted.len());
    for (i, stage) in wanted.iter().enumerate() {
        match required(&format!("stages[{i}].name"), &stage.name) {
            Ok(name) => stages.push(WantedStage {
                name,
                order: stage.order,
            }),
            Err(error) => issues.extend(error.issues().iter().cloned()),
        }
    }
    if !issues.is_empty() {
        return Err(ApiError::validation(issues));
    }
    let mut seen = HashSet::new();
    if let Some(i) = stages
        .iter()
        .position(|s| !seen.insert(s.name.to_lowercase()))
    {
        let taken = crate::error::taken("uq_stages_workspace_id_name");
        return Err(taken.nested_under(&format!("stages[{i}]")));
    }
    Ok(stages)
}

fn in_use(name: &str) -> ApiError {
    ApiError::new(
        ErrorCode::StageInUse,
        format!("The stage \u{201c}{name}\u{201d} still has deals: keep it in the pipeline or move its deals first"),
    )
    .with_issues(vec![Issue::new("stages", format!("leaves out \u{201c}{name}\u{201d}, which has deals"))])
}

//! Reference checks: every id a write names must be a live record of the caller's workspace
//! (or, for `assigneeId`, a member of it), else 422 `INVALID_REFERENCE` listing each bad field.
//! One small query per named reference; the composite foreign keys of the schema back this up.

use crm_api::models;
use sea_orm::{ColumnTrait, ConnectionTrait};
use uuid::Uuid;

use crate::entities::sea_orm_active_enums::RelatedType;
use crate::entities::{companies, contacts, deals, stages, tasks};
use crate::error::{ApiError, ErrorCode, Issue};
use crate::store::Tenant;
use crate::store::list::Filters;
use crate::store::members;
use crate::store::record::{Tenanted, exists};
use crate::store::write::Precondition;

/// What a reference must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A live company.
    Company,
    /// A live contact.
    Contact,
    /// A stage.
    Stage,
    /// A member of the workspace (a user id).
    Member,
    /// A live record of this kind (`relatedType`).
    Related(RelatedType),
}

/// The references of one write, checked together.
#[derive(Debug, Default)]
pub struct Refs {
    checks: Vec<(&'static str, Target, Uuid)>,
}

impl Refs {
    /// No references yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks `id` (when given) at the contract field `field`.
    pub fn add(mut self, field: &'static str, target: Target, id: Option<Uuid>) -> Self {
        if let Some(id) = id {
            self.checks.push((field, target, id));
        }
        self
    }

    /// 422 `INVALID_REFERENCE` with one issue per reference that names nothing live here.
    pub async fn check<C: ConnectionTrait>(self, db: &C, tenant: Tenant) -> Result<(), ApiError> {
        let mut issues = Vec::new();
        for (field, target, id) in self.checks {
            if !names_live(db, tenant, target, id).await? {
                issues.push(Issue::new(field, message(target)));
            }
        }
        if issues.is_empty() {
            return Ok(());
        }
        Err(ApiError::new(
            ErrorCode::InvalidReference,
            "A referenced record does not exist in this workspace",
        )
        .with_issues(issues))
    }
}

/// The references are the precondition of the write that names them.
impl Precondition for Refs {
    fn check<C: ConnectionTrait>(
        self,
        db: &C,
        tenant: Tenant,
    ) -> impl std::future::Future<Output = Result<(), ApiError>> + Send {
        Refs::check(self, db, tenant)
    }
}

async fn names_live<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    target: Target,
    id: Uuid,
) -> Result<bool, ApiError> {
    match target {
        Target::Company | Target::Related(RelatedType::Company) => {
            exists::<companies::Entity, _>(db, tenant, id).await
        }
        Target::Contact | Target::Related(RelatedType::Contact) => {
            exists::<contacts::Entity, _>(db, tenant, id).await
        }
        Target::Stage => exists::<stages::Entity, _>(db, tenant, id).await,
        Target::Related(RelatedType::Deal) => exists::<deals::Entity, _>(db, tenant, id).await,
        Target::Related(RelatedType::Task) => exists::<tasks::Entity, _>(db, tenant, id).await,
        Target::Member => members::is_member(db, tenant, id).await,
    }
}

/// The `relatedType` and `relatedId` filters of tasks and notes.
pub fn attached_to(
    filters: Filters,
    columns: (impl ColumnTrait, impl ColumnTrait),
    related_type: Option<models::RelatedType>,
    related_id: Option<Uuid>,
) -> Filters {
    filters
        .eq(columns.0, related_type.map(related_from_api))
        .eq(columns.1, related_id)
}

/// Database related type → contract.
pub fn related_to_api(value: RelatedType) -> models::RelatedType {
    match value {
        RelatedType::Contact => models::RelatedType::Contact,
        RelatedType::Company => models::RelatedType::Company,
        RelatedType::Deal => models::RelatedType::Deal,
        RelatedType::Task => models::RelatedType::Task,
    }
}

/// Contract related type → database.
pub fn related_from_api(value: models::RelatedType) -> RelatedType {
    match value {
        models::RelatedType::Contact => RelatedType::Contact,
        models::RelatedType::Company => RelatedType::Company,
        models::RelatedType::Deal => RelatedType::Deal,
        models::RelatedType::Task => RelatedType::Task,
    }
}

fn message(target: Target) -> String {
    let what = match target {
        Target::Company => companies::Entity::LABEL,
        Target::Contact => contacts::Entity::LABEL,
        Target::Stage => stages::Entity::LABEL,
        Target::Member => "member",
        Target::Related(RelatedType::Contact) => contacts::Entity::LABEL,
        Target::Related(RelatedType::Company) => companies::Entity::LABEL,
        Target::Related(RelatedType::Deal) => deals::Entity::LABEL,
        Target::Related(RelatedType::Task) => tasks::Entity::LABEL,
    };
    format!("does not name a {} of this workspace", what.to_lowercase())
}

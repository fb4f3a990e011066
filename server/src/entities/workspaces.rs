//! `workspaces`: the tenants. Every tenant table references this one through `workspace_id`.

use sea_orm::entity::prelude::*;

/// A workspace. `slug` is unique across the server (`uq_workspaces_slug`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workspaces")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Display name.
    #[sea_orm(column_type = "Text")]
    pub name: String,
    /// URL-friendly name, globally unique.
    #[sea_orm(column_type = "Text", unique)]
    pub slug: String,
    /// When the workspace was created (UTC).
    pub created_at: DateTimeUtc,
    /// When the workspace last changed (UTC).
    pub updated_at: DateTimeUtc,
    /// Made by registration for a new user (onboarding may rename it while it holds no records).
    pub personal: bool,
    /// The kind of CRM chosen at onboarding (`software-company` …), if any.
    #[sea_orm(column_type = "String(StringLen::N(64))", nullable)]
    pub crm_type: Option<String>,
}

/// A workspace points at no other table (the tenant tables name it in their own relations;
/// entities only know their parents, so the module graph has no cycles).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

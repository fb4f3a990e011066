//! The entities under their table names, for `use crate::entities::prelude::*`.

pub use super::activities::Entity as Activities;
pub use super::companies::Entity as Companies;
pub use super::contacts::Entity as Contacts;
pub use super::deals::Entity as Deals;
pub use super::entity_counters::Entity as EntityCounters;
pub use super::invites::Entity as Invites;
pub use super::invoices::Entity as Invoices;
pub use super::memberships::Entity as Memberships;
pub use super::notes::Entity as Notes;
pub use super::rate_limit_counters::Entity as RateLimitCounters;
pub use super::refresh_tokens::Entity as RefreshTokens;
pub use super::server_settings::Entity as ServerSettings;
pub use super::sessions::Entity as Sessions;
pub use super::stages::Entity as Stages;
pub use super::tasks::Entity as Tasks;
pub use super::users::Entity as Users;
pub use super::visits::Entity as Visits;
pub use super::workspace_sequences::Entity as WorkspaceSequences;
pub use super::workspaces::Entity as Workspaces;

//! Accounts and access: users, workspaces, memberships and invites, as domain operations over the
//! database. The `api` layer turns requests into calls here and results into contract models.

pub mod activity;
pub mod invites;
pub mod login_limit;
pub mod memberships;
pub mod slug;
pub mod users;
pub mod workspaces;

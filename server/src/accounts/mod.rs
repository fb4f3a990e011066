//! Accounts and access: users, workspaces, memberships and invites, as domain operations over
//! the store, and the sign-in flows that hand out sessions. The `api` layer turns requests into
//! calls here and results into contract models.

pub mod crm_types;
pub mod failed_logins;
pub mod invite_acceptance;
pub mod invites;
pub mod memberships;
pub mod onboarding;
pub mod registration;
pub mod signin;
pub mod slug;
pub mod users;
pub mod workspaces;

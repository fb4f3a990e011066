//! The tenant scope: which workspace a piece of work happens in, on whose behalf, with which
//! role. Every query, insert, update, delete, count, report and search on a tenant table takes a
//! [`Tenant`], and the store's functions apply its workspace themselves.
//!
//! A `Tenant` cannot be made up: its fields are private and its constructor is visible only
//! inside the store, which builds one from a membership row it has just read or written
//! ([`super::members`]): when the bearer token is resolved (`auth::caller`), when a membership
//! is created (registration, a new workspace, an accepted invite) and when a user switches to a
//! workspace. Holding a `Tenant` therefore means the database said this user belongs to this
//! workspace with this role.

use uuid::Uuid;

use crate::entities::sea_orm_active_enums::MembershipRole;
use crate::error::ApiError;

/// A member of a workspace acting in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tenant {
    workspace_id: Uuid,
    user_id: Uuid,
    role: MembershipRole,
}

impl Tenant {
    /// The scope of `user_id` in `workspace_id`; only the store builds one, from a membership.
    pub(super) fn new(workspace_id: Uuid, user_id: Uuid, role: MembershipRole) -> Self {
        Self {
            workspace_id,
            user_id,
            role,
        }
    }

    /// The workspace every row touched belongs to.
    pub fn workspace_id(&self) -> Uuid {
        self.workspace_id
    }

    /// The member acting (owner of what they create, actor of the activities).
    pub fn user_id(&self) -> Uuid {
        self.user_id
    }

    /// The member's role in the workspace.
    pub fn role(&self) -> MembershipRole {
        self.role
    }

    /// OWNER: may grant and take away ownership.
    pub fn is_owner(&self) -> bool {
        self.role == MembershipRole::Owner
    }

    /// OWNER or ADMIN: may manage members, invites and stages.
    pub fn is_manager(&self) -> bool {
        matches!(self.role, MembershipRole::Owner | MembershipRole::Admin)
    }

    /// 403 unless the member is OWNER or ADMIN.
    pub fn require_manager(&self) -> Result<(), ApiError> {
        if self.is_manager() {
            Ok(())
        } else {
            Err(ApiError::forbidden(
                "Only an owner or admin of the workspace may do this",
            ))
        }
    }
}

//! A workspace with one member of each role, built through the API: the owner registers, invites
//! an admin and a member, and both register with their invite tokens.

use serde_json::{Value, json};

use super::TestApp;
use super::accounts::{User, email, expect_json, rows};

/// An owner, an admin and a member of one workspace.
pub struct Team {
    /// Registered first; OWNER of `workspace`.
    pub owner: User,
    /// Joined by invite as ADMIN.
    pub admin: User,
    /// Joined by invite as MEMBER.
    pub member: User,
    /// The owner's personal workspace, which the others joined.
    pub workspace: String,
}

impl Team {
    /// Everyone, owner first.
    pub fn everyone(&self) -> [&User; 3] {
        [&self.owner, &self.admin, &self.member]
    }
}

impl TestApp {
    /// A [`Team`] whose emails start with `prefix` (`{prefix}-owner@example.com`, …).
    pub async fn team(&self, prefix: &str) -> Team {
        let owner = self
            .register(
                &format!("{prefix} Owner"),
                &email(&format!("{prefix}-owner")),
            )
            .await;
        let admin = self.join(&owner, &format!("{prefix}-admin"), "ADMIN").await;
        let member = self
            .join(&owner, &format!("{prefix}-member"), "MEMBER")
            .await;
        let workspace = owner.workspace().to_owned();
        Team {
            owner,
            admin,
            member,
            workspace,
        }
    }

    /// `by` invites `{who}@example.com` with `role`, who registers with the token.
    pub async fn join(&self, by: &User, who: &str, role: &str) -> User {
        let invite = self.invite(by, &email(who), role).await;
        let token = invite["token"].as_str().expect("invite token");
        let joined = self.register_invited(who, &email(who), token).await;
        assert_eq!(joined.workspace_id.as_deref(), Some(by.workspace()));
        joined
    }

    /// `POST /v1/invites {email, role}` as `by`, expecting 201; answers the invite.
    pub async fn invite(&self, by: &User, email: &str, role: &str) -> Value {
        let body = json!({ "email": email, "role": role });
        expect_json(self.post_as(by, "/v1/invites", body).await, 201).await
    }

    /// The membership row of `user_id` in the workspace `viewer` acts in.
    pub async fn membership_of(&self, viewer: &User, user_id: &str) -> Value {
        let list = self.get_ok(viewer, "/v1/memberships?limit=200").await;
        rows(&list)
            .iter()
            .find(|m| m["userId"] == user_id)
            .cloned()
            .unwrap_or_else(|| panic!("no membership of {user_id} in {list}"))
    }

    /// The id of `user_id`'s membership, as a `/v1/memberships/{id}` path.
    pub async fn membership_path(&self, viewer: &User, user_id: &str) -> String {
        let membership = self.membership_of(viewer, user_id).await;
        format!("/v1/memberships/{}", membership["id"].as_str().expect("id"))
    }
}

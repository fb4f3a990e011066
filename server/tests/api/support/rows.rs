//! Reading and nudging database rows directly, for what the API does not show (password
//! hashes, audit rows before `GET /activities` exists) or cannot do quickly (expiry).

use chrono::Duration;
use crm_server::entities::{
    activities, invites, memberships, rate_limit_counters, sessions, stages, users, workspaces,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::TestApp;

/// Parses an id from a response.
pub fn uuid(id: &str) -> Uuid {
    Uuid::parse_str(id).unwrap_or_else(|e| panic!("{id:?} is not a UUID: {e}"))
}

impl TestApp {
    /// The stored user with this (lower-case) email.
    pub async fn user_row(&self, email: &str) -> Option<users::Model> {
        users::Entity::find()
            .filter(users::Column::Email.eq(email))
            .one(&self.state.db)
            .await
            .expect("users query")
    }

    /// How many users exist.
    pub async fn user_count(&self) -> u64 {
        users::Entity::find()
            .count(&self.state.db)
            .await
            .expect("users count")
    }

    /// How many workspaces exist.
    pub async fn workspace_count(&self) -> u64 {
        workspaces::Entity::find()
            .count(&self.state.db)
            .await
            .expect("workspaces count")
    }

    /// The workspace row.
    pub async fn workspace_row(&self, id: &str) -> workspaces::Model {
        workspaces::Entity::find_by_id(uuid(id))
            .one(&self.state.db)
            .await
            .expect("workspaces query")
            .expect("workspace exists")
    }

    /// The workspace's stages as `(name, order)`, in order.
    pub async fn stage_rows(&self, workspace: &str) -> Vec<(String, i32)> {
        stages::Entity::find()
            .filter(stages::Column::WorkspaceId.eq(uuid(workspace)))
            .order_by_asc(stages::Column::Position)
            .all(&self.state.db)
            .await
            .expect("stages query")
            .into_iter()
            .map(|s| (s.name, s.position))
            .collect()
    }

    /// Every membership row of a workspace, as `(user id, role)`, sorted.
    pub async fn membership_rows(&self, workspace: &str) -> Vec<(Uuid, String)> {
        let mut rows: Vec<(Uuid, String)> = memberships::Entity::find()
            .filter(memberships::Column::WorkspaceId.eq(uuid(workspace)))
            .all(&self.state.db)
            .await
            .expect("memberships query")
            .into_iter()
            .map(|m| (m.user_id, format!("{:?}", m.role)))
            .collect();
        rows.sort();
        rows
    }

    /// The activities of `kind` in a workspace, oldest first.
    pub async fn activity_rows(&self, workspace: &str, kind: &str) -> Vec<activities::Model> {
        activities::Entity::find()
            .filter(activities::Column::WorkspaceId.eq(uuid(workspace)))
            .filter(activities::Column::Type.eq(kind))
            .order_by_asc(activities::Column::Id)
            .all(&self.state.db)
            .await
            .expect("activities query")
    }

    /// How many activities a workspace has.
    pub async fn activity_count(&self, workspace: &str) -> u64 {
        activities::Entity::find()
            .filter(activities::Column::WorkspaceId.eq(uuid(workspace)))
            .count(&self.state.db)
            .await
            .expect("activities count")
    }

    /// The invite row.
    pub async fn invite_row(&self, id: &str) -> Option<invites::Model> {
        invites::Entity::find_by_id(uuid(id))
            .one(&self.state.db)
            .await
            .expect("invites query")
    }

    /// Moves the expiry of every session of the user into the past (as if
    /// `CRM_REFRESH_TOKEN_TTL` had run out).
    pub async fn expire_sessions(&self, user_id: &str) {
        sessions::Entity::update_many()
            .col_expr(
                sessions::Column::ExpiresAt,
                Expr::value(crm_server::time::now() - Duration::seconds(1)),
            )
            .filter(sessions::Column::UserId.eq(uuid(user_id)))
            .exec(&self.state.db)
            .await
            .expect("session expiry update");
    }

    /// Moves the invite's expiry into the past (the shortest configurable TTL is a minute).
    pub async fn expire_invite(&self, id: &str) {
        invites::Entity::update_many()
            .col_expr(
                invites::Column::ExpiresAt,
                Expr::value(crm_server::time::now() - Duration::seconds(1)),
            )
            .filter(invites::Column::Id.eq(uuid(id)))
            .exec(&self.state.db)
            .await
            .expect("invite expiry update");
    }

    /// Moves every rate-limit window of buckets starting with `prefix` back by `by`, as if that
    /// much time had passed (the key includes the window, so rows are replaced).
    pub async fn age_rate_limits(&self, prefix: &str, by: Duration) {
        let db = &self.state.db;
        let rows = rate_limit_counters::Entity::find()
            .filter(rate_limit_counters::Column::Bucket.starts_with(prefix))
            .all(db)
            .await
            .expect("counters query");
        assert!(!rows.is_empty(), "no {prefix} counters to age");
        rate_limit_counters::Entity::delete_many()
            .filter(rate_limit_counters::Column::Bucket.starts_with(prefix))
            .exec(db)
            .await
            .expect("counters delete");
        let aged = rows
            .into_iter()
            .map(|row| rate_limit_counters::ActiveModel {
                window_start: sea_orm::ActiveValue::Set(row.window_start - by),
                ..row.into()
            });
        rate_limit_counters::Entity::insert_many(aged)
            .exec_without_returning(db)
            .await
            .expect("counters insert");
    }
}

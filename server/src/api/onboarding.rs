//! `Onboarding` operations: the workspace, its pipeline and the first invites of a new user.

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use chrono::Duration;
use crm_api::apis::onboarding::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::{ApiImpl, convert};
use crate::accounts::crm_types;
use crate::accounts::invites;
use crate::accounts::onboarding::{self, WorkspaceSetup};
use crate::auth::Caller;
use crate::crm::stages::{self, WantedStage};
use crate::error::ApiError;

/// The kind of CRM a request names (the generated enum has only known ids).
fn crm_type(id: models::CrmTypeId) -> Result<&'static crm_types::CrmType, ApiError> {
    crm_types::find(&id.to_string()).ok_or_else(|| {
        ApiError::invalid_field(
            "crmTypeId",
            format!("must be one of {}", crm_types::known_ids()),
        )
    })
}

#[async_trait]
impl Onboarding<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn onboard_invites(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::OnboardInvitesHeaderParams,
        body: &models::OnboardingInvitesRequest,
    ) -> Result<OnboardInvitesResponse, ApiError> {
        let state = &self.state;
        let ttl =
            Duration::seconds(i64::try_from(state.config.invite_ttl.as_secs()).unwrap_or(i64::MAX));
        let wanted: Vec<_> = body
            .invites
            .iter()
            .map(|i| (i.email.clone(), convert::role_from(i.role)))
            .collect();
        let created = invites::invite_many(&state.db, claims.workspace()?, &wanted, ttl).await?;
        let key = state.keys.invite_key();
        let total = i64::try_from(created.len()).unwrap_or(i64::MAX);
        Ok(OnboardInvitesResponse::Status201_TheInvitesCreated(
            models::ListInvitesResponse::new(
                created.iter().map(|i| convert::invite(i, key)).collect(),
                total,
                convert::nullable(None),
            ),
        ))
    }

    async fn onboard_stages(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::OnboardStagesHeaderParams,
        body: &models::OnboardingStagesRequest,
    ) -> Result<OnboardStagesResponse, ApiError> {
        crm_type(body.crm_type_id)?;
        let wanted: Vec<WantedStage> = body
            .stages
            .iter()
            .map(|s| WantedStage {
                name: s.name.clone(),
                order: s.order,
            })
            .collect();
        let pipeline = stages::replace(&self.state.db, claims.workspace()?, &wanted).await?;
        let total = i64::try_from(pipeline.len()).unwrap_or(i64::MAX);
        Ok(OnboardStagesResponse::Status200_TheWorkspace(
            models::ListStagesResponse::new(
                pipeline.iter().map(stages::to_api).collect(),
                total,
                convert::nullable(None),
            ),
        ))
    }

    async fn onboard_workspace(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::OnboardWorkspaceHeaderParams,
        body: &models::OnboardingWorkspaceRequest,
    ) -> Result<OnboardWorkspaceResponse, ApiError> {
        let slug = match &body.slug {
            Some(crm_api::types::Nullable::Present(slug)) => Some(slug.as_str()),
            _ => None,
        };
        let setup = WorkspaceSetup {
            name: &body.name,
            slug,
            crm_type: crm_type(body.crm_type_id)?,
        };
        let session = onboarding::setup_workspace(&self.state, claims, setup).await?;
        Ok(
            OnboardWorkspaceResponse::Status200_TheSessionScopedToTheConfiguredWorkspace(
                convert::session(session.tokens, &session.user, session.workspace_id),
            ),
        )
    }
}

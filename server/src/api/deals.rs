//! `Deals` operations: thin handlers over [`crate::crm::deals`].

use async_trait::async_trait;
use axum_extra::extract::CookieJar;
use crm_api::apis::deals::*;
use crm_api::models;
use headers::Host;
use http::Method;

use super::versioned::{self, Read};
use super::{ApiImpl, convert};
use crate::auth::Caller;
use crate::crm::deals::{self, to_api};
use crate::entities::deals::Entity;
use crate::error::ApiError;
use crate::store::{record, remove};

#[async_trait]
impl Deals<ApiError> for ApiImpl {
    type Claims = Caller;

    async fn create_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::CreateDealHeaderParams,
        body: &models::DealCreateRequest,
    ) -> Result<CreateDealResponse, ApiError> {
        let row = deals::create(&self.state.db, claims.workspace()?, body).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(CreateDealResponse::Status201_TheNewDeal {
            location: Some(format!("/v1/deals/{}", row.id)),
            body,
            e_tag,
        })
    }

    async fn delete_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::DeleteDealHeaderParams,
        path_params: &models::DeleteDealPathParams,
    ) -> Result<DeleteDealResponse, ApiError> {
        deals::delete(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
        )
        .await?;
        Ok(DeleteDealResponse::Status200_TheDealIsDeleted(
            models::OkResponse::new(true),
        ))
    }

    async fn get_deal_by_id(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::GetDealByIdHeaderParams,
        path_params: &models::GetDealByIdPathParams,
    ) -> Result<GetDealByIdResponse, ApiError> {
        let ctx = claims.workspace_for_read()?;
        let deal = record::get::<Entity, _>(&self.state.db, ctx, path_params.id).await?;
        Ok(
            match versioned::read(header_params.if_none_match.as_deref(), deal) {
                Read::NotModified(e_tag) => GetDealByIdResponse::Status304_NotModified { e_tag },
                Read::Fresh(body, e_tag) => GetDealByIdResponse::Status200_TheDeal { body, e_tag },
            },
        )
    }

    async fn list_deals(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::ListDealsHeaderParams,
        query_params: &models::ListDealsQueryParams,
    ) -> Result<ListDealsResponse, ApiError> {
        let page = deals::list(&self.state.db, claims.workspace_for_read()?, query_params).await?;
        Ok(ListDealsResponse::Status200_TheDeals(
            models::ListDealsResponse::new(page.rows, page.total, convert::nullable(page.next)),
        ))
    }

    async fn update_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        header_params: &models::UpdateDealHeaderParams,
        path_params: &models::UpdateDealPathParams,
        body: &models::DealUpdateRequest,
    ) -> Result<UpdateDealResponse, ApiError> {
        let row = deals::update(
            &self.state.db,
            claims.workspace()?,
            path_params.id,
            &versioned::if_match(&header_params.if_match),
            body,
        )
        .await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(UpdateDealResponse::Status200_TheUpdatedDeal { body, e_tag })
    }

    async fn restore_deal(
        &self,
        _method: &Method,
        _host: &Host,
        _cookies: &CookieJar,
        claims: &Caller,
        _header_params: &models::RestoreDealHeaderParams,
        path_params: &models::RestoreDealPathParams,
    ) -> Result<RestoreDealResponse, ApiError> {
        let row =
            remove::restore::<Entity>(&self.state.db, claims.workspace()?, path_params.id).await?;
        let (body, e_tag) = versioned::tagged(to_api(&row));
        Ok(RestoreDealResponse::Status200_TheRestoredDeal { body, e_tag })
    }
}

use std::collections::HashMap;

use axum::{body::Body, extract::*, response::Response, routing::*};
use axum_extra::{
    TypedHeader,
    extract::{CookieJar, Query as QueryExtra},
};
use bytes::Bytes;
use headers::Host;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header::CONTENT_TYPE};
use tracing::error;
use validator::{Validate, ValidationErrors};

#[allow(unused_imports)]
use crate::{apis, models};
use crate::{header, types::*};
#[allow(unused_imports)]
use crate::{
    models::check_xss_map, models::check_xss_map_nested, models::check_xss_map_string,
    models::check_xss_string, models::check_xss_vec_string,
};

/// Setup API Server.
pub fn new<I, A, E, C>(api_impl: I) -> Router
where
    I: AsRef<A> + Clone + Send + Sync + 'static,
    A: apis::activities::Activities<E, Claims = C>
        + apis::auth::Auth<E, Claims = C>
        + apis::companies::Companies<E, Claims = C>
        + apis::contacts::Contacts<E, Claims = C>
        + apis::deals::Deals<E, Claims = C>
        + apis::invites::Invites<E, Claims = C>
        + apis::invoices::Invoices<E, Claims = C>
        + apis::memberships::Memberships<E, Claims = C>
        + apis::notes::Notes<E, Claims = C>
        + apis::onboarding::Onboarding<E, Claims = C>
        + apis::reports::Reports<E, Claims = C>
        + apis::search::Search<E, Claims = C>
        + apis::stages::Stages<E, Claims = C>
        + apis::tasks::Tasks<E, Claims = C>
        + apis::visits::Visits<E, Claims = C>
        + apis::webhooks::Webhooks<E, Claims = C>
        + apis::workspaces::Workspaces<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync
        + 'static,
    E: std::fmt::Debug + Send + Sync + 'static,
    C: Send + Sync + 'static,
{
    // build our application with a route
    Router::new()
        .route("/v1/activities", get(list_activities::<I, A, E, C>))
        .route("/v1/auth/login", post(auth_login::<I, A, E, C>))
        .route("/v1/auth/logout", post(auth_logout::<I, A, E, C>))
        .route("/v1/auth/me", get(auth_me::<I, A, E, C>))
        .route("/v1/auth/refresh", post(auth_refresh::<I, A, E, C>))
        .route("/v1/auth/register", post(auth_register::<I, A, E, C>))
        .route(
            "/v1/companies",
            get(list_companies::<I, A, E, C>).post(create_company::<I, A, E, C>),
        )
        .route(
            "/v1/companies/{id}",
            delete(delete_company::<I, A, E, C>)
                .get(get_company_by_id::<I, A, E, C>)
                .patch(update_company::<I, A, E, C>),
        )
        .route(
            "/v1/companies/{id}/restore",
            post(restore_company::<I, A, E, C>),
        )
        .route(
            "/v1/contacts",
            get(list_contacts::<I, A, E, C>).post(create_contact::<I, A, E, C>),
        )
        .route(
            "/v1/contacts/bulk-delete",
            post(bulk_delete_contacts::<I, A, E, C>),
        )
        .route("/v1/contacts/export", get(export_contacts::<I, A, E, C>))
        .route("/v1/contacts/import", post(import_contacts::<I, A, E, C>))
        .route(
            "/v1/contacts/{id}",
            delete(delete_contact::<I, A, E, C>)
                .get(get_contact_by_id::<I, A, E, C>)
                .patch(update_contact::<I, A, E, C>),
        )
        .route(
            "/v1/contacts/{id}/restore",
            post(restore_contact::<I, A, E, C>),
        )
        .route(
            "/v1/deals",
            get(list_deals::<I, A, E, C>).post(create_deal::<I, A, E, C>),
        )
        .route(
            "/v1/deals/{id}",
            delete(delete_deal::<I, A, E, C>)
                .get(get_deal_by_id::<I, A, E, C>)
                .patch(update_deal::<I, A, E, C>),
        )
        .route("/v1/deals/{id}/restore", post(restore_deal::<I, A, E, C>))
        .route(
            "/v1/invites",
            get(list_invites::<I, A, E, C>).post(create_invite::<I, A, E, C>),
        )
        .route("/v1/invites/accept", post(accept_invite::<I, A, E, C>))
        .route("/v1/invites/{id}", delete(delete_invite::<I, A, E, C>))
        .route(
            "/v1/invoices",
            get(list_invoices::<I, A, E, C>).post(create_invoice::<I, A, E, C>),
        )
        .route(
            "/v1/invoices/{id}",
            delete(delete_invoice::<I, A, E, C>)
                .get(get_invoice_by_id::<I, A, E, C>)
                .patch(update_invoice::<I, A, E, C>),
        )
        .route(
            "/v1/invoices/{id}/restore",
            post(restore_invoice::<I, A, E, C>),
        )
        .route("/v1/memberships", get(list_memberships::<I, A, E, C>))
        .route(
            "/v1/memberships/{id}",
            delete(delete_membership::<I, A, E, C>).patch(update_membership::<I, A, E, C>),
        )
        .route(
            "/v1/notes",
            get(list_notes::<I, A, E, C>).post(create_note::<I, A, E, C>),
        )
        .route("/v1/notes/{id}", delete(delete_note::<I, A, E, C>))
        .route(
            "/v1/onboarding/invites",
            post(onboard_invites::<I, A, E, C>),
        )
        .route("/v1/onboarding/stages", post(onboard_stages::<I, A, E, C>))
        .route(
            "/v1/onboarding/workspace",
            post(onboard_workspace::<I, A, E, C>),
        )
        .route(
            "/v1/reports/dashboard",
            get(get_dashboard_report::<I, A, E, C>),
        )
        .route(
            "/v1/reports/invoice-aging",
            get(get_invoice_aging_report::<I, A, E, C>),
        )
        .route(
            "/v1/reports/pipeline",
            get(get_pipeline_report::<I, A, E, C>),
        )
        .route("/v1/search", get(global_search::<I, A, E, C>))
        .route(
            "/v1/stages",
            get(list_stages::<I, A, E, C>).post(create_stage::<I, A, E, C>),
        )
        .route("/v1/stages/reorder", put(reorder_stages::<I, A, E, C>))
        .route(
            "/v1/stages/{id}",
            delete(delete_stage::<I, A, E, C>).patch(update_stage::<I, A, E, C>),
        )
        .route(
            "/v1/tasks",
            get(list_tasks::<I, A, E, C>).post(create_task::<I, A, E, C>),
        )
        .route(
            "/v1/tasks/{id}",
            delete(delete_task::<I, A, E, C>)
                .get(get_task_by_id::<I, A, E, C>)
                .patch(update_task::<I, A, E, C>),
        )
        .route("/v1/users", get(list_users::<I, A, E, C>))
        .route(
            "/v1/visits",
            get(list_visits::<I, A, E, C>).post(create_visit::<I, A, E, C>),
        )
        .route(
            "/v1/visits/{id}",
            delete(delete_visit::<I, A, E, C>).patch(update_visit::<I, A, E, C>),
        )
        .route(
            "/v1/webhooks",
            get(list_webhooks::<I, A, E, C>).post(create_webhook::<I, A, E, C>),
        )
        .route(
            "/v1/webhooks/{id}",
            delete(delete_webhook::<I, A, E, C>)
                .get(get_webhook::<I, A, E, C>)
                .patch(update_webhook::<I, A, E, C>),
        )
        .route(
            "/v1/webhooks/{id}/deliveries",
            get(list_webhook_deliveries::<I, A, E, C>),
        )
        .route(
            "/v1/webhooks/{id}/deliveries/{delivery_id}/replay",
            post(replay_webhook_delivery::<I, A, E, C>),
        )
        .route(
            "/v1/webhooks/{id}/rotate-secret",
            post(rotate_webhook_secret::<I, A, E, C>),
        )
        .route(
            "/v1/workspaces",
            get(list_workspaces::<I, A, E, C>).post(create_workspace::<I, A, E, C>),
        )
        .route(
            "/v1/workspaces/switch",
            post(switch_workspace::<I, A, E, C>),
        )
        .with_state(api_impl)
}

#[tracing::instrument(skip_all)]
fn list_activities_validation(
    header_params: models::ListActivitiesHeaderParams,
    query_params: models::ListActivitiesQueryParams,
) -> std::result::Result<
    (
        models::ListActivitiesHeaderParams,
        models::ListActivitiesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("entity_type", "entityType", "", None),
        field("entity_id", "entityId", "", None),
        field("date_from", "dateFrom", "", None),
        field("date_to", "dateTo", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListActivities - GET /v1/activities
async fn list_activities<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListActivitiesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::activities::Activities<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["entityId", "dateFrom", "dateTo", "limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListActivitiesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_activities_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_activities(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::activities::ListActivitiesResponse::Status200_TheActivities(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::activities::ListActivitiesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::activities::ListActivitiesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::activities::ListActivitiesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::activities::ListActivitiesResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct AuthLoginBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::AuthLoginRequest,
}

#[tracing::instrument(skip_all)]
fn auth_login_validation(
    header_params: models::AuthLoginHeaderParams,
    body: models::AuthLoginRequest,
) -> std::result::Result<(models::AuthLoginHeaderParams, models::AuthLoginRequest), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "AuthLoginRequest", None)];
    let b = AuthLoginBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// AuthLogin - POST /v1/auth/login
async fn auth_login<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::AuthLoginRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::auth::Auth<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::AuthLoginHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = auth_login_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .auth_login(&method, &host, &cookies, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::auth::AuthLoginResponse::Status200_TheSession {
                body,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status429 {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "retry_after", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(429);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLoginResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn auth_logout_validation(
    header_params: models::AuthLogoutHeaderParams,
) -> std::result::Result<(models::AuthLogoutHeaderParams,), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;

    Ok((header_params,))
}
/// AuthLogout - POST /v1/auth/logout
async fn auth_logout<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::auth::Auth<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::AuthLogoutHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = auth_logout_validation(header_params);

    let (header_params,) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .auth_logout(&method, &host, &cookies, &claims, &header_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::auth::AuthLogoutResponse::Status200_TheSessionIsOver(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLogoutResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLogoutResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLogoutResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthLogoutResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn auth_me_validation(
    header_params: models::AuthMeHeaderParams,
) -> std::result::Result<(models::AuthMeHeaderParams,), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;

    Ok((header_params,))
}
/// AuthMe - GET /v1/auth/me
async fn auth_me<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::auth::Auth<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::AuthMeHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = auth_me_validation(header_params);

    let (header_params,) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .auth_me(&method, &host, &cookies, &claims, &header_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::auth::AuthMeResponse::Status200_TheCurrentUser(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthMeResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthMeResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthMeResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct AuthRefreshBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::AuthRefreshRequest,
}

#[tracing::instrument(skip_all)]
fn auth_refresh_validation(
    header_params: models::AuthRefreshHeaderParams,
    body: models::AuthRefreshRequest,
) -> std::result::Result<(models::AuthRefreshHeaderParams, models::AuthRefreshRequest), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "AuthRefreshRequest", None)];
    let b = AuthRefreshBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// AuthRefresh - POST /v1/auth/refresh
async fn auth_refresh<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::AuthRefreshRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::auth::Auth<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::AuthRefreshHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = auth_refresh_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .auth_refresh(&method, &host, &cookies, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::auth::AuthRefreshResponse::Status200_TheRefreshedSession {
                body,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status429 {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "retry_after", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(429);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRefreshResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct AuthRegisterBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::AuthRegisterRequest,
}

#[tracing::instrument(skip_all)]
fn auth_register_validation(
    header_params: models::AuthRegisterHeaderParams,
    body: models::AuthRegisterRequest,
) -> std::result::Result<
    (
        models::AuthRegisterHeaderParams,
        models::AuthRegisterRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "AuthRegisterRequest", None)];
    let b = AuthRegisterBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// AuthRegister - POST /v1/auth/register
async fn auth_register<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::AuthRegisterRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::auth::Auth<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::AuthRegisterHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = auth_register_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .auth_register(&method, &host, &cookies, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::auth::AuthRegisterResponse::Status200_TheNewAccount {
                body,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status429 {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "retry_after", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(429);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::auth::AuthRegisterResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateCompanyBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::CompanyCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_company_validation(
    header_params: models::CreateCompanyHeaderParams,
    body: models::CompanyCreateRequest,
) -> std::result::Result<
    (
        models::CreateCompanyHeaderParams,
        models::CompanyCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "CompanyCreateRequest", None)];
    let b = CreateCompanyBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateCompany - POST /v1/companies
async fn create_company<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::CompanyCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateCompanyHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_company_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_company(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::CreateCompanyResponse::Status201_TheNewCompany {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(location) = location {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "location", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                }
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::CreateCompanyResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_company_validation(
    header_params: models::DeleteCompanyHeaderParams,
    path_params: models::DeleteCompanyPathParams,
) -> std::result::Result<
    (
        models::DeleteCompanyHeaderParams,
        models::DeleteCompanyPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteCompany - DELETE /v1/companies/{id}
async fn delete_company<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteCompanyPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteCompanyHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_company_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_company(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::DeleteCompanyResponse::Status200_TheCompanyIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::DeleteCompanyResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_company_by_id_validation(
    header_params: models::GetCompanyByIdHeaderParams,
    path_params: models::GetCompanyByIdPathParams,
) -> std::result::Result<
    (
        models::GetCompanyByIdHeaderParams,
        models::GetCompanyByIdPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_none_match", "If-None-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetCompanyById - GET /v1/companies/{id}
async fn get_company_by_id<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetCompanyByIdPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-None-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::GetCompanyByIdHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_none_match: header_if_none_match,
        }
    };

    let validation = get_company_by_id_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_company_by_id(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::GetCompanyByIdResponse::Status200_TheCompany { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::GetCompanyByIdResponse::Status304_NotModified { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::companies::GetCompanyByIdResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::GetCompanyByIdResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::GetCompanyByIdResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::GetCompanyByIdResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::GetCompanyByIdResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_companies_validation(
    header_params: models::ListCompaniesHeaderParams,
    query_params: models::ListCompaniesQueryParams,
) -> std::result::Result<
    (
        models::ListCompaniesHeaderParams,
        models::ListCompaniesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("deleted", "deleted", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("q", "q", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListCompanies - GET /v1/companies
async fn list_companies<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListCompaniesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["deleted", "limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListCompaniesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_companies_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_companies(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::ListCompaniesResponse::Status200_TheCompanies(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::ListCompaniesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::ListCompaniesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::ListCompaniesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::ListCompaniesResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn restore_company_validation(
    header_params: models::RestoreCompanyHeaderParams,
    path_params: models::RestoreCompanyPathParams,
) -> std::result::Result<
    (
        models::RestoreCompanyHeaderParams,
        models::RestoreCompanyPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// RestoreCompany - POST /v1/companies/{id}/restore
async fn restore_company<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::RestoreCompanyPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::RestoreCompanyHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = restore_company_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .restore_company(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::RestoreCompanyResponse::Status200_TheRestoredCompany {
                body,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::RestoreCompanyResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateCompanyBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::CompanyUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_company_validation(
    header_params: models::UpdateCompanyHeaderParams,
    path_params: models::UpdateCompanyPathParams,
    body: models::CompanyUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateCompanyHeaderParams,
        models::UpdateCompanyPathParams,
        models::CompanyUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "CompanyUpdateRequest", None)];
    let b = UpdateCompanyBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateCompany - PATCH /v1/companies/{id}
async fn update_company<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateCompanyPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::CompanyUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::companies::Companies<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateCompanyHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_company_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_company(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::companies::UpdateCompanyResponse::Status200_TheUpdatedCompany { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::companies::UpdateCompanyResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct BulkDeleteContactsBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ContactBulkDeleteRequest,
}

#[tracing::instrument(skip_all)]
fn bulk_delete_contacts_validation(
    header_params: models::BulkDeleteContactsHeaderParams,
    body: models::ContactBulkDeleteRequest,
) -> std::result::Result<
    (
        models::BulkDeleteContactsHeaderParams,
        models::ContactBulkDeleteRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "ContactBulkDeleteRequest", None)];
    let b = BulkDeleteContactsBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// BulkDeleteContacts - POST /v1/contacts/bulk-delete
async fn bulk_delete_contacts<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::ContactBulkDeleteRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::BulkDeleteContactsHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = bulk_delete_contacts_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .bulk_delete_contacts(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::BulkDeleteContactsResponse::Status200_HowManyContactsWereDeleted(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::BulkDeleteContactsResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateContactBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ContactCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_contact_validation(
    header_params: models::CreateContactHeaderParams,
    body: models::ContactCreateRequest,
) -> std::result::Result<
    (
        models::CreateContactHeaderParams,
        models::ContactCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "ContactCreateRequest", None)];
    let b = CreateContactBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateContact - POST /v1/contacts
async fn create_contact<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::ContactCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateContactHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_contact_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_contact(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::CreateContactResponse::Status201_TheNewContact {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(location) = location {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "location", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                }
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::CreateContactResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_contact_validation(
    header_params: models::DeleteContactHeaderParams,
    path_params: models::DeleteContactPathParams,
) -> std::result::Result<
    (
        models::DeleteContactHeaderParams,
        models::DeleteContactPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteContact - DELETE /v1/contacts/{id}
async fn delete_contact<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteContactPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteContactHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_contact_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_contact(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::DeleteContactResponse::Status200_TheContactIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::DeleteContactResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn export_contacts_validation(
    header_params: models::ExportContactsHeaderParams,
    query_params: models::ExportContactsQueryParams,
) -> std::result::Result<
    (
        models::ExportContactsHeaderParams,
        models::ExportContactsQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[field("format", "format", "", None)];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ExportContacts - GET /v1/contacts/export
async fn export_contacts<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ExportContactsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["format"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ExportContactsHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = export_contacts_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .export_contacts(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::ExportContactsResponse::Status200_TheContactsAsCSV {
                body,
                content_disposition,
            } => {
                let mut response = Response::builder();
                if let Some(content_disposition) = content_disposition {
                    let content_disposition = match header::IntoHeaderValue(content_disposition)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "content_disposition", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("content-disposition"),
                            content_disposition,
                        );
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/csv"));
                }

                let body_content = body;
                response.body(Body::from(body_content))
            }
            apis::contacts::ExportContactsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ExportContactsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ExportContactsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ExportContactsResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_contact_by_id_validation(
    header_params: models::GetContactByIdHeaderParams,
    path_params: models::GetContactByIdPathParams,
) -> std::result::Result<
    (
        models::GetContactByIdHeaderParams,
        models::GetContactByIdPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_none_match", "If-None-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetContactById - GET /v1/contacts/{id}
async fn get_contact_by_id<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetContactByIdPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-None-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::GetContactByIdHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_none_match: header_if_none_match,
        }
    };

    let validation = get_contact_by_id_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_contact_by_id(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::GetContactByIdResponse::Status200_TheContact { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::GetContactByIdResponse::Status304_NotModified { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::contacts::GetContactByIdResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::GetContactByIdResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::GetContactByIdResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::GetContactByIdResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::GetContactByIdResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ImportContactsBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ContactImportRequest,
}

#[tracing::instrument(skip_all)]
fn import_contacts_validation(
    header_params: models::ImportContactsHeaderParams,
    query_params: models::ImportContactsQueryParams,
    body: models::ContactImportRequest,
) -> std::result::Result<
    (
        models::ImportContactsHeaderParams,
        models::ImportContactsQueryParams,
        models::ContactImportRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("dry_run", "dryRun", "", None),
        field("skip_invalid", "skipInvalid", "", None),
        field("on_duplicate", "onDuplicate", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "ContactImportRequest", None)];
    let b = ImportContactsBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, query_params, body))
}
/// ImportContacts - POST /v1/contacts/import
async fn import_contacts<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ImportContactsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::ContactImportRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["dryRun", "skipInvalid", "onDuplicate"]) {
        return Ok(response);
    }
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::ImportContactsHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = import_contacts_validation(header_params, query_params, body);

    let (header_params, query_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .import_contacts(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::ImportContactsResponse::Status200_TheImportedContacts {
                body,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status413(body) => {
                let mut response = Response::builder();
                let mut response = response.status(413);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status429 {
                body,
                retry_after,
                rate_limit_policy,
                rate_limit,
            } => {
                let mut response = Response::builder();
                {
                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "retry_after", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers
                            .insert(HeaderName::from_static("retry-after"), retry_after);
                    }
                }
                if let Some(rate_limit_policy) = rate_limit_policy {
                    let rate_limit_policy = match header::IntoHeaderValue(rate_limit_policy)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit_policy", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("ratelimit-policy"),
                            rate_limit_policy,
                        );
                    }
                }
                if let Some(rate_limit) = rate_limit {
                    let rate_limit = match header::IntoHeaderValue(rate_limit).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "rate_limit", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("ratelimit"), rate_limit);
                    }
                }
                let mut response = response.status(429);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ImportContactsResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_contacts_validation(
    header_params: models::ListContactsHeaderParams,
    query_params: models::ListContactsQueryParams,
) -> std::result::Result<
    (
        models::ListContactsHeaderParams,
        models::ListContactsQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("deleted", "deleted", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("q", "q", "", None),
        field("company_id", "companyId", "", None),
        field("customer_type", "customerType", "", None),
        field("tag", "tag", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListContacts - GET /v1/contacts
async fn list_contacts<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListContactsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) =
        empty_query_value(&uri, &["deleted", "limit", "companyId", "customerType"])
    {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListContactsHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_contacts_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_contacts(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::ListContactsResponse::Status200_TheContacts(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ListContactsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ListContactsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ListContactsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::ListContactsResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn restore_contact_validation(
    header_params: models::RestoreContactHeaderParams,
    path_params: models::RestoreContactPathParams,
) -> std::result::Result<
    (
        models::RestoreContactHeaderParams,
        models::RestoreContactPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// RestoreContact - POST /v1/contacts/{id}/restore
async fn restore_contact<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::RestoreContactPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::RestoreContactHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = restore_contact_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .restore_contact(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::RestoreContactResponse::Status200_TheRestoredContact {
                body,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::RestoreContactResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateContactBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::ContactUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_contact_validation(
    header_params: models::UpdateContactHeaderParams,
    path_params: models::UpdateContactPathParams,
    body: models::ContactUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateContactHeaderParams,
        models::UpdateContactPathParams,
        models::ContactUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "ContactUpdateRequest", None)];
    let b = UpdateContactBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateContact - PATCH /v1/contacts/{id}
async fn update_contact<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateContactPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::ContactUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::contacts::Contacts<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateContactHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_contact_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_contact(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::contacts::UpdateContactResponse::Status200_TheUpdatedContact { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::contacts::UpdateContactResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateDealBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::DealCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_deal_validation(
    header_params: models::CreateDealHeaderParams,
    body: models::DealCreateRequest,
) -> std::result::Result<(models::CreateDealHeaderParams, models::DealCreateRequest), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "DealCreateRequest", None)];
    let b = CreateDealBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateDeal - POST /v1/deals
async fn create_deal<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::DealCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateDealHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_deal_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_deal(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::CreateDealResponse::Status201_TheNewDeal {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(location) = location {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "location", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                }
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::CreateDealResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_deal_validation(
    header_params: models::DeleteDealHeaderParams,
    path_params: models::DeleteDealPathParams,
) -> std::result::Result<(models::DeleteDealHeaderParams, models::DeleteDealPathParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteDeal - DELETE /v1/deals/{id}
async fn delete_deal<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteDealPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteDealHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_deal_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_deal(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::DeleteDealResponse::Status200_TheDealIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::DeleteDealResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_deal_by_id_validation(
    header_params: models::GetDealByIdHeaderParams,
    path_params: models::GetDealByIdPathParams,
) -> std::result::Result<
    (
        models::GetDealByIdHeaderParams,
        models::GetDealByIdPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_none_match", "If-None-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetDealById - GET /v1/deals/{id}
async fn get_deal_by_id<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetDealByIdPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-None-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::GetDealByIdHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_none_match: header_if_none_match,
        }
    };

    let validation = get_deal_by_id_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_deal_by_id(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::GetDealByIdResponse::Status200_TheDeal { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::GetDealByIdResponse::Status304_NotModified { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::deals::GetDealByIdResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::GetDealByIdResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::GetDealByIdResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::GetDealByIdResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::GetDealByIdResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_deals_validation(
    header_params: models::ListDealsHeaderParams,
    query_params: models::ListDealsQueryParams,
) -> std::result::Result<(models::ListDealsHeaderParams, models::ListDealsQueryParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("deleted", "deleted", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("q", "q", "", None),
        field("stage_id", "stageId", "", None),
        field("status", "status", "", None),
        field("owner_id", "ownerId", "", None),
        field("company_id", "companyId", "", None),
        field("primary_contact_id", "primaryContactId", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListDeals - GET /v1/deals
async fn list_deals<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListDealsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(
        &uri,
        &[
            "deleted",
            "limit",
            "stageId",
            "status",
            "ownerId",
            "companyId",
            "primaryContactId",
        ],
    ) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListDealsHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_deals_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_deals(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::ListDealsResponse::Status200_TheDeals(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::ListDealsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::ListDealsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::ListDealsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::ListDealsResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn restore_deal_validation(
    header_params: models::RestoreDealHeaderParams,
    path_params: models::RestoreDealPathParams,
) -> std::result::Result<
    (
        models::RestoreDealHeaderParams,
        models::RestoreDealPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// RestoreDeal - POST /v1/deals/{id}/restore
async fn restore_deal<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::RestoreDealPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::RestoreDealHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = restore_deal_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .restore_deal(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::RestoreDealResponse::Status200_TheRestoredDeal { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::RestoreDealResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateDealBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::DealUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_deal_validation(
    header_params: models::UpdateDealHeaderParams,
    path_params: models::UpdateDealPathParams,
    body: models::DealUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateDealHeaderParams,
        models::UpdateDealPathParams,
        models::DealUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "DealUpdateRequest", None)];
    let b = UpdateDealBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateDeal - PATCH /v1/deals/{id}
async fn update_deal<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateDealPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::DealUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::deals::Deals<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateDealHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_deal_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_deal(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::deals::UpdateDealResponse::Status200_TheUpdatedDeal { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::deals::UpdateDealResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct AcceptInviteBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::InviteAcceptRequest,
}

#[tracing::instrument(skip_all)]
fn accept_invite_validation(
    header_params: models::AcceptInviteHeaderParams,
    body: models::InviteAcceptRequest,
) -> std::result::Result<
    (
        models::AcceptInviteHeaderParams,
        models::InviteAcceptRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "InviteAcceptRequest", None)];
    let b = AcceptInviteBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// AcceptInvite - POST /v1/invites/accept
async fn accept_invite<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::InviteAcceptRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invites::Invites<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::AcceptInviteHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = accept_invite_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .accept_invite(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invites::AcceptInviteResponse::Status200_TheSessionScopedToTheJoinedWorkspace(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::AcceptInviteResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateInviteBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::InviteCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_invite_validation(
    header_params: models::CreateInviteHeaderParams,
    body: models::InviteCreateRequest,
) -> std::result::Result<
    (
        models::CreateInviteHeaderParams,
        models::InviteCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "InviteCreateRequest", None)];
    let b = CreateInviteBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateInvite - POST /v1/invites
async fn create_invite<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::InviteCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invites::Invites<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateInviteHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_invite_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_invite(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invites::CreateInviteResponse::Status201_TheInvite(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::CreateInviteResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_invite_validation(
    header_params: models::DeleteInviteHeaderParams,
    path_params: models::DeleteInvitePathParams,
) -> std::result::Result<
    (
        models::DeleteInviteHeaderParams,
        models::DeleteInvitePathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteInvite - DELETE /v1/invites/{id}
async fn delete_invite<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteInvitePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invites::Invites<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteInviteHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = delete_invite_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_invite(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invites::DeleteInviteResponse::Status200_TheInviteIsRevoked(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::DeleteInviteResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::DeleteInviteResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::DeleteInviteResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::DeleteInviteResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::DeleteInviteResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_invites_validation(
    header_params: models::ListInvitesHeaderParams,
    query_params: models::ListInvitesQueryParams,
) -> std::result::Result<
    (
        models::ListInvitesHeaderParams,
        models::ListInvitesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListInvites - GET /v1/invites
async fn list_invites<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListInvitesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invites::Invites<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListInvitesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_invites_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_invites(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invites::ListInvitesResponse::Status200_TheInvites(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::ListInvitesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::ListInvitesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::ListInvitesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invites::ListInvitesResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateInvoiceBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::InvoiceCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_invoice_validation(
    header_params: models::CreateInvoiceHeaderParams,
    body: models::InvoiceCreateRequest,
) -> std::result::Result<
    (
        models::CreateInvoiceHeaderParams,
        models::InvoiceCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "InvoiceCreateRequest", None)];
    let b = CreateInvoiceBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateInvoice - POST /v1/invoices
async fn create_invoice<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::InvoiceCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateInvoiceHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_invoice_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_invoice(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::CreateInvoiceResponse::Status201_TheNewInvoice {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(location) = location {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "location", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                }
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::CreateInvoiceResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_invoice_validation(
    header_params: models::DeleteInvoiceHeaderParams,
    path_params: models::DeleteInvoicePathParams,
) -> std::result::Result<
    (
        models::DeleteInvoiceHeaderParams,
        models::DeleteInvoicePathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteInvoice - DELETE /v1/invoices/{id}
async fn delete_invoice<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteInvoicePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteInvoiceHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_invoice_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_invoice(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::DeleteInvoiceResponse::Status200_TheInvoiceIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::DeleteInvoiceResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_invoice_by_id_validation(
    header_params: models::GetInvoiceByIdHeaderParams,
    path_params: models::GetInvoiceByIdPathParams,
) -> std::result::Result<
    (
        models::GetInvoiceByIdHeaderParams,
        models::GetInvoiceByIdPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_none_match", "If-None-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetInvoiceById - GET /v1/invoices/{id}
async fn get_invoice_by_id<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetInvoiceByIdPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-None-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::GetInvoiceByIdHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_none_match: header_if_none_match,
        }
    };

    let validation = get_invoice_by_id_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_invoice_by_id(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::GetInvoiceByIdResponse::Status200_TheInvoice { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::GetInvoiceByIdResponse::Status304_NotModified { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::invoices::GetInvoiceByIdResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::GetInvoiceByIdResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::GetInvoiceByIdResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::GetInvoiceByIdResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::GetInvoiceByIdResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_invoices_validation(
    header_params: models::ListInvoicesHeaderParams,
    query_params: models::ListInvoicesQueryParams,
) -> std::result::Result<
    (
        models::ListInvoicesHeaderParams,
        models::ListInvoicesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("deleted", "deleted", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("status", "status", "", None),
        field("related_type", "relatedType", "", None),
        field("related_id", "relatedId", "", None),
        field("issued_from", "issuedFrom", "", None),
        field("issued_to", "issuedTo", "", None),
        field("due_from", "dueFrom", "", None),
        field("due_to", "dueTo", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListInvoices - GET /v1/invoices
async fn list_invoices<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListInvoicesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(
        &uri,
        &[
            "deleted",
            "limit",
            "status",
            "relatedType",
            "relatedId",
            "issuedFrom",
            "issuedTo",
            "dueFrom",
            "dueTo",
        ],
    ) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListInvoicesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_invoices_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_invoices(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::ListInvoicesResponse::Status200_TheInvoices(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::ListInvoicesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::ListInvoicesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::ListInvoicesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::ListInvoicesResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn restore_invoice_validation(
    header_params: models::RestoreInvoiceHeaderParams,
    path_params: models::RestoreInvoicePathParams,
) -> std::result::Result<
    (
        models::RestoreInvoiceHeaderParams,
        models::RestoreInvoicePathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// RestoreInvoice - POST /v1/invoices/{id}/restore
async fn restore_invoice<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::RestoreInvoicePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::RestoreInvoiceHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = restore_invoice_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .restore_invoice(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::RestoreInvoiceResponse::Status200_TheRestoredInvoice {
                body,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::RestoreInvoiceResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateInvoiceBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::InvoiceUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_invoice_validation(
    header_params: models::UpdateInvoiceHeaderParams,
    path_params: models::UpdateInvoicePathParams,
    body: models::InvoiceUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateInvoiceHeaderParams,
        models::UpdateInvoicePathParams,
        models::InvoiceUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "InvoiceUpdateRequest", None)];
    let b = UpdateInvoiceBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateInvoice - PATCH /v1/invoices/{id}
async fn update_invoice<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateInvoicePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::InvoiceUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::invoices::Invoices<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateInvoiceHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_invoice_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_invoice(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::invoices::UpdateInvoiceResponse::Status200_TheUpdatedInvoice { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::invoices::UpdateInvoiceResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_membership_validation(
    header_params: models::DeleteMembershipHeaderParams,
    path_params: models::DeleteMembershipPathParams,
) -> std::result::Result<
    (
        models::DeleteMembershipHeaderParams,
        models::DeleteMembershipPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteMembership - DELETE /v1/memberships/{id}
async fn delete_membership<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteMembershipPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::memberships::Memberships<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteMembershipHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_membership_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_membership(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::memberships::DeleteMembershipResponse::Status200_TheMemberIsRemoved(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::DeleteMembershipResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_memberships_validation(
    header_params: models::ListMembershipsHeaderParams,
    query_params: models::ListMembershipsQueryParams,
) -> std::result::Result<
    (
        models::ListMembershipsHeaderParams,
        models::ListMembershipsQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListMemberships - GET /v1/memberships
async fn list_memberships<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListMembershipsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::memberships::Memberships<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListMembershipsHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_memberships_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_memberships(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::memberships::ListMembershipsResponse::Status200_TheMemberships(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListMembershipsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListMembershipsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListMembershipsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListMembershipsResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_users_validation(
    header_params: models::ListUsersHeaderParams,
    query_params: models::ListUsersQueryParams,
) -> std::result::Result<(models::ListUsersHeaderParams, models::ListUsersQueryParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListUsers - GET /v1/users
async fn list_users<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListUsersQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::memberships::Memberships<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListUsersHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_users_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_users(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::memberships::ListUsersResponse::Status200_TheUsers(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListUsersResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListUsersResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListUsersResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::ListUsersResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateMembershipBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::MembershipUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_membership_validation(
    header_params: models::UpdateMembershipHeaderParams,
    path_params: models::UpdateMembershipPathParams,
    body: models::MembershipUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateMembershipHeaderParams,
        models::UpdateMembershipPathParams,
        models::MembershipUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "MembershipUpdateRequest", None)];
    let b = UpdateMembershipBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateMembership - PATCH /v1/memberships/{id}
async fn update_membership<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateMembershipPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::MembershipUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::memberships::Memberships<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateMembershipHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_membership_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_membership(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::memberships::UpdateMembershipResponse::Status200_TheUpdatedMembership {
                body,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::memberships::UpdateMembershipResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateNoteBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::NoteCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_note_validation(
    header_params: models::CreateNoteHeaderParams,
    body: models::NoteCreateRequest,
) -> std::result::Result<(models::CreateNoteHeaderParams, models::NoteCreateRequest), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "NoteCreateRequest", None)];
    let b = CreateNoteBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateNote - POST /v1/notes
async fn create_note<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::NoteCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notes::Notes<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateNoteHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_note_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_note(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::notes::CreateNoteResponse::Status201_TheNewNote { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::CreateNoteResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_note_validation(
    header_params: models::DeleteNoteHeaderParams,
    path_params: models::DeleteNotePathParams,
) -> std::result::Result<(models::DeleteNoteHeaderParams, models::DeleteNotePathParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteNote - DELETE /v1/notes/{id}
async fn delete_note<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteNotePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notes::Notes<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteNoteHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_note_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_note(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::notes::DeleteNoteResponse::Status200_TheNoteIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::DeleteNoteResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_notes_validation(
    header_params: models::ListNotesHeaderParams,
    query_params: models::ListNotesQueryParams,
) -> std::result::Result<(models::ListNotesHeaderParams, models::ListNotesQueryParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("related_type", "relatedType", "", None),
        field("related_id", "relatedId", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListNotes - GET /v1/notes
async fn list_notes<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListNotesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::notes::Notes<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["relatedType", "relatedId", "limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListNotesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_notes_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_notes(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::notes::ListNotesResponse::Status200_TheNotes(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::ListNotesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::ListNotesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::ListNotesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::notes::ListNotesResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct OnboardInvitesBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::OnboardingInvitesRequest,
}

#[tracing::instrument(skip_all)]
fn onboard_invites_validation(
    header_params: models::OnboardInvitesHeaderParams,
    body: models::OnboardingInvitesRequest,
) -> std::result::Result<
    (
        models::OnboardInvitesHeaderParams,
        models::OnboardingInvitesRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "OnboardingInvitesRequest", None)];
    let b = OnboardInvitesBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// OnboardInvites - POST /v1/onboarding/invites
async fn onboard_invites<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::OnboardingInvitesRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::onboarding::Onboarding<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::OnboardInvitesHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = onboard_invites_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .onboard_invites(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::onboarding::OnboardInvitesResponse::Status201_TheInvitesCreated(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardInvitesResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct OnboardStagesBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::OnboardingStagesRequest,
}

#[tracing::instrument(skip_all)]
fn onboard_stages_validation(
    header_params: models::OnboardStagesHeaderParams,
    body: models::OnboardingStagesRequest,
) -> std::result::Result<
    (
        models::OnboardStagesHeaderParams,
        models::OnboardingStagesRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "OnboardingStagesRequest", None)];
    let b = OnboardStagesBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// OnboardStages - POST /v1/onboarding/stages
async fn onboard_stages<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::OnboardingStagesRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::onboarding::Onboarding<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::OnboardStagesHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = onboard_stages_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .onboard_stages(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::onboarding::OnboardStagesResponse::Status200_TheWorkspace(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::onboarding::OnboardStagesResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct OnboardWorkspaceBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::OnboardingWorkspaceRequest,
}

#[tracing::instrument(skip_all)]
fn onboard_workspace_validation(
    header_params: models::OnboardWorkspaceHeaderParams,
    body: models::OnboardingWorkspaceRequest,
) -> std::result::Result<
    (
        models::OnboardWorkspaceHeaderParams,
        models::OnboardingWorkspaceRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "OnboardingWorkspaceRequest", None)];
    let b = OnboardWorkspaceBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// OnboardWorkspace - POST /v1/onboarding/workspace
async fn onboard_workspace<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::OnboardingWorkspaceRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::onboarding::Onboarding<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::OnboardWorkspaceHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = onboard_workspace_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .onboard_workspace(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::onboarding::OnboardWorkspaceResponse::Status200_TheSessionScopedToTheConfiguredWorkspace
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status400
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status401
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(www_authenticate) = www_authenticate {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                error!(error = ?e, header = "www_authenticate", "response header could not be built");
                                return Ok(internal_error());
                            }
                        };

                        if let Some(response_headers) = response.headers_mut() {
                            response_headers.insert(
                                  HeaderName::from_static("www-authenticate"),
                                  www_authenticate
                            );
                        }
                    }
                                                  let mut response = response.status(401);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status403
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status409
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(409);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status422
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::onboarding::OnboardWorkspaceResponse::Status0_AnyOtherErrorInTheSameEnvelope
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_dashboard_report_validation(
    header_params: models::GetDashboardReportHeaderParams,
    query_params: models::GetDashboardReportQueryParams,
) -> std::result::Result<
    (
        models::GetDashboardReportHeaderParams,
        models::GetDashboardReportQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[field("days", "days", "", None)];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// GetDashboardReport - GET /v1/reports/dashboard
async fn get_dashboard_report<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::GetDashboardReportQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::reports::Reports<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["days"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::GetDashboardReportHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = get_dashboard_report_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_dashboard_report(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::reports::GetDashboardReportResponse::Status200_TheDashboardFigures(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetDashboardReportResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetDashboardReportResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetDashboardReportResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_invoice_aging_report_validation(
    header_params: models::GetInvoiceAgingReportHeaderParams,
) -> std::result::Result<(models::GetInvoiceAgingReportHeaderParams,), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;

    Ok((header_params,))
}
/// GetInvoiceAgingReport - GET /v1/reports/invoice-aging
async fn get_invoice_aging_report<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::reports::Reports<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::GetInvoiceAgingReportHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = get_invoice_aging_report_validation(header_params);

    let (header_params,) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_invoice_aging_report(&method, &host, &cookies, &claims, &header_params)
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::reports::GetInvoiceAgingReportResponse::Status200_TheAgingReport
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::reports::GetInvoiceAgingReportResponse::Status401
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(www_authenticate) = www_authenticate {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                error!(error = ?e, header = "www_authenticate", "response header could not be built");
                                return Ok(internal_error());
                            }
                        };

                        if let Some(response_headers) = response.headers_mut() {
                            response_headers.insert(
                                  HeaderName::from_static("www-authenticate"),
                                  www_authenticate
                            );
                        }
                    }
                                                  let mut response = response.status(401);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::reports::GetInvoiceAgingReportResponse::Status403
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::reports::GetInvoiceAgingReportResponse::Status0_AnyOtherErrorInTheSameEnvelope
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_pipeline_report_validation(
    header_params: models::GetPipelineReportHeaderParams,
) -> std::result::Result<(models::GetPipelineReportHeaderParams,), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;

    Ok((header_params,))
}
/// GetPipelineReport - GET /v1/reports/pipeline
async fn get_pipeline_report<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::reports::Reports<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::GetPipelineReportHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = get_pipeline_report_validation(header_params);

    let (header_params,) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_pipeline_report(&method, &host, &cookies, &claims, &header_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::reports::GetPipelineReportResponse::Status200_ThePipelineReport(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetPipelineReportResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetPipelineReportResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::reports::GetPipelineReportResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn global_search_validation(
    header_params: models::GlobalSearchHeaderParams,
    query_params: models::GlobalSearchQueryParams,
) -> std::result::Result<
    (
        models::GlobalSearchHeaderParams,
        models::GlobalSearchQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] =
        &[field("q", "q", "", None), field("limit", "limit", "", None)];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// GlobalSearch - GET /v1/search
async fn global_search<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::GlobalSearchQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::search::Search<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["q", "limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::GlobalSearchHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = global_search_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .global_search(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::search::GlobalSearchResponse::Status200_TheHits(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::search::GlobalSearchResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::search::GlobalSearchResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::search::GlobalSearchResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::search::GlobalSearchResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateStageBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::StageCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_stage_validation(
    header_params: models::CreateStageHeaderParams,
    body: models::StageCreateRequest,
) -> std::result::Result<(models::CreateStageHeaderParams, models::StageCreateRequest), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "StageCreateRequest", None)];
    let b = CreateStageBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateStage - POST /v1/stages
async fn create_stage<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::StageCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::stages::Stages<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateStageHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_stage_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_stage(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::stages::CreateStageResponse::Status201_TheNewStage { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::CreateStageResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_stage_validation(
    header_params: models::DeleteStageHeaderParams,
    path_params: models::DeleteStagePathParams,
    query_params: models::DeleteStageQueryParams,
) -> std::result::Result<
    (
        models::DeleteStageHeaderParams,
        models::DeleteStagePathParams,
        models::DeleteStageQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[field("target_stage_id", "targetStageId", "", None)];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, path_params, query_params))
}
/// DeleteStage - DELETE /v1/stages/{id}
async fn delete_stage<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteStagePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    query_params: Result<
        QueryExtra<models::DeleteStageQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::stages::Stages<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["targetStageId"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteStageHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_stage_validation(header_params, path_params, query_params);

    let (header_params, path_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_stage(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::stages::DeleteStageResponse::Status200_TheStageIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::DeleteStageResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_stages_validation(
    header_params: models::ListStagesHeaderParams,
    query_params: models::ListStagesQueryParams,
) -> std::result::Result<
    (
        models::ListStagesHeaderParams,
        models::ListStagesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListStages - GET /v1/stages
async fn list_stages<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListStagesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::stages::Stages<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListStagesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_stages_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_stages(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::stages::ListStagesResponse::Status200_TheStages(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ListStagesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ListStagesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ListStagesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ListStagesResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct ReorderStagesBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::StageReorderRequest,
}

#[tracing::instrument(skip_all)]
fn reorder_stages_validation(
    header_params: models::ReorderStagesHeaderParams,
    body: models::StageReorderRequest,
) -> std::result::Result<
    (
        models::ReorderStagesHeaderParams,
        models::StageReorderRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "StageReorderRequest", None)];
    let b = ReorderStagesBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// ReorderStages - PUT /v1/stages/reorder
async fn reorder_stages<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::StageReorderRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::stages::Stages<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ReorderStagesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = reorder_stages_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .reorder_stages(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::stages::ReorderStagesResponse::Status200_TheStagesInTheirNewOrder(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ReorderStagesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ReorderStagesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ReorderStagesResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::ReorderStagesResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateStageBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::StageUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_stage_validation(
    header_params: models::UpdateStageHeaderParams,
    path_params: models::UpdateStagePathParams,
    body: models::StageUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateStageHeaderParams,
        models::UpdateStagePathParams,
        models::StageUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "StageUpdateRequest", None)];
    let b = UpdateStageBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateStage - PATCH /v1/stages/{id}
async fn update_stage<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateStagePathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::StageUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::stages::Stages<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateStageHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_stage_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_stage(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::stages::UpdateStageResponse::Status200_TheUpdatedStage { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::stages::UpdateStageResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateTaskBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::TaskCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_task_validation(
    header_params: models::CreateTaskHeaderParams,
    body: models::TaskCreateRequest,
) -> std::result::Result<(models::CreateTaskHeaderParams, models::TaskCreateRequest), Vec<Issue>> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "TaskCreateRequest", None)];
    let b = CreateTaskBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateTask - POST /v1/tasks
async fn create_task<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::TaskCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tasks::Tasks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateTaskHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_task_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_task(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tasks::CreateTaskResponse::Status201_TheNewTask {
                body,
                location,
                e_tag,
            } => {
                let mut response = Response::builder();
                if let Some(location) = location {
                    let location = match header::IntoHeaderValue(location).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "location", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("location"), location);
                    }
                }
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::CreateTaskResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_task_validation(
    header_params: models::DeleteTaskHeaderParams,
    path_params: models::DeleteTaskPathParams,
) -> std::result::Result<(models::DeleteTaskHeaderParams, models::DeleteTaskPathParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteTask - DELETE /v1/tasks/{id}
async fn delete_task<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteTaskPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tasks::Tasks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteTaskHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_task_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_task(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tasks::DeleteTaskResponse::Status200_TheTaskIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::DeleteTaskResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_task_by_id_validation(
    header_params: models::GetTaskByIdHeaderParams,
    path_params: models::GetTaskByIdPathParams,
) -> std::result::Result<
    (
        models::GetTaskByIdHeaderParams,
        models::GetTaskByIdPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_none_match", "If-None-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetTaskById - GET /v1/tasks/{id}
async fn get_task_by_id<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetTaskByIdPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tasks::Tasks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_none_match = headers.get(HeaderName::from_static("if-none-match"));

        let header_if_none_match = match header_if_none_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-None-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::GetTaskByIdHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_none_match: header_if_none_match,
        }
    };

    let validation = get_task_by_id_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_task_by_id(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tasks::GetTaskByIdResponse::Status200_TheTask { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::GetTaskByIdResponse::Status304_NotModified { e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(304);
                response.body(Body::empty())
            }
            apis::tasks::GetTaskByIdResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::GetTaskByIdResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::GetTaskByIdResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::GetTaskByIdResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::GetTaskByIdResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_tasks_validation(
    header_params: models::ListTasksHeaderParams,
    query_params: models::ListTasksQueryParams,
) -> std::result::Result<(models::ListTasksHeaderParams, models::ListTasksQueryParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("status", "status", "", None),
        field("assignee_id", "assigneeId", "", None),
        field("related_type", "relatedType", "", None),
        field("related_id", "relatedId", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListTasks - GET /v1/tasks
async fn list_tasks<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListTasksQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tasks::Tasks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(
        &uri,
        &["limit", "status", "assigneeId", "relatedType", "relatedId"],
    ) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListTasksHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_tasks_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_tasks(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tasks::ListTasksResponse::Status200_TheTasks(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::ListTasksResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::ListTasksResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::ListTasksResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::ListTasksResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateTaskBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::TaskUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_task_validation(
    header_params: models::UpdateTaskHeaderParams,
    path_params: models::UpdateTaskPathParams,
    body: models::TaskUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateTaskHeaderParams,
        models::UpdateTaskPathParams,
        models::TaskUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "TaskUpdateRequest", None)];
    let b = UpdateTaskBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateTask - PATCH /v1/tasks/{id}
async fn update_task<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateTaskPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::TaskUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::tasks::Tasks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateTaskHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_task_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_task(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::tasks::UpdateTaskResponse::Status200_TheUpdatedTask { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::tasks::UpdateTaskResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateVisitBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::VisitCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_visit_validation(
    header_params: models::CreateVisitHeaderParams,
    body: models::VisitCreateRequest,
) -> std::result::Result<(models::CreateVisitHeaderParams, models::VisitCreateRequest), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "VisitCreateRequest", None)];
    let b = CreateVisitBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateVisit - POST /v1/visits
async fn create_visit<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::VisitCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::visits::Visits<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateVisitHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_visit_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_visit(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::visits::CreateVisitResponse::Status201_TheNewVisit { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::CreateVisitResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_visit_validation(
    header_params: models::DeleteVisitHeaderParams,
    path_params: models::DeleteVisitPathParams,
) -> std::result::Result<
    (
        models::DeleteVisitHeaderParams,
        models::DeleteVisitPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteVisit - DELETE /v1/visits/{id}
async fn delete_visit<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteVisitPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::visits::Visits<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteVisitHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = delete_visit_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_visit(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::visits::DeleteVisitResponse::Status200_TheVisitIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::DeleteVisitResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_visits_validation(
    header_params: models::ListVisitsHeaderParams,
    query_params: models::ListVisitsQueryParams,
) -> std::result::Result<
    (
        models::ListVisitsHeaderParams,
        models::ListVisitsQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
        field("contact_id", "contactId", "", None),
        field("status", "status", "", None),
        field("date_from", "dateFrom", "", None),
        field("date_to", "dateTo", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListVisits - GET /v1/visits
async fn list_visits<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListVisitsQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::visits::Visits<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(
        &uri,
        &["limit", "contactId", "status", "dateFrom", "dateTo"],
    ) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListVisitsHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_visits_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_visits(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::visits::ListVisitsResponse::Status200_TheVisits(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::ListVisitsResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::ListVisitsResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::ListVisitsResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::ListVisitsResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateVisitBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::VisitUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_visit_validation(
    header_params: models::UpdateVisitHeaderParams,
    path_params: models::UpdateVisitPathParams,
    body: models::VisitUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateVisitHeaderParams,
        models::UpdateVisitPathParams,
        models::VisitUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("if_match", "If-Match", "", None),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "VisitUpdateRequest", None)];
    let b = UpdateVisitBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateVisit - PATCH /v1/visits/{id}
async fn update_visit<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateVisitPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::VisitUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::visits::Visits<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_if_match = headers.get(HeaderName::from_static("if-match"));

        let header_if_match = match header_if_match {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "If-Match",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateVisitHeaderParams {
            x_workspace_id: header_x_workspace_id,
            if_match: header_if_match,
        }
    };

    let validation = update_visit_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_visit(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::visits::UpdateVisitResponse::Status200_TheUpdatedVisit { body, e_tag } => {
                let mut response = Response::builder();
                if let Some(e_tag) = e_tag {
                    let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "e_tag", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(HeaderName::from_static("etag"), e_tag);
                    }
                }
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status412(body) => {
                let mut response = Response::builder();
                let mut response = response.status(412);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::visits::UpdateVisitResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateWebhookBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::WebhookCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_webhook_validation(
    header_params: models::CreateWebhookHeaderParams,
    body: models::WebhookCreateRequest,
) -> std::result::Result<
    (
        models::CreateWebhookHeaderParams,
        models::WebhookCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "WebhookCreateRequest", None)];
    let b = CreateWebhookBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateWebhook - POST /v1/webhooks
async fn create_webhook<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::WebhookCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateWebhookHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_webhook_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_webhook(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::CreateWebhookResponse::Status201_TheNewSubscription(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::CreateWebhookResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn delete_webhook_validation(
    header_params: models::DeleteWebhookHeaderParams,
    path_params: models::DeleteWebhookPathParams,
) -> std::result::Result<
    (
        models::DeleteWebhookHeaderParams,
        models::DeleteWebhookPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// DeleteWebhook - DELETE /v1/webhooks/{id}
async fn delete_webhook<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::DeleteWebhookPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::DeleteWebhookHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = delete_webhook_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .delete_webhook(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::DeleteWebhookResponse::Status200_TheSubscriptionIsDeleted(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::DeleteWebhookResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn get_webhook_validation(
    header_params: models::GetWebhookHeaderParams,
    path_params: models::GetWebhookPathParams,
) -> std::result::Result<(models::GetWebhookHeaderParams, models::GetWebhookPathParams), Vec<Issue>>
{
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// GetWebhook - GET /v1/webhooks/{id}
async fn get_webhook<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::GetWebhookPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::GetWebhookHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = get_webhook_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .get_webhook(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::GetWebhookResponse::Status200_TheSubscription(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::GetWebhookResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_webhook_deliveries_validation(
    header_params: models::ListWebhookDeliveriesHeaderParams,
    path_params: models::ListWebhookDeliveriesPathParams,
    query_params: models::ListWebhookDeliveriesQueryParams,
) -> std::result::Result<
    (
        models::ListWebhookDeliveriesHeaderParams,
        models::ListWebhookDeliveriesPathParams,
        models::ListWebhookDeliveriesQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("status", "status", "", None),
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, path_params, query_params))
}
/// ListWebhookDeliveries - GET /v1/webhooks/{id}/deliveries
async fn list_webhook_deliveries<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::ListWebhookDeliveriesPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    query_params: Result<
        QueryExtra<models::ListWebhookDeliveriesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["status", "limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListWebhookDeliveriesHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_webhook_deliveries_validation(header_params, path_params, query_params);

    let (header_params, path_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_webhook_deliveries(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &query_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status200_TheDeliveries
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(200);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status400
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(400);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status401
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(www_authenticate) = www_authenticate {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                error!(error = ?e, header = "www_authenticate", "response header could not be built");
                                return Ok(internal_error());
                            }
                        };

                        if let Some(response_headers) = response.headers_mut() {
                            response_headers.insert(
                                  HeaderName::from_static("www-authenticate"),
                                  www_authenticate
                            );
                        }
                    }
                                                  let mut response = response.status(401);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status403
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status404
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ListWebhookDeliveriesResponse::Status0_AnyOtherErrorInTheSameEnvelope
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_webhooks_validation(
    header_params: models::ListWebhooksHeaderParams,
    query_params: models::ListWebhooksQueryParams,
) -> std::result::Result<
    (
        models::ListWebhooksHeaderParams,
        models::ListWebhooksQueryParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((header_params, query_params))
}
/// ListWebhooks - GET /v1/webhooks
async fn list_webhooks<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListWebhooksQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::ListWebhooksHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = list_webhooks_validation(header_params, query_params);

    let (header_params, query_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_webhooks(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &query_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::ListWebhooksResponse::Status200_TheSubscriptions(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhooksResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhooksResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhooksResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::ListWebhooksResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn replay_webhook_delivery_validation(
    header_params: models::ReplayWebhookDeliveryHeaderParams,
    path_params: models::ReplayWebhookDeliveryPathParams,
) -> std::result::Result<
    (
        models::ReplayWebhookDeliveryHeaderParams,
        models::ReplayWebhookDeliveryPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[
        field("id", "id", "", None),
        field("delivery_id", "deliveryId", "", None),
    ];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// ReplayWebhookDelivery - POST /v1/webhooks/{id}/deliveries/{deliveryId}/replay
async fn replay_webhook_delivery<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::ReplayWebhookDeliveryPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::ReplayWebhookDeliveryHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = replay_webhook_delivery_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .replay_webhook_delivery(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
                                            Ok(rsp) => match rsp {
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status202_TheNewDelivery
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(202);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status401
                                                    {
                                                        body,
                                                        www_authenticate
                                                    }
                                                => {
                                                let mut response = Response::builder();
                    if let Some(www_authenticate) = www_authenticate {
                        let www_authenticate = match header::IntoHeaderValue(www_authenticate).try_into() {
                            Ok(val) => val,
                            Err(e) => {
                                error!(error = ?e, header = "www_authenticate", "response header could not be built");
                                return Ok(internal_error());
                            }
                        };

                        if let Some(response_headers) = response.headers_mut() {
                            response_headers.insert(
                                  HeaderName::from_static("www-authenticate"),
                                  www_authenticate
                            );
                        }
                    }
                                                  let mut response = response.status(401);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status403
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(403);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status404
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(404);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status422
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(422);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                                apis::webhooks::ReplayWebhookDeliveryResponse::Status0_AnyOtherErrorInTheSameEnvelope
                                                    (body)
                                                => {
                                                let mut response = Response::builder();
                                                  let mut response = response.status(500);
                                                  if let Some(response_headers) = response.headers_mut() {
                                                    response_headers.insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                  }

                                                  let body_content =
                                                      serde_json::to_vec(&body);
                                                  let body_content = match body_content {
                                                      Ok(body_content) => body_content,
                                                      Err(e) => {
                                                          error!(error = ?e, "response body could not be serialised");
                                                          return Ok(internal_error());
                                                      }
                                                  };
                                                  response.body(Body::from(body_content))
                                                },
                                            },
                                            Err(why) => {
                                                    // Application code returned an error. This should not happen, as the implementation should
                                                    // return a valid response.
                                                    return api_impl.as_ref().handle_error(&method, &host, &cookies, why).await;
                                            },
                                        };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn rotate_webhook_secret_validation(
    header_params: models::RotateWebhookSecretHeaderParams,
    path_params: models::RotateWebhookSecretPathParams,
) -> std::result::Result<
    (
        models::RotateWebhookSecretHeaderParams,
        models::RotateWebhookSecretPathParams,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[
        field("x_workspace_id", "X-Workspace-Id", "", None),
        field("idempotency_key", "Idempotency-Key", "", Some("^[!-~]+$")),
    ];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;

    Ok((header_params, path_params))
}
/// RotateWebhookSecret - POST /v1/webhooks/{id}/rotate-secret
async fn rotate_webhook_secret<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::RotateWebhookSecretPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::RotateWebhookSecretHeaderParams {
            x_workspace_id: header_x_workspace_id,
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = rotate_webhook_secret_validation(header_params, path_params);

    let (header_params, path_params) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .rotate_webhook_secret(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::RotateWebhookSecretResponse::Status200_TheSubscription(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::RotateWebhookSecretResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::RotateWebhookSecretResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::RotateWebhookSecretResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::RotateWebhookSecretResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct UpdateWebhookBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::WebhookUpdateRequest,
}

#[tracing::instrument(skip_all)]
fn update_webhook_validation(
    header_params: models::UpdateWebhookHeaderParams,
    path_params: models::UpdateWebhookPathParams,
    body: models::WebhookUpdateRequest,
) -> std::result::Result<
    (
        models::UpdateWebhookHeaderParams,
        models::UpdateWebhookPathParams,
        models::WebhookUpdateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field("x_workspace_id", "X-Workspace-Id", "", None)];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const PATH_FIELDS: &[FieldMeta] = &[field("id", "id", "", None)];
    path_params
        .validate()
        .map_err(|e| validation_issues(&e, PATH_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "WebhookUpdateRequest", None)];
    let b = UpdateWebhookBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, path_params, body))
}
/// UpdateWebhook - PATCH /v1/webhooks/{id}
async fn update_webhook<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    path_params: Result<
        Path<models::UpdateWebhookPathParams>,
        axum::extract::rejection::PathRejection,
    >,
    State(api_impl): State<I>,
    body: Result<Json<models::WebhookUpdateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::webhooks::Webhooks<E, Claims = C> + apis::ApiAuthBasic<E, Claims = C> + Send + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let path_params = match path_params {
        Ok(Path(path_params)) => path_params,
        Err(rejection) => return Ok(path_rejection(&rejection)),
    };
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_x_workspace_id = headers.get(HeaderName::from_static("x-workspace-id"));

        let header_x_workspace_id = match header_x_workspace_id {
            Some(v) => match header::IntoHeaderValue::<uuid::Uuid>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "X-Workspace-Id",
                        expected_value(std::any::type_name::<uuid::Uuid>()),
                    ));
                }
            },
            None => None,
        };

        models::UpdateWebhookHeaderParams {
            x_workspace_id: header_x_workspace_id,
        }
    };

    let validation = update_webhook_validation(header_params, path_params, body);

    let (header_params, path_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .update_webhook(
            &method,
            &host,
            &cookies,
            &claims,
            &header_params,
            &path_params,
            &body,
        )
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::webhooks::UpdateWebhookResponse::Status200_TheChangedSubscription(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::webhooks::UpdateWebhookResponse::Status0_AnyOtherErrorInTheSameEnvelope(body) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct CreateWorkspaceBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::WorkspaceCreateRequest,
}

#[tracing::instrument(skip_all)]
fn create_workspace_validation(
    header_params: models::CreateWorkspaceHeaderParams,
    body: models::WorkspaceCreateRequest,
) -> std::result::Result<
    (
        models::CreateWorkspaceHeaderParams,
        models::WorkspaceCreateRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "WorkspaceCreateRequest", None)];
    let b = CreateWorkspaceBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// CreateWorkspace - POST /v1/workspaces
async fn create_workspace<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::WorkspaceCreateRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::workspaces::Workspaces<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::CreateWorkspaceHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = create_workspace_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .create_workspace(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::workspaces::CreateWorkspaceResponse::Status201_TheNewWorkspace(body) => {
                let mut response = Response::builder();
                let mut response = response.status(201);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::CreateWorkspaceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::CreateWorkspaceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::CreateWorkspaceResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::CreateWorkspaceResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::CreateWorkspaceResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[tracing::instrument(skip_all)]
fn list_workspaces_validation(
    query_params: models::ListWorkspacesQueryParams,
) -> std::result::Result<(models::ListWorkspacesQueryParams,), Vec<Issue>> {
    const QUERY_FIELDS: &[FieldMeta] = &[
        field("cursor", "cursor", "", None),
        field("limit", "limit", "", None),
    ];
    query_params
        .validate()
        .map_err(|e| validation_issues(&e, QUERY_FIELDS))?;

    Ok((query_params,))
}
/// ListWorkspaces - GET /v1/workspaces
async fn list_workspaces<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    query_params: Result<
        QueryExtra<models::ListWorkspacesQueryParams>,
        axum_extra::extract::QueryRejection,
    >,
    State(api_impl): State<I>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::workspaces::Workspaces<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let query_params = match query_params {
        Ok(QueryExtra(query_params)) => query_params,
        Err(rejection) => return Ok(query_rejection(&rejection)),
    };
    if let Some(response) = empty_query_value(&uri, &["limit"]) {
        return Ok(response);
    }

    let validation = list_workspaces_validation(query_params);

    let (query_params,) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .list_workspaces(&method, &host, &cookies, &claims, &query_params)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::workspaces::ListWorkspacesResponse::Status200_TheCaller(body) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::ListWorkspacesResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::ListWorkspacesResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::ListWorkspacesResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[derive(validator::Validate)]
#[allow(dead_code)]
struct SwitchWorkspaceBodyValidator<'a> {
    #[validate(nested)]
    body: &'a models::WorkspaceSwitchRequest,
}

#[tracing::instrument(skip_all)]
fn switch_workspace_validation(
    header_params: models::SwitchWorkspaceHeaderParams,
    body: models::WorkspaceSwitchRequest,
) -> std::result::Result<
    (
        models::SwitchWorkspaceHeaderParams,
        models::WorkspaceSwitchRequest,
    ),
    Vec<Issue>,
> {
    const HEADER_FIELDS: &[FieldMeta] = &[field(
        "idempotency_key",
        "Idempotency-Key",
        "",
        Some("^[!-~]+$"),
    )];
    header_params
        .validate()
        .map_err(|e| validation_issues(&e, HEADER_FIELDS))?;
    const BODY_FIELDS: &[FieldMeta] = &[field("body", "", "WorkspaceSwitchRequest", None)];
    let b = SwitchWorkspaceBodyValidator { body: &body };
    b.validate()
        .map_err(|e| validation_issues(&e, BODY_FIELDS))?;

    Ok((header_params, body))
}
/// SwitchWorkspace - POST /v1/workspaces/switch
async fn switch_workspace<I, A, E, C>(
    method: Method,
    host: Result<TypedHeader<Host>, axum_extra::typed_header::TypedHeaderRejection>,
    uri: http::Uri,
    cookies: CookieJar,
    headers: HeaderMap,
    State(api_impl): State<I>,
    body: Result<Json<models::WorkspaceSwitchRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, StatusCode>
where
    I: AsRef<A> + Send + Sync,
    A: apis::workspaces::Workspaces<E, Claims = C>
        + apis::ApiAuthBasic<E, Claims = C>
        + Send
        + Sync,
    E: std::fmt::Debug + Send + Sync + 'static,
{
    let host = match request_host(host, &uri) {
        Ok(host) => host,
        Err(message) => return Ok(invalid_input("Host", message)),
    };

    // Authentication
    let claims_in_auth_header = match api_impl
        .as_ref()
        .extract_claims_from_auth_header(apis::BasicAuthKind::Bearer, &headers, "authorization")
        .await
    {
        Ok(claims) => claims,
        // The credentials could not be checked (the database is down): not a 401.
        Err(why) => {
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };
    let claims = None.or(claims_in_auth_header);
    let Some(claims) = claims else {
        return Ok(unauthenticated());
    };

    // Extractor failures are answered after authentication.
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return Ok(json_rejection(&rejection)),
    };

    // Header parameters
    let header_params = {
        let header_idempotency_key = headers.get(HeaderName::from_static("idempotency-key"));

        let header_idempotency_key = match header_idempotency_key {
            Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                Ok(result) => Some(result.0),
                Err(_) => {
                    return Ok(invalid_input(
                        "Idempotency-Key",
                        expected_value(std::any::type_name::<String>()),
                    ));
                }
            },
            None => None,
        };

        models::SwitchWorkspaceHeaderParams {
            idempotency_key: header_idempotency_key,
        }
    };

    let validation = switch_workspace_validation(header_params, body);

    let (header_params, body) = match validation {
        Ok(validated) => validated,
        Err(issues) => return Ok(validation_failed(issues)),
    };

    let result = api_impl
        .as_ref()
        .switch_workspace(&method, &host, &cookies, &claims, &header_params, &body)
        .await;

    let resp = match result {
        Ok(rsp) => match rsp {
            apis::workspaces::SwitchWorkspaceResponse::Status200_TheSessionScopedToTheWorkspace(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(200);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status400(body) => {
                let mut response = Response::builder();
                let mut response = response.status(400);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status401 {
                body,
                www_authenticate,
            } => {
                let mut response = Response::builder();
                if let Some(www_authenticate) = www_authenticate {
                    let www_authenticate = match header::IntoHeaderValue(www_authenticate)
                        .try_into()
                    {
                        Ok(val) => val,
                        Err(e) => {
                            error!(error = ?e, header = "www_authenticate", "response header could not be built");
                            return Ok(internal_error());
                        }
                    };

                    if let Some(response_headers) = response.headers_mut() {
                        response_headers.insert(
                            HeaderName::from_static("www-authenticate"),
                            www_authenticate,
                        );
                    }
                }
                let mut response = response.status(401);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status403(body) => {
                let mut response = Response::builder();
                let mut response = response.status(403);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status404(body) => {
                let mut response = Response::builder();
                let mut response = response.status(404);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status409(body) => {
                let mut response = Response::builder();
                let mut response = response.status(409);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status422(body) => {
                let mut response = Response::builder();
                let mut response = response.status(422);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
            apis::workspaces::SwitchWorkspaceResponse::Status0_AnyOtherErrorInTheSameEnvelope(
                body,
            ) => {
                let mut response = Response::builder();
                let mut response = response.status(500);
                if let Some(response_headers) = response.headers_mut() {
                    response_headers
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }

                let body_content = serde_json::to_vec(&body);
                let body_content = match body_content {
                    Ok(body_content) => body_content,
                    Err(e) => {
                        error!(error = ?e, "response body could not be serialised");
                        return Ok(internal_error());
                    }
                };
                response.body(Body::from(body_content))
            }
        },
        Err(why) => {
            // Application code returned an error. This should not happen, as the implementation should
            // return a valid response.
            return api_impl
                .as_ref()
                .handle_error(&method, &host, &cookies, why)
                .await;
        }
    };

    Ok(resp.unwrap_or_else(|e| {
        error!(error = ?e, "response could not be built");
        internal_error()
    }))
}

#[allow(dead_code)]
#[inline]
fn response_with_status_code_only(code: StatusCode) -> Result<Response, StatusCode> {
    Response::builder()
        .status(code)
        .body(Body::empty())
        .map_err(|_| code)
}

// CRM override (openapi/templates/server-utils.mustache.patch): every answer the handlers give
// by themselves is the contract's error envelope, built by the hand-written `crm-api-runtime`
// crate (openapi/runtime). Only the field tables, derived from the spec, are generated here.
#[allow(unused_imports)]
use crm_api_runtime::{
    FieldMeta, Issue, ModelTable, empty_query_value, expected_value, field, internal_error,
    invalid_input, json_rejection, path_rejection, query_rejection, request_host, unauthenticated,
    validation_failed,
};

/// `validator` errors of one request part as envelope issues (nested schemas: [`MODEL_FIELDS`]).
#[allow(dead_code)]
fn validation_issues(errors: &ValidationErrors, fields: &[FieldMeta]) -> Vec<Issue> {
    crm_api_runtime::issues_from_validation(errors, fields, MODEL_FIELDS)
}

/// Fields of every schema of the contract, by schema name.
#[allow(dead_code)]
const MODEL_FIELDS: &ModelTable = &[
    (
        "Activity",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("actor_id", "actorId", "UUID", None),
            field("r_type", "type", "string", None),
            field("entity_type", "entityType", "string", None),
            field("entity_id", "entityId", "UUID", None),
            field("metadata", "metadata", "AnyType", None),
            field("created_at", "createdAt", "DateTime", None),
        ],
    ),
    (
        "AuthLoginRequest",
        &[
            field("email", "email", "string", None),
            field("password", "password", "string", None),
        ],
    ),
    (
        "AuthRefreshRequest",
        &[field("refresh_token", "refreshToken", "string", None)],
    ),
    (
        "AuthRegisterRequest",
        &[
            field("name", "name", "string", None),
            field("email", "email", "string", None),
            field("password", "password", "string", None),
            field("invite_token", "inviteToken", "string", None),
        ],
    ),
    (
        "AuthTokenResponse",
        &[
            field("token", "token", "string", None),
            field("refresh_token", "refreshToken", "string", None),
            field("expires_in", "expiresIn", "", None),
            field("user", "user", "User", None),
            field("workspace_id", "workspaceId", "UUID", None),
        ],
    ),
    (
        "BulkDeleteResponse",
        &[field("deleted", "deleted", "", None)],
    ),
    (
        "Company",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("owner_id", "ownerId", "UUID", None),
            field("name", "name", "string", None),
            field("domain", "domain", "string", None),
            field("industry", "industry", "string", None),
            field("size", "size", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "CompanyCreateRequest",
        &[
            field("name", "name", "string", None),
            field("domain", "domain", "string", None),
            field("industry", "industry", "string", None),
            field("size", "size", "string", None),
        ],
    ),
    (
        "CompanyUpdateRequest",
        &[
            field("name", "name", "string", None),
            field("domain", "domain", "string", None),
            field("industry", "industry", "string", None),
            field("size", "size", "string", None),
        ],
    ),
    (
        "Contact",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("owner_id", "ownerId", "UUID", None),
            field("first_name", "firstName", "string", None),
            field("last_name", "lastName", "string", None),
            field("job_title", "jobTitle", "string", None),
            field("email", "email", "string", None),
            field("phone", "phone", "string", None),
            field("company_id", "companyId", "UUID", None),
            field("customer_type", "customerType", "CustomerType", None),
            field("tags", "tags", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "ContactBulkDeleteRequest",
        &[field("ids", "ids", "UUID", None)],
    ),
    (
        "ContactCreateRequest",
        &[
            field("first_name", "firstName", "string", None),
            field("last_name", "lastName", "string", None),
            field("job_title", "jobTitle", "string", None),
            field(
                "email",
                "email",
                "string",
                Some("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$"),
            ),
            field("phone", "phone", "string", None),
            field("company_id", "companyId", "UUID", None),
            field("customer_type", "customerType", "CustomerType", None),
            field("tags", "tags", "string", None),
        ],
    ),
    (
        "ContactImportRequest",
        &[
            field("csv", "csv", "string", None),
            field("rows", "rows", "ContactImportRow", None),
        ],
    ),
    (
        "ContactImportResponse",
        &[
            field("imported", "imported", "", None),
            field("rows", "rows", "Contact", None),
            field("created", "created", "", None),
            field("updated", "updated", "", None),
            field("skipped", "skipped", "", None),
            field("failed", "failed", "", None),
            field("companies_created", "companiesCreated", "", None),
            field("r_errors", "errors", "ImportRowError", None),
            field("dry_run", "dryRun", "boolean", None),
        ],
    ),
    (
        "ContactImportRow",
        &[
            field("first_name", "firstName", "string", None),
            field("last_name", "lastName", "string", None),
            field("job_title", "jobTitle", "string", None),
            field(
                "email",
                "email",
                "string",
                Some("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$"),
            ),
            field("phone", "phone", "string", None),
            field("company_id", "companyId", "UUID", None),
            field("company_name", "companyName", "string", None),
            field("customer_type", "customerType", "CustomerType", None),
            field("tags", "tags", "string", None),
        ],
    ),
    (
        "ContactUpdateRequest",
        &[
            field("first_name", "firstName", "string", None),
            field("last_name", "lastName", "string", None),
            field("job_title", "jobTitle", "string", None),
            field(
                "email",
                "email",
                "string",
                Some("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$"),
            ),
            field("phone", "phone", "string", None),
            field("company_id", "companyId", "UUID", None),
            field("customer_type", "customerType", "CustomerType", None),
            field("tags", "tags", "string", None),
        ],
    ),
    ("CrmTypeId", &[]),
    (
        "CurrentUser",
        &[
            field("id", "id", "UUID", None),
            field("name", "name", "string", None),
            field("email", "email", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
            field("user", "user", "UserSummary", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("role", "role", "string", None),
        ],
    ),
    ("CustomerType", &[]),
    (
        "DashboardCurrencyFigures",
        &[
            field("currency", "currency", "string", None),
            field("open_deals", "openDeals", "", None),
            field("pipeline_total", "pipelineTotal", "double", None),
        ],
    ),
    (
        "Deal",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("owner_id", "ownerId", "UUID", None),
            field("title", "title", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", None),
            field("stage_id", "stageId", "UUID", None),
            field("company_id", "companyId", "UUID", None),
            field("primary_contact_id", "primaryContactId", "UUID", None),
            field("expected_close_date", "expectedCloseDate", "DateTime", None),
            field("status", "status", "DealStatus", None),
            field("description", "description", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "DealCreateRequest",
        &[
            field("title", "title", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", Some("^[A-Z]{3}$")),
            field("stage_id", "stageId", "UUID", None),
            field("company_id", "companyId", "UUID", None),
            field("primary_contact_id", "primaryContactId", "UUID", None),
            field("expected_close_date", "expectedCloseDate", "DateTime", None),
            field("status", "status", "DealStatus", None),
            field("description", "description", "string", None),
        ],
    ),
    ("DealStatus", &[]),
    (
        "DealUpdateRequest",
        &[
            field("title", "title", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", Some("^[A-Z]{3}$")),
            field("stage_id", "stageId", "UUID", None),
            field("company_id", "companyId", "UUID", None),
            field("primary_contact_id", "primaryContactId", "UUID", None),
            field("expected_close_date", "expectedCloseDate", "DateTime", None),
            field("status", "status", "DealStatus", None),
            field("description", "description", "string", None),
        ],
    ),
    (
        "Error",
        &[
            field("error", "error", "string", None),
            field("code", "code", "string", None),
            field("issues", "issues", "ValidationIssue", None),
        ],
    ),
    ("ExportFormat", &[]),
    ("ImportDuplicateMode", &[]),
    (
        "ImportRowError",
        &[
            field("line", "line", "", None),
            field("path", "path", "string", None),
            field("message", "message", "string", None),
        ],
    ),
    (
        "Invite",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("email", "email", "string", None),
            field("role", "role", "MembershipRole", None),
            field("token", "token", "string", None),
            field("expires_at", "expiresAt", "DateTime", None),
            field("accepted_at", "acceptedAt", "DateTime", None),
            field("created_at", "createdAt", "DateTime", None),
        ],
    ),
    (
        "InviteAcceptRequest",
        &[field("token", "token", "string", None)],
    ),
    (
        "InviteCreateRequest",
        &[
            field("email", "email", "string", None),
            field("role", "role", "MembershipRole", None),
        ],
    ),
    (
        "Invoice",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("created_by_id", "createdById", "UUID", None),
            field("invoice_number", "invoiceNumber", "string", None),
            field("title", "title", "string", None),
            field("notes", "notes", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", None),
            field("status", "status", "InvoiceStatus", None),
            field("related_type", "relatedType", "InvoiceRelatedType", None),
            field("related_id", "relatedId", "UUID", None),
            field("issued_at", "issuedAt", "DateTime", None),
            field("due_at", "dueAt", "DateTime", None),
            field("paid_at", "paidAt", "DateTime", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "InvoiceAgingBucket",
        &[
            field("bucket", "bucket", "InvoiceAgingBucketName", None),
            field("count", "count", "", None),
            field("amount", "amount", "double", None),
        ],
    ),
    ("InvoiceAgingBucketName", &[]),
    (
        "InvoiceAgingCurrencyReport",
        &[
            field("currency", "currency", "string", None),
            field("buckets", "buckets", "InvoiceAgingBucket", None),
            field("total_outstanding", "totalOutstanding", "double", None),
        ],
    ),
    (
        "InvoiceAgingReport",
        &[
            field("buckets", "buckets", "InvoiceAgingBucket", None),
            field("total_outstanding", "totalOutstanding", "double", None),
            field(
                "by_currency",
                "byCurrency",
                "InvoiceAgingCurrencyReport",
                None,
            ),
        ],
    ),
    (
        "InvoiceCreateRequest",
        &[
            field("invoice_number", "invoiceNumber", "string", None),
            field("title", "title", "string", None),
            field("notes", "notes", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", Some("^[A-Z]{3}$")),
            field("status", "status", "InvoiceStatus", None),
            field("related_type", "relatedType", "InvoiceRelatedType", None),
            field("related_id", "relatedId", "UUID", None),
            field("issued_at", "issuedAt", "DateTime", None),
            field("due_at", "dueAt", "DateTime", None),
            field("paid_at", "paidAt", "DateTime", None),
        ],
    ),
    ("InvoiceRelatedType", &[]),
    ("InvoiceStatus", &[]),
    (
        "InvoiceUpdateRequest",
        &[
            field("invoice_number", "invoiceNumber", "string", None),
            field("title", "title", "string", None),
            field("notes", "notes", "string", None),
            field("amount", "amount", "double", None),
            field("currency", "currency", "string", Some("^[A-Z]{3}$")),
            field("status", "status", "InvoiceStatus", None),
            field("related_type", "relatedType", "InvoiceRelatedType", None),
            field("related_id", "relatedId", "UUID", None),
            field("issued_at", "issuedAt", "DateTime", None),
            field("due_at", "dueAt", "DateTime", None),
            field("paid_at", "paidAt", "DateTime", None),
        ],
    ),
    (
        "ListActivitiesResponse",
        &[
            field("rows", "rows", "Activity", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListCompaniesResponse",
        &[
            field("rows", "rows", "Company", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListContactsResponse",
        &[
            field("rows", "rows", "Contact", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListDealsResponse",
        &[
            field("rows", "rows", "Deal", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListInvitesResponse",
        &[
            field("rows", "rows", "Invite", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListInvoicesResponse",
        &[
            field("rows", "rows", "Invoice", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListMembershipsResponse",
        &[
            field("rows", "rows", "Membership", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListNotesResponse",
        &[
            field("rows", "rows", "Note", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListStagesResponse",
        &[
            field("rows", "rows", "Stage", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListTasksResponse",
        &[
            field("rows", "rows", "Task", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListUsersResponse",
        &[
            field("rows", "rows", "User", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListVisitsResponse",
        &[
            field("rows", "rows", "Visit", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListWebhookDeliveriesResponse",
        &[
            field("rows", "rows", "WebhookDelivery", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListWebhooksResponse",
        &[
            field("rows", "rows", "Webhook", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "ListWorkspacesResponse",
        &[
            field("rows", "rows", "Workspace", None),
            field("total", "total", "", None),
            field("next_cursor", "nextCursor", "string", None),
        ],
    ),
    (
        "Membership",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("user_id", "userId", "UUID", None),
            field("role", "role", "MembershipRole", None),
            field("created_at", "createdAt", "DateTime", None),
            field("user", "user", "UserSummary", None),
        ],
    ),
    ("MembershipRole", &[]),
    (
        "MembershipUpdateRequest",
        &[field("role", "role", "MembershipRole", None)],
    ),
    (
        "Note",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("author_id", "authorId", "UUID", None),
            field("body", "body", "string", None),
            field("related_type", "relatedType", "RelatedType", None),
            field("related_id", "relatedId", "UUID", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "NoteCreateRequest",
        &[
            field("body", "body", "string", None),
            field("related_type", "relatedType", "RelatedType", None),
            field("related_id", "relatedId", "UUID", None),
        ],
    ),
    ("OkResponse", &[field("ok", "ok", "boolean", None)]),
    (
        "OnboardingInvitesRequest",
        &[field("invites", "invites", "InviteCreateRequest", None)],
    ),
    (
        "OnboardingStage",
        &[
            field("name", "name", "string", None),
            field("order", "order", "", None),
        ],
    ),
    (
        "OnboardingStagesRequest",
        &[
            field("crm_type_id", "crmTypeId", "CrmTypeId", None),
            field("stages", "stages", "OnboardingStage", None),
        ],
    ),
    (
        "OnboardingWorkspaceRequest",
        &[
            field("name", "name", "string", None),
            field(
                "slug",
                "slug",
                "string",
                Some("^([a-z0-9]+(-[a-z0-9]+)*)?$"),
            ),
            field("crm_type_id", "crmTypeId", "CrmTypeId", None),
        ],
    ),
    (
        "PipelineCurrencyReport",
        &[
            field("currency", "currency", "string", None),
            field("stages", "stages", "PipelineStageMetric", None),
            field("total_open_deals", "totalOpenDeals", "", None),
            field(
                "total_pipeline_amount",
                "totalPipelineAmount",
                "double",
                None,
            ),
        ],
    ),
    (
        "PipelineReport",
        &[
            field("stages", "stages", "PipelineStageMetric", None),
            field("total_open_deals", "totalOpenDeals", "", None),
            field(
                "total_pipeline_amount",
                "totalPipelineAmount",
                "double",
                None,
            ),
            field("by_currency", "byCurrency", "PipelineCurrencyReport", None),
        ],
    ),
    (
        "PipelineStageMetric",
        &[
            field("stage_id", "stageId", "UUID", None),
            field("stage_name", "stageName", "string", None),
            field("open_deals", "openDeals", "", None),
            field("total_amount", "totalAmount", "double", None),
        ],
    ),
    ("RelatedType", &[]),
    (
        "ReportDashboard",
        &[
            field("open_deals", "openDeals", "", None),
            field("open_tasks", "openTasks", "", None),
            field("pipeline_total", "pipelineTotal", "double", None),
            field("recent_activity", "recentActivity", "", None),
            field(
                "by_currency",
                "byCurrency",
                "DashboardCurrencyFigures",
                None,
            ),
        ],
    ),
    (
        "SearchHit",
        &[
            field("r_type", "type", "SearchHitType", None),
            field("id", "id", "UUID", None),
            field("title", "title", "string", None),
            field("subtitle", "subtitle", "string", None),
        ],
    ),
    ("SearchHitType", &[]),
    (
        "SearchResponse",
        &[
            field("rows", "rows", "SearchHit", None),
            field("total", "total", "", None),
        ],
    ),
    (
        "Stage",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("name", "name", "string", None),
            field("order", "order", "", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "StageCreateRequest",
        &[
            field("name", "name", "string", None),
            field("order", "order", "", None),
        ],
    ),
    (
        "StageReorderItem",
        &[
            field("id", "id", "UUID", None),
            field("order", "order", "", None),
        ],
    ),
    (
        "StageReorderRequest",
        &[field("stages", "stages", "StageReorderItem", None)],
    ),
    (
        "StageUpdateRequest",
        &[
            field("name", "name", "string", None),
            field("order", "order", "", None),
        ],
    ),
    (
        "Task",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("created_by_id", "createdById", "UUID", None),
            field("assignee_id", "assigneeId", "UUID", None),
            field("title", "title", "string", None),
            field("due_at", "dueAt", "DateTime", None),
            field("status", "status", "TaskStatus", None),
            field("related_type", "relatedType", "RelatedType", None),
            field("related_id", "relatedId", "UUID", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "TaskCreateRequest",
        &[
            field("title", "title", "string", None),
            field("due_at", "dueAt", "DateTime", None),
            field("assignee_id", "assigneeId", "UUID", None),
            field("status", "status", "TaskStatus", None),
            field("related_type", "relatedType", "RelatedType", None),
            field("related_id", "relatedId", "UUID", None),
        ],
    ),
    ("TaskStatus", &[]),
    (
        "TaskUpdateRequest",
        &[
            field("title", "title", "string", None),
            field("due_at", "dueAt", "DateTime", None),
            field("assignee_id", "assigneeId", "UUID", None),
            field("status", "status", "TaskStatus", None),
        ],
    ),
    (
        "User",
        &[
            field("id", "id", "UUID", None),
            field("name", "name", "string", None),
            field("email", "email", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "UserSummary",
        &[
            field("id", "id", "UUID", None),
            field("name", "name", "string", None),
            field("email", "email", "string", None),
        ],
    ),
    (
        "ValidationIssue",
        &[
            field("path", "path", "string", None),
            field("message", "message", "string", None),
            field("line", "line", "", None),
        ],
    ),
    (
        "Visit",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("contact_id", "contactId", "UUID", None),
            field("contact_name", "contactName", "string", None),
            field("date", "date", "date", None),
            field("time", "time", "string", None),
            field("duration_minutes", "durationMinutes", "", None),
            field("reason", "reason", "string", None),
            field("status", "status", "VisitStatus", None),
            field("notes", "notes", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "VisitCreateRequest",
        &[
            field("contact_id", "contactId", "UUID", None),
            field("contact_name", "contactName", "string", None),
            field("date", "date", "date", None),
            field(
                "time",
                "time",
                "string",
                Some("^([01][0-9]|2[0-3]):[0-5][0-9]$"),
            ),
            field("duration_minutes", "durationMinutes", "", None),
            field("reason", "reason", "string", None),
            field("status", "status", "VisitStatus", None),
            field("notes", "notes", "string", None),
        ],
    ),
    ("VisitStatus", &[]),
    (
        "VisitUpdateRequest",
        &[
            field("date", "date", "date", None),
            field(
                "time",
                "time",
                "string",
                Some("^([01][0-9]|2[0-3]):[0-5][0-9]$"),
            ),
            field("duration_minutes", "durationMinutes", "", None),
            field("reason", "reason", "string", None),
            field("status", "status", "VisitStatus", None),
            field("notes", "notes", "string", None),
        ],
    ),
    (
        "Webhook",
        &[
            field("id", "id", "UUID", None),
            field("workspace_id", "workspaceId", "UUID", None),
            field("url", "url", "string", None),
            field("description", "description", "string", None),
            field("events", "events", "string", None),
            field("active", "active", "boolean", None),
            field("disabled_reason", "disabledReason", "string", None),
            field("failing_since", "failingSince", "DateTime", None),
            field("secret", "secret", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "WebhookCreateRequest",
        &[
            field("url", "url", "string", Some("^https?://\\S+$")),
            field("events", "events", "string", None),
            field("description", "description", "string", None),
            field("active", "active", "boolean", None),
        ],
    ),
    (
        "WebhookDelivery",
        &[
            field("id", "id", "UUID", None),
            field("webhook_id", "webhookId", "UUID", None),
            field("event_id", "eventId", "UUID", None),
            field("event_type", "eventType", "string", None),
            field("entity_type", "entityType", "string", None),
            field("entity_id", "entityId", "UUID", None),
            field("status", "status", "WebhookDeliveryStatus", None),
            field("attempts", "attempts", "", None),
            field("next_attempt_at", "nextAttemptAt", "DateTime", None),
            field("last_attempt_at", "lastAttemptAt", "DateTime", None),
            field("response_status", "responseStatus", "", None),
            field("latency_ms", "latencyMs", "", None),
            field("error", "error", "string", None),
            field("delivered_at", "deliveredAt", "DateTime", None),
            field("replay_of", "replayOf", "UUID", None),
            field("created_at", "createdAt", "DateTime", None),
        ],
    ),
    ("WebhookDeliveryStatus", &[]),
    (
        "WebhookUpdateRequest",
        &[
            field("url", "url", "string", Some("^https?://\\S+$")),
            field("events", "events", "string", None),
            field("description", "description", "string", None),
            field("active", "active", "boolean", None),
        ],
    ),
    (
        "Workspace",
        &[
            field("id", "id", "UUID", None),
            field("name", "name", "string", None),
            field("slug", "slug", "string", None),
            field("created_at", "createdAt", "DateTime", None),
            field("updated_at", "updatedAt", "DateTime", None),
        ],
    ),
    (
        "WorkspaceCreateRequest",
        &[
            field("name", "name", "string", None),
            field(
                "slug",
                "slug",
                "string",
                Some("^([a-z0-9]+(-[a-z0-9]+)*)?$"),
            ),
        ],
    ),
    (
        "WorkspaceSwitchRequest",
        &[field("workspace_id", "workspaceId", "UUID", None)],
    ),
];

//! Answers for requests axum's extractors could not read (body, query, path, `Host`), given by
//! the generated handlers after authentication, as the error envelope.

use std::error::Error;

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::response::Response;
use axum_extra::TypedHeader;
use axum_extra::extract::QueryRejection;
use axum_extra::typed_header::TypedHeaderRejection;
use headers::Host;
use http::{StatusCode, Uri};

use crate::envelope::{
    envelope_response, internal_error, invalid_input, no_such_resource, validation_failed,
};
use crate::serde_message::issue_at;

/// What a value of the Rust type `type_name` (`std::any::type_name`) must look like, for a
/// header or path segment that does not parse.
pub fn expected_value(type_name: &str) -> &'static str {
    let last = type_name.rsplit("::").next().unwrap_or(type_name);
    match last.trim_end_matches('>') {
        "Uuid" => "must be a UUID",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "must be a non-negative integer",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "must be an integer",
        "f32" | "f64" => "must be a number",
        "bool" => "must be true or false",
        "Utc" | "DateTime" => "must be an RFC 3339 date-time",
        "NaiveDate" => "must be a date (YYYY-MM-DD)",
        _ => "has an invalid value",
    }
}

/// Finds `serde_path_to_error::Error<E>` in an error's source chain.
fn find_path_error<'a, E: Error + 'static>(
    error: &'a (dyn Error + 'static),
) -> Option<&'a serde_path_to_error::Error<E>> {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<serde_path_to_error::Error<E>>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// Answer for a JSON body axum could not read: 415 without a JSON content type, 413 when too
/// large, 400 for malformed JSON or a value that does not fit the schema.
pub fn json_rejection(rejection: &JsonRejection) -> Response {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => envelope_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json",
            "UNSUPPORTED_MEDIA_TYPE",
            &[],
        ),
        JsonRejection::JsonDataError(e) => match find_path_error::<serde_json::Error>(e) {
            Some(found) => validation_failed(vec![issue_at(
                &found.path().to_string(),
                &found.inner().to_string(),
            )]),
            None => invalid_input("body", "does not match the schema"),
        },
        JsonRejection::JsonSyntaxError(_) => envelope_response(
            StatusCode::BAD_REQUEST,
            "Request body is not valid JSON",
            "VALIDATION_ERROR",
            &[],
        ),
        other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => envelope_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Request body is too large",
            "PAYLOAD_TOO_LARGE",
            &[],
        ),
        other => {
            tracing::error!(rejection = %other, "request body could not be read");
            envelope_response(
                StatusCode::BAD_REQUEST,
                "Request body could not be read",
                "VALIDATION_ERROR",
                &[],
            )
        }
    }
}

/// Answer for query parameters that do not fit their types.
pub fn query_rejection(rejection: &QueryRejection) -> Response {
    match find_path_error::<serde::de::value::Error>(rejection) {
        Some(found) => validation_failed(vec![issue_at(
            &found.path().to_string(),
            &found.inner().to_string(),
        )]),
        None => invalid_input("query", "has an invalid value"),
    }
}

/// Answer for a query parameter sent with an empty value (`?status=`) where the empty string is
/// not one of its values (`never_empty`: UUIDs, dates, enums, numbers, `minLength` strings).
/// The query extractor reads such a value as "absent", which would silently drop a filter the
/// client meant to set; the contract says it is invalid, so it is a 400.
pub fn empty_query_value(uri: &Uri, never_empty: &[&str]) -> Option<Response> {
    if never_empty.is_empty() {
        return None;
    }
    let pairs: Vec<(String, String)> = serde_html_form::from_str(uri.query()?).ok()?;
    pairs
        .iter()
        .find(|(name, value)| value.is_empty() && never_empty.contains(&name.as_str()))
        .map(|(name, _)| invalid_input(name, "must not be empty"))
}

/// Answer for path parameters that do not fit their types. Every path parameter of the contract
/// is an id: one that cannot be an id (`/contacts/undefined`) names no resource, so it is a 404
/// `NOT_FOUND` like an unknown id (ids in query strings and bodies stay 400s naming the field).
pub fn path_rejection(rejection: &PathRejection) -> Response {
    let PathRejection::FailedToDeserializePathParams(_) = rejection else {
        tracing::error!(rejection = %rejection, "path parameters missing from the route");
        return internal_error();
    };
    no_such_resource()
}

/// The `Host` of the request: the `Host` header, or the URI authority (HTTP/2 has no `Host`).
/// The error is the issue message for the `Host` header.
pub fn request_host(
    host: Result<TypedHeader<Host>, TypedHeaderRejection>,
    uri: &Uri,
) -> Result<Host, &'static str> {
    match host {
        Ok(TypedHeader(host)) => Ok(host),
        Err(rejection) if rejection.is_missing() => uri
            .authority()
            .map(|authority| Host::from(authority.clone()))
            .ok_or("is required"),
        Err(_) => Err("has an invalid value"),
    }
}

#[cfg(test)]
mod tests {
    use axum::Json;
    use axum::extract::{FromRequest, FromRequestParts, Path, Request};
    use axum::response::IntoResponse;
    use axum_extra::extract::Query;
    use serde::Deserialize;
    use tower::ServiceExt;

    use super::*;
    use crate::envelope::tests::body_text;

    #[derive(Debug, Deserialize)]
    #[expect(dead_code, reason = "only deserialised, to provoke rejections")]
    struct Row {
        name: String,
        tags: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[expect(dead_code, reason = "only deserialised, to provoke rejections")]
    struct Params {
        limit: Option<u32>,
    }

    #[derive(Debug, Deserialize)]
    #[expect(dead_code, reason = "only deserialised, to provoke rejections")]
    struct IdParams {
        id: u32,
    }

    async fn json_answer(content_type: &str, body: &'static str) -> (StatusCode, String) {
        let request = Request::builder()
            .method("POST")
            .header("content-type", content_type)
            .body(axum::body::Body::from(body))
            .unwrap();
        let rejection = Json::<Row>::from_request(request, &()).await.unwrap_err();
        let response = json_rejection(&rejection);
        (response.status(), body_text(response).await)
    }

    #[tokio::test]
    async fn bodies_that_do_not_fit_name_the_field_and_never_the_value() {
        let (status, body) = json_answer("application/json", r#"{"name": "a", "tags": [1]}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body,
            r#"{"error":"Validation failed","code":"VALIDATION_ERROR","issues":[{"path":"tags[0]","message":"must be a string"}]}"#
        );
        let (_, body) = json_answer("application/json", r#"{"name": "hunter2"}"#).await;
        assert!(
            body.contains(r#"{"path":"tags","message":"is required"}"#),
            "{body}"
        );
        assert!(!body.contains("hunter2"));
    }

    #[tokio::test]
    async fn malformed_json_and_other_content_types_have_their_own_answers() {
        let (status, body) = json_answer("application/json", r#"{"name": "#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(
            body,
            r#"{"error":"Request body is not valid JSON","code":"VALIDATION_ERROR"}"#
        );
        let (status, _) = json_answer("text/plain", "name=x").await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }

    #[tokio::test]
    async fn query_values_that_do_not_parse_name_the_parameter() {
        let (mut parts, ()) = Request::builder()
            .uri("/x?limit=hunter2")
            .body(())
            .unwrap()
            .into_parts();
        let rejection = Query::<Params>::from_request_parts(&mut parts, &())
            .await
            .unwrap_err();
        let response = query_rejection(&rejection);
        assert_eq!(
            body_text(response).await,
            r#"{"error":"Validation failed","code":"VALIDATION_ERROR","issues":[{"path":"limit","message":"must be an integer"}]}"#
        );
    }

    #[tokio::test]
    async fn empty_values_are_refused_only_where_the_schema_forbids_them() {
        let uri: Uri = "/x?q=&status=".parse().unwrap();
        assert!(empty_query_value(&uri, &["limit"]).is_none());
        let response = empty_query_value(&uri, &["status"]).unwrap();
        assert!(
            body_text(response)
                .await
                .contains(r#""path":"status","message":"must not be empty""#)
        );
    }

    #[test]
    fn rust_types_are_named_for_clients() {
        assert_eq!(expected_value("uuid::Uuid"), "must be a UUID");
        assert_eq!(expected_value("u32"), "must be a non-negative integer");
        assert_eq!(
            expected_value("chrono::DateTime<chrono::Utc>"),
            "must be an RFC 3339 date-time"
        );
        assert_eq!(
            expected_value("alloc::string::String"),
            "has an invalid value"
        );
    }

    #[tokio::test]
    async fn a_path_segment_that_is_no_id_names_no_resource() {
        let app = axum::Router::new().route(
            "/x/{id}",
            axum::routing::get(|id: Result<Path<IdParams>, PathRejection>| async move {
                match id {
                    Ok(_) => StatusCode::OK.into_response(),
                    Err(rejection) => path_rejection(&rejection),
                }
            }),
        );
        let request = Request::builder()
            .uri("/x/hunter2")
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            body_text(response).await,
            r#"{"error":"No such resource: the path does not name a record","code":"NOT_FOUND"}"#
        );
    }

    #[tokio::test]
    async fn a_missing_host_falls_back_to_the_uri_authority() {
        let uri: Uri = "http://example.com:81/x".parse().unwrap();
        let (mut parts, ()) = Request::builder()
            .uri(uri.clone())
            .body(())
            .unwrap()
            .into_parts();
        let missing = TypedHeader::<Host>::from_request_parts(&mut parts, &()).await;
        let host = request_host(missing, &uri).unwrap();
        assert_eq!((host.hostname(), host.port()), ("example.com", Some(81)));
        let (mut parts, ()) = Request::builder().uri("/x").body(()).unwrap().into_parts();
        let missing = TypedHeader::<Host>::from_request_parts(&mut parts, &()).await;
        assert_eq!(
            request_host(missing, &"/x".parse().unwrap()).unwrap_err(),
            "is required"
        );
    }
}

//! `Idempotency-Key` on every `POST` (IETF httpapi draft "The Idempotency-Key HTTP Header
//! Field", with Stripe's behaviour where the draft is silent).
//!
//! The first request with a key runs and its answer (status, body, `Content-Type`, `Location`,
//! `ETag`, `Content-Disposition`) is stored ([`crate::store::idempotency`]); the same key with
//! the same request (method, path, query, body) within 24 hours gets that answer again with
//! `Idempotent-Replayed: true` and runs nothing; the same key with another request is 422
//! `IDEMPOTENCY_KEY_REUSED`; while the first still runs, 409 `IDEMPOTENCY_KEY_IN_FLIGHT`. A 429
//! or 5xx answer is not stored: the key is released so that a retry runs. Keys are the caller's
//! own: a valid bearer token scopes them to its user and workspace, otherwise (register, login,
//! refresh) to the client address; another route without a valid token runs as if no key were
//! sent, and answers its 401.
//!
//! Cost: nothing without the header; with it, one query to resolve the caller (when a token is
//! sent), one insert to claim the key and one update to store the answer.

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::auth::caller::{self, WorkspaceAccess};
use crate::error::{ApiError, ErrorCode};
use crate::http::auth_rate_limit::LIMITED_PATHS;
use crate::http::client_ip::ClientIp;
use crate::state::AppState;
use crate::store::idempotency::{self, Answer, Claim};

/// The request header.
pub const KEY_HEADER: &str = "idempotency-key";
/// The header marking a replayed answer.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// The longest key.
const MAX_KEY_LEN: usize = 255;
/// The answer headers stored and replayed with the body.
const STORED_HEADERS: [HeaderName; 4] = [
    header::CONTENT_TYPE,
    header::LOCATION,
    header::ETAG,
    header::CONTENT_DISPOSITION,
];

/// Middleware: runs a keyed `POST` at most once per caller and key.
pub async fn idempotent(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let Some(raw) = request.headers().get(KEY_HEADER) else {
        return next.run(request).await;
    };
    let key = match valid_key(raw) {
        Ok(key) => key.to_owned(),
        Err(error) => return error.into_response(),
    };
    match run_once(&state, key, request, next).await {
        Ok(response) | Err(response) => response,
    }
}

async fn run_once(
    state: &AppState,
    key: String,
    request: Request,
    next: Next,
) -> Result<Response, Response> {
    let (parts, body) = request.into_parts();
    let client = parts.extensions.get::<ClientIp>().copied();
    let scope = scope_of(state, parts.uri.path(), &parts.headers, client)
        .await
        .map_err(IntoResponse::into_response)?;
    let Some(scope) = scope else {
        return Ok(next.run(Request::from_parts(parts, body)).await);
    };
    let body = to_bytes(body, usize::MAX).await.map_err(|_| too_large())?;
    let fingerprint = fingerprint(&parts.method, parts.uri.path_and_query(), &body);
    let lease = state.config.request_timeout * 2;
    let lease = chrono::Duration::from_std(lease).unwrap_or(chrono::Duration::minutes(5));
    let claim = idempotency::claim(&state.db, &scope, &key, &fingerprint, lease)
        .await
        .map_err(IntoResponse::into_response)?;
    match claim {
        Claim::Run => {}
        Claim::Replay(answer) => {
            metrics::counter!(crate::metrics::IDEMPOTENT_REPLAYS).increment(1);
            return Ok(replay(answer));
        }
        Claim::InFlight => return Err(in_flight()),
        Claim::Reused => return Err(reused()),
    }
    let mut held = Held {
        state: Some(state.clone()),
        scope,
        key,
    };
    let response = next.run(Request::from_parts(parts, Body::from(body))).await;
    let status = response.status();
    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
        held.release().await;
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, usize::MAX).await else {
        held.release().await;
        return Err(ApiError::internal("the answer's body could not be read").into_response());
    };
    let answer = Answer {
        status: status.as_u16(),
        headers: stored_headers(&parts.headers),
        body: body.to_vec(),
    };
    if let Err(error) = idempotency::complete(&state.db, &held.scope, &held.key, &answer).await {
        // The write went through; only its replay is lost. Keep the key held (in flight) so
        // that a retry does not run the request again.
        tracing::warn!(error = %error.message(), "idempotency: the answer could not be stored");
    }
    held.state = None;
    Ok(Response::from_parts(parts, Body::from(body)))
}

/// A key claimed by a running request: released if the request ends without an answer stored
/// (its future dropped by the timeout or a disconnect), so that a retry can run.
struct Held {
    state: Option<AppState>,
    scope: String,
    key: String,
}

impl Held {
    async fn release(&mut self) {
        if let Some(state) = self.state.take()
            && let Err(error) = idempotency::release(&state.db, &self.scope, &self.key).await
        {
            tracing::warn!(error = %error.message(), "idempotency: a key could not be released");
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let Some(state) = self.state.take() else {
            return;
        };
        let (scope, key) = (
            std::mem::take(&mut self.scope),
            std::mem::take(&mut self.key),
        );
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let _ = idempotency::release(&state.db, &scope, &key).await;
            });
        }
    }
}

/// 1 to 255 visible ASCII characters, else 400 naming the header.
fn valid_key(raw: &HeaderValue) -> Result<&str, ApiError> {
    let key = raw.to_str().unwrap_or_default();
    let visible = key.bytes().all(|b| b.is_ascii_graphic());
    if key.is_empty() || key.len() > MAX_KEY_LEN || !visible {
        return Err(ApiError::invalid_field(
            "Idempotency-Key",
            "must be 1 to 255 visible ASCII characters",
        ));
    }
    Ok(key)
}

/// Whose key it is: the signed-in user and workspace; on the routes open to anyone (register,
/// login, refresh) without a valid token, the client address; `None` on any other route without
/// a valid token, which then runs without the key (and answers 401).
async fn scope_of(
    state: &AppState,
    path: &str,
    headers: &HeaderMap,
    client: Option<ClientIp>,
) -> Result<Option<String>, ApiError> {
    if let Some(caller) = caller::resolve(&state.db, state.keys.jwt_key(), headers).await? {
        let workspace = match caller.workspace {
            WorkspaceAccess::Member(tenant) => tenant.workspace_id().to_string(),
            WorkspaceAccess::NoWorkspace | WorkspaceAccess::NotAMember => "-".to_owned(),
        };
        return Ok(Some(format!("user:{}:{workspace}", caller.user_id)));
    }
    if !LIMITED_PATHS.contains(&path.trim_end_matches('/')) {
        return Ok(None);
    }
    let address = client.map_or_else(|| "unknown".to_owned(), |ClientIp(ip)| ip.to_string());
    Ok(Some(format!("addr:{address}")))
}

/// The hash that tells one request from another: method, path with query, body.
fn fingerprint(
    method: &Method,
    path_and_query: Option<&axum::http::uri::PathAndQuery>,
    body: &Bytes,
) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_str());
    hash.update(b" ");
    hash.update(path_and_query.map_or("", |p| p.as_str()));
    hash.update(b"\n");
    hash.update(body);
    crate::digest::hex(&hash.finalize())
}

fn stored_headers(headers: &HeaderMap) -> Vec<(String, String)> {
    STORED_HEADERS
        .iter()
        .filter_map(|name| {
            let value = headers.get(name)?.to_str().ok()?;
            Some((name.as_str().to_owned(), value.to_owned()))
        })
        .collect()
}

/// The stored answer again, marked as replayed.
fn replay(answer: Answer) -> Response {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::OK);
    let mut response = Response::new(Body::from(answer.body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in answer.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.insert(name, value);
        }
    }
    headers.insert(
        HeaderName::from_static(REPLAYED_HEADER),
        HeaderValue::from_static("true"),
    );
    response
}

fn in_flight() -> Response {
    ApiError::new(
        ErrorCode::IdempotencyKeyInFlight,
        "A request with this Idempotency-Key is still running; retry later",
    )
    .into_response()
}

fn reused() -> Response {
    ApiError::new(
        ErrorCode::IdempotencyKeyReused,
        "This Idempotency-Key was used for a different request",
    )
    .with_issues(vec![crate::error::Issue::new(
        "Idempotency-Key",
        "was used for a different request",
    )])
    .into_response()
}

fn too_large() -> Response {
    ApiError::new(ErrorCode::PayloadTooLarge, "The request body is too large").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_one_to_255_visible_ascii_characters() {
        let ok = |text: &str| valid_key(&HeaderValue::from_str(text).unwrap()).is_ok();
        assert!(ok("a"));
        assert!(ok(&"k".repeat(255)));
        assert!(ok("0190b6c4-7a1e-7c3f-9d2b-1f2e3d4c5b6a"));
        assert!(!ok(""));
        assert!(!ok(&"k".repeat(256)));
        assert!(!ok("has space"));
        assert!(!ok("tab\there"));
    }

    #[test]
    fn the_fingerprint_follows_method_path_and_body() {
        let pq = |s: &'static str| axum::http::uri::PathAndQuery::from_static(s);
        let a = fingerprint(&Method::POST, Some(&pq("/v1/x")), &Bytes::from("{}"));
        assert_eq!(
            a,
            fingerprint(&Method::POST, Some(&pq("/v1/x")), &Bytes::from("{}"))
        );
        assert_ne!(
            a,
            fingerprint(&Method::POST, Some(&pq("/v1/y")), &Bytes::from("{}"))
        );
        assert_ne!(
            a,
            fingerprint(&Method::POST, Some(&pq("/v1/x")), &Bytes::from("{ }"))
        );
        assert_ne!(
            a,
            fingerprint(&Method::POST, Some(&pq("/v1/x?a=1")), &Bytes::from("{}"))
        );
    }
}

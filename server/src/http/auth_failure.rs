//! A failure while resolving the bearer token (the database is down, say) is not a bad token.
//! The generated handlers can only learn "no claims" from [`crate::api`]'s token resolution and
//! then answer 401, which would send a signed-in user back to the login page during an outage.
//! The resolver therefore [`report`]s the failure in a task-local slot that this layer scopes
//! around each API request, and the layer turns that request's 401 into the failure's own answer
//! (503 `SERVICE_UNAVAILABLE` with `Retry-After`, or 500 `INTERNAL`).

use std::cell::Cell;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::{ApiError, ErrorCode};

tokio::task_local! {
    /// The code of the failure met while resolving this request's caller, if any.
    static FAILURE: Cell<Option<ErrorCode>>;
}

/// Records that resolving the caller failed with `error` (already logged by the caller).
/// Outside [`answer_failure`]'s scope (unit tests) it does nothing.
pub fn report(error: &ApiError) {
    let code = error.code();
    // Outside the layer's scope there is nobody to tell; the 401 then stands.
    let _outside_scope = FAILURE.try_with(|slot| slot.set(Some(code)));
}

/// Middleware: answers the reported failure instead of the generated 401.
pub async fn answer_failure(request: Request, next: Next) -> Response {
    FAILURE
        .scope(Cell::new(None), async move {
            let response = next.run(request).await;
            let failure = FAILURE.with(Cell::get);
            match failure {
                Some(code) if response.status() == StatusCode::UNAUTHORIZED => {
                    failure_response(code)
                }
                _ => response,
            }
        })
        .await
}

fn failure_response(code: ErrorCode) -> Response {
    if code == ErrorCode::ServiceUnavailable {
        ApiError::unavailable("reported while resolving the caller").into_response()
    } else {
        ApiError::internal("reported while resolving the caller").into_response()
    }
}

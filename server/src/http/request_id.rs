//! `X-Request-Id`: every request gets one, and every response carries it.
//!
//! A client's own id is kept when it is a safe token (1 to 128 letters, digits and `-_.:`, sent
//! once), so a proxy's or frontend's id links their logs to ours without letting a client write
//! markup or log syntax into them; anything else is replaced by a fresh UUIDv7. tower-http's `SetRequestId` fills the missing header and `PropagateRequestId` copies it
//! to the response.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue};
use tower_http::request_id::{MakeRequestId, RequestId};
use uuid::Uuid;

/// The header's name.
pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Longest client-sent id kept.
pub const MAX_REQUEST_ID_LEN: usize = 128;

/// Whether a client-sent id may be kept: 1..=128 ASCII letters, digits, `-`, `_`, `.`, `:`.
pub fn is_sane(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_REQUEST_ID_LEN
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// Middleware (`map_request`): drops an unusable client id so a fresh one is generated.
pub async fn drop_insane_request_id(mut request: Request) -> Request {
    let headers = request.headers_mut();
    let mut values = headers.get_all(&X_REQUEST_ID).iter();
    let keep = matches!((values.next(), values.next()), (Some(v), None) if is_sane(v));
    if !keep {
        headers.remove(&X_REQUEST_ID);
    }
    request
}

/// Generates time-ordered UUIDv7 request ids.
#[derive(Debug, Clone, Copy, Default)]
pub struct MakeRequestUuidV7;

impl MakeRequestId for MakeRequestUuidV7 {
    fn make_request_id<B>(&mut self, _request: &axum::http::Request<B>) -> Option<RequestId> {
        let id = Uuid::now_v7().to_string();
        HeaderValue::from_str(&id).ok().map(RequestId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sane_ids_are_short_visible_ascii() {
        assert!(is_sane(&HeaderValue::from_static("abc-123_DEF.4")));
        assert!(is_sane(&HeaderValue::from_str(&"x".repeat(128)).unwrap()));
        assert!(!is_sane(&HeaderValue::from_str(&"x".repeat(129)).unwrap()));
        assert!(!is_sane(&HeaderValue::from_static("has space")));
        assert!(!is_sane(&HeaderValue::from_static("")));
        assert!(!is_sane(&HeaderValue::from_bytes(b"caf\xc3\xa9").unwrap()));
        assert!(is_sane(&HeaderValue::from_static("trace:01.2_x-y")));
        assert!(!is_sane(&HeaderValue::from_static(
            "<script>alert(1)</script>"
        )));
        assert!(!is_sane(&HeaderValue::from_static("a\"b")));
    }
}

//! The table of stable error codes, each bound to one HTTP status.
//!
//! Add a finer code by adding one line; it keeps the status of the general code it refines.

use axum::http::StatusCode;
use serde::Serialize;

/// Declares the code table once: variant, wire string, status.
macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = ($wire:literal, $status:ident), )+) => {
        /// Stable machine-readable error codes. A finer code (e.g. `EmailTaken`) refines a
        /// general one and keeps its status; add one by adding a line to the table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $( $(#[$doc])* $variant, )+
        }

        impl ErrorCode {
            /// Every code, in table order (for documentation and tests).
            pub const ALL: &'static [ErrorCode] = &[ $( ErrorCode::$variant, )+ ];

            /// The code as sent on the wire, e.g. `"VALIDATION_ERROR"`.
            pub const fn as_str(self) -> &'static str {
                match self { $( ErrorCode::$variant => $wire, )+ }
            }

            /// The one HTTP status this code is always sent with.
            pub const fn status(self) -> StatusCode {
                match self { $( ErrorCode::$variant => StatusCode::$status, )+ }
            }
        }
    };
}

error_codes! {
    /// The request is malformed or a field is invalid (see `issues`).
    ValidationError = ("VALIDATION_ERROR", BAD_REQUEST),
    /// No valid credentials.
    Unauthenticated = ("UNAUTHENTICATED", UNAUTHORIZED),
    /// Authenticated but not allowed.
    Forbidden = ("FORBIDDEN", FORBIDDEN),
    /// No such resource (or route), or it belongs to another workspace.
    NotFound = ("NOT_FOUND", NOT_FOUND),
    /// The route exists but not for this method.
    MethodNotAllowed = ("METHOD_NOT_ALLOWED", METHOD_NOT_ALLOWED),
    /// The request took longer than `CRM_REQUEST_TIMEOUT_SECS`.
    RequestTimeout = ("REQUEST_TIMEOUT", REQUEST_TIMEOUT),
    /// A unique value is taken, or the resource changed meanwhile.
    Conflict = ("CONFLICT", CONFLICT),
    /// The body is larger than allowed.
    PayloadTooLarge = ("PAYLOAD_TOO_LARGE", PAYLOAD_TOO_LARGE),
    /// The body is not `application/json` (or the operation's declared type).
    UnsupportedMediaType = ("UNSUPPORTED_MEDIA_TYPE", UNSUPPORTED_MEDIA_TYPE),
    /// Well-formed, but a domain rule forbids it.
    BusinessRule = ("BUSINESS_RULE", UNPROCESSABLE_ENTITY),
    /// Too many requests; see `Retry-After`.
    RateLimited = ("RATE_LIMITED", TOO_MANY_REQUESTS),
    /// An unexpected failure; details are only in the server log.
    Internal = ("INTERNAL", INTERNAL_SERVER_ERROR),
    /// The operation is part of the contract but not available yet.
    NotImplemented = ("NOT_IMPLEMENTED", NOT_IMPLEMENTED),
    /// A dependency (the database) is unavailable.
    ServiceUnavailable = ("SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE),
    /// Refines `CONFLICT`: an account with this email exists.
    EmailTaken = ("EMAIL_TAKEN", CONFLICT),
    /// Refines `CONFLICT`: a workspace with this slug exists.
    SlugTaken = ("SLUG_TAKEN", CONFLICT),
    /// Refines `CONFLICT`: the invoice number is used in this workspace.
    InvoiceNumberTaken = ("INVOICE_NUMBER_TAKEN", CONFLICT),
    /// Refines `BUSINESS_RULE`: the workspace's last owner cannot be demoted or removed.
    LastOwner = ("LAST_OWNER", UNPROCESSABLE_ENTITY),
    /// Refines `BUSINESS_RULE`: the stage still has deals; pass `targetStageId`.
    StageInUse = ("STAGE_IN_USE", UNPROCESSABLE_ENTITY),
    /// Refines `CONFLICT`: a stage with this name exists in the workspace.
    NameTaken = ("NAME_TAKEN", CONFLICT),
    /// Refines `BUSINESS_RULE`: a referenced record does not exist (live) in the workspace.
    InvalidReference = ("INVALID_REFERENCE", UNPROCESSABLE_ENTITY),
    /// Refines `BUSINESS_RULE`: the record's status cannot change this way (a PAID invoice).
    InvalidTransition = ("INVALID_TRANSITION", UNPROCESSABLE_ENTITY),
    /// Refines `BUSINESS_RULE`: a webhook URL this server does not send to (plain http, a
    /// private or loopback address, credentials).
    TargetNotAllowed = ("TARGET_NOT_ALLOWED", UNPROCESSABLE_ENTITY),
    /// Refines `NOT_FOUND`: no live invite has this token (unknown, expired, revoked or used).
    InvalidInvite = ("INVALID_INVITE", NOT_FOUND),
    /// Refines `VALIDATION_ERROR`: the request is not readable HTTP (a bad request line).
    MalformedRequest = ("MALFORMED_REQUEST", BAD_REQUEST),
    /// The request URI is longer than the server reads.
    UriTooLong = ("URI_TOO_LONG", URI_TOO_LONG),
    /// The request has more or larger header fields than the server reads.
    HeadersTooLarge = ("HEADERS_TOO_LARGE", REQUEST_HEADER_FIELDS_TOO_LARGE),
    /// The record is no longer at the version named by `If-Match`.
    PreconditionFailed = ("PRECONDITION_FAILED", PRECONDITION_FAILED),
    /// Refines `CONFLICT`: a request with this `Idempotency-Key` is still running.
    IdempotencyKeyInFlight = ("IDEMPOTENCY_KEY_IN_FLIGHT", CONFLICT),
    /// Refines `BUSINESS_RULE`: this `Idempotency-Key` was used for a different request.
    IdempotencyKeyReused = ("IDEMPOTENCY_KEY_REUSED", UNPROCESSABLE_ENTITY),
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_are_unique_and_upper_snake_case() {
        let wire: HashSet<_> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(wire.len(), ErrorCode::ALL.len());
        for code in ErrorCode::ALL {
            assert!(
                code.as_str()
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_'),
                "{code}"
            );
            assert!(
                code.status().is_client_error() || code.status().is_server_error(),
                "{code}"
            );
        }
    }

    #[test]
    fn finer_codes_keep_their_general_status() {
        assert_eq!(ErrorCode::EmailTaken.status(), ErrorCode::Conflict.status());
        assert_eq!(
            ErrorCode::StageInUse.status(),
            ErrorCode::BusinessRule.status()
        );
        assert_eq!(
            ErrorCode::BusinessRule.status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
}

//! Rust the generated `crm-api` crate (openapi-generator `rust-axum`, see `openapi/templates/`)
//! calls into, and the server shares: the contract's error envelope, `validator` and serde
//! messages turned into the contract's issues, and the answers to axum's extractor rejections.
//!
//! The generated handlers answer by themselves when a request cannot reach the implementation
//! (no bearer token, a body that does not parse, a value the schema forbids). Every such answer
//! is the contract's `Error` schema, `{"error", "code", "issues"?}`, with issue paths in the
//! contract's JSON names (`rows[3].email`) and messages that describe the broken rule without
//! repeating the submitted value.
//!
//! Rules the generated types do not enforce, a four-digit year on every date and date-time
//! ([`four_digit_year`]) and no U+0000 in any string ([`no_nul`]), are functions the generated
//! validators call.
//!
//! Only the spec-derived part stays in the templates: the per-schema field tables
//! ([`FieldMeta`]), which the generated code passes in as data.

mod calendar_day;
mod envelope;
mod formats;
mod rejection;
mod serde_message;
mod text;
mod validation;

pub use calendar_day::{CalendarDay, NotACalendarDay};
pub use envelope::{
    Envelope, Issue, envelope_response, internal_error, invalid_input, no_such_resource,
    unauthenticated, validation_failed,
};
pub use formats::{CalendarYear, YEAR_OUT_OF_RANGE, four_digit_year};
pub use rejection::{
    empty_query_value, expected_value, json_rejection, path_rejection, query_rejection,
    request_host,
};
pub use serde_message::{
    SerdeMessage, between as text_between, describe_serde_message, issue_at, issue_in_text,
};
pub use text::{NUL_CHARACTER, TextValue, no_nul};
pub use validation::{FieldMeta, ModelTable, field, issues_from_validation};

//! Turns a panic inside a handler into a 500 envelope (the process keeps serving).

use std::any::Any;

use axum::response::Response;

use crate::error::{ErrorCode, envelope_response};

/// `CatchPanicLayer` handler: logs the panic message inside the request span, answers
/// `INTERNAL` without detail.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = message, "handler panicked");
    envelope_response(ErrorCode::Internal, "Internal server error", &[])
}

//! The life of an invoice. Status changes follow DRAFT → SENT → PAID or VOID, and OVERDUE →
//! PAID or VOID; PAID and VOID are final (422 `INVALID_TRANSITION`). An invoice may still be
//! created in any status (history imports). A SENT invoice past its `dueAt` *is* OVERDUE, at
//! the moment of each request, everywhere (get, list, the `status` filter, reports): no job
//! has to run for it. Becoming PAID sets `paidAt` (unless the request sets it), being SENT sets
//! `issuedAt` (unless it is set).

use chrono::{DateTime, Utc};
use sea_orm::ColumnTrait;
use sea_orm::sea_query::{Condition, SimpleExpr};

use crate::entities::invoices::{Column, Model};
use crate::entities::sea_orm_active_enums::InvoiceStatus;
use crate::error::{ApiError, ErrorCode, Issue};

/// The status the invoice has now: a SENT invoice past its due date is OVERDUE.
pub(super) fn effective_status(row: &Model, now: DateTime<Utc>) -> InvoiceStatus {
    match (row.status, row.due_at) {
        (InvoiceStatus::Sent, Some(due)) if due < now => InvoiceStatus::Overdue,
        (status, _) => status,
    }
}

/// Whether an invoice may go from `from` to `to` (staying is always allowed).
fn allowed(from: InvoiceStatus, to: InvoiceStatus) -> bool {
    use InvoiceStatus::{Draft, Overdue, Paid, Sent, Void};
    from == to
        || matches!(
            (from, to),
            (Draft, Sent) | (Sent, Paid | Void | Overdue) | (Overdue, Paid | Void)
        )
}

/// 422 `INVALID_TRANSITION` unless an invoice that is `from` now may become `to`.
pub(super) fn check_transition(from: InvoiceStatus, to: InvoiceStatus) -> Result<(), ApiError> {
    if allowed(from, to) {
        return Ok(());
    }
    let (from, to) = (wire(from), wire(to));
    let why = if matches!(from, "PAID" | "VOID") {
        format!("an invoice that is {from} is final")
    } else {
        format!("an invoice that is {from} cannot become {to}")
    };
    Err(ApiError::new(
        ErrorCode::InvalidTransition,
        format!("Invalid status change: {why}"),
    )
    .with_issues(vec![Issue::new(
        "status",
        "DRAFT → SENT → PAID or VOID, OVERDUE → PAID or VOID; PAID and VOID are final",
    )]))
}

/// The dates a status brings with it when the request leaves them unset: `paidAt` for PAID,
/// `issuedAt` for an invoice that was sent (SENT, OVERDUE, PAID).
pub(super) fn stamp_dates(row: &mut Model, now: DateTime<Utc>) {
    if row.status == InvoiceStatus::Paid && row.paid_at.is_none() {
        row.paid_at = Some(now);
    }
    let was_sent = matches!(
        row.status,
        InvoiceStatus::Sent | InvoiceStatus::Overdue | InvoiceStatus::Paid
    );
    if was_sent && row.issued_at.is_none() {
        row.issued_at = Some(now);
    }
}

/// The `status` filter on the effective status: SENT means not past due, OVERDUE also takes the
/// SENT invoices past due.
pub(super) fn has_status(status: InvoiceStatus, now: DateTime<Utc>) -> SimpleExpr {
    let sent = Column::Status.eq(InvoiceStatus::Sent);
    let past_due = Column::DueAt.lt(now);
    let condition = match status {
        InvoiceStatus::Sent => Condition::all().add(sent).add(
            Condition::any()
                .add(Column::DueAt.is_null())
                .add(Column::DueAt.gte(now)),
        ),
        InvoiceStatus::Overdue => Condition::any()
            .add(Column::Status.eq(InvoiceStatus::Overdue))
            .add(Condition::all().add(sent).add(past_due)),
        other => Condition::all().add(Column::Status.eq(other)),
    };
    condition.into()
}

fn wire(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Draft => "DRAFT",
        InvoiceStatus::Sent => "SENT",
        InvoiceStatus::Paid => "PAID",
        InvoiceStatus::Overdue => "OVERDUE",
        InvoiceStatus::Void => "VOID",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InvoiceStatus::{Draft, Overdue, Paid, Sent, Void};

    #[test]
    fn the_allowed_moves_and_the_final_states() {
        for (from, to) in [
            (Draft, Sent),
            (Sent, Paid),
            (Sent, Void),
            (Overdue, Paid),
            (Overdue, Void),
            (Paid, Paid),
        ] {
            assert!(allowed(from, to), "{from:?} -> {to:?}");
        }
        for (from, to) in [
            (Draft, Paid),
            (Draft, Void),
            (Sent, Draft),
            (Overdue, Sent),
            (Paid, Void),
            (Void, Sent),
            (Paid, Draft),
        ] {
            assert!(!allowed(from, to), "{from:?} -> {to:?}");
        }
        let error = check_transition(Paid, Sent).unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
        assert_eq!(
            error.message(),
            "Invalid status change: an invoice that is PAID is final"
        );
    }
}

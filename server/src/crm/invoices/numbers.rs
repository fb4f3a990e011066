//! Invoice numbers: the client's choice (trimmed; blank counts as absent) or the workspace's
//! next free `INV-000001`-style number, taken from its `workspace_sequences` row in the
//! create's own transaction; and the 409 `INVOICE_NUMBER_TAKEN` of a clash, which the database's
//! unique constraint (`uq_invoices_workspace_id_invoice_number`, deleted invoices included) has
//! the last word on.

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

use crate::entities::invoices::{Column, Entity};
use crate::entities::workspace_sequences::{self, Column as Seq, Entity as Sequences};
use crate::error::{ApiError, ErrorCode, Issue};

/// The `workspace_sequences` row that numbers invoices.
const NUMBER_SEQUENCE: &str = "invoice_number";

/// A client-chosen invoice number, trimmed; blank counts as absent.
pub(super) fn chosen_number(number: Option<&str>) -> Option<String> {
    number
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
}

/// How many times a create with an allocated number starts over when a client-chosen number
/// took that number between the check and the insert (PostgreSQL; SQLite writers are serial).
pub(super) const ALLOCATION_ATTEMPTS: usize = 5;

/// 409 `INVOICE_NUMBER_TAKEN` for the unique-violation conflict of an invoice write (the number
/// is the only unique value an invoice write can clash on).
pub(super) fn number_taken(error: ApiError) -> ApiError {
    if error.code() != ErrorCode::Conflict {
        return error;
    }
    ApiError::new(
        ErrorCode::InvoiceNumberTaken,
        "An invoice with this number already exists in the workspace",
    )
    .with_issues(vec![Issue::new("invoiceNumber", "is already taken")])
}

/// The workspace's next `INV-000001`-style number that no invoice (deleted ones included)
/// carries yet. Each value is taken from the workspace's sequence by one upsert, whose row lock
/// (PostgreSQL) or the write lock (SQLite) holds until the caller's transaction ends, so
/// concurrent creates never get the same number and a rolled-back create leaves no gap.
pub(super) async fn next_free_number<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
) -> Result<String, ApiError> {
    loop {
        let number = format!("INV-{:06}", take_sequence_value(db, workspace_id).await?);
        let taken = Entity::find()
            .filter(Column::WorkspaceId.eq(workspace_id))
            .filter(Column::InvoiceNumber.eq(number.as_str()))
            .count(db)
            .await?;
        if taken == 0 {
            return Ok(number);
        }
    }
}

/// Takes the next value of the workspace's invoice-number sequence (1 on first use).
async fn take_sequence_value<C: ConnectionTrait>(
    db: &C,
    workspace_id: Uuid,
) -> Result<i64, ApiError> {
    let first = workspace_sequences::ActiveModel {
        workspace_id: Set(workspace_id),
        name: Set(NUMBER_SEQUENCE.to_owned()),
        next_value: Set(2),
    };
    let bump = Expr::col((Sequences, Seq::NextValue)).add(1);
    Sequences::insert(first)
        .on_conflict(
            OnConflict::columns([Seq::WorkspaceId, Seq::Name])
                .value(Seq::NextValue, bump)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    let next = Sequences::find_by_id((workspace_id, NUMBER_SEQUENCE.to_owned()))
        .one(db)
        .await?
        .ok_or_else(|| ApiError::internal("the invoice number sequence row is missing"))?;
    Ok(next.next_value - 1)
}

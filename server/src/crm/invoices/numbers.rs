//! Invoice numbers: the client's choice (trimmed; blank counts as absent) or the workspace's
//! next free `INV-000001`-style number, taken from the workspace's `invoice_number` sequence in
//! the create's own transaction. A clash is a 409 `INVOICE_NUMBER_TAKEN`, which the database's
//! unique constraint (`uq_invoices_workspace_id_invoice_number`, deleted invoices included) has
//! the last word on (mapped in [`crate::error`]).

use sea_orm::{ColumnTrait, ConnectionTrait, PaginatorTrait, QueryFilter};

use crate::entities::invoices::{Column, Entity};
use crate::error::ApiError;
use crate::store::record::scoped_with_deleted;
use crate::store::{Tenant, sequences};

/// The workspace sequence that numbers invoices.
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

/// The workspace's next `INV-000001`-style number that no invoice (deleted ones included)
/// carries yet (see [`sequences`]: concurrent creates never get the same number, a rolled-back
/// create leaves no gap).
pub(super) async fn next_free_number<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
) -> Result<String, ApiError> {
    loop {
        let value = sequences::take_next(db, tenant, NUMBER_SEQUENCE).await?;
        let number = format!("INV-{value:06}");
        let taken = scoped_with_deleted::<Entity>(tenant)
            .filter(Column::InvoiceNumber.eq(number.as_str()))
            .count(db)
            .await?;
        if taken == 0 {
            return Ok(number);
        }
    }
}

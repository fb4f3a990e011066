//! The contract's closed value sets, stored as short strings (plain `text` columns; the schema has
//! no CHECK constraints, so these types are what keeps unknown values out). Decoding a value that
//! is not listed fails loudly instead of leaking an unknown state into the API.

use sea_orm::entity::prelude::*;

/// A member's role in a workspace: OWNER > ADMIN > MEMBER. Used by memberships and invites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum MembershipRole {
    /// Full control, including granting and removing OWNER.
    #[sea_orm(string_value = "OWNER")]
    Owner,
    /// Manages memberships, invites and stages.
    #[sea_orm(string_value = "ADMIN")]
    Admin,
    /// Works with the CRM records.
    #[sea_orm(string_value = "MEMBER")]
    Member,
}

/// What kind of customer a contact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum CustomerType {
    /// A business customer.
    #[sea_orm(string_value = "B2B")]
    B2b,
    /// A consumer.
    #[sea_orm(string_value = "B2C")]
    B2c,
    /// A patient (clinics use visits).
    #[sea_orm(string_value = "PATIENT")]
    Patient,
}

/// Where a deal stands, independent of its pipeline stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum DealStatus {
    /// Still being worked on.
    #[sea_orm(string_value = "OPEN")]
    Open,
    /// Closed as won.
    #[sea_orm(string_value = "WON")]
    Won,
    /// Closed as lost.
    #[sea_orm(string_value = "LOST")]
    Lost,
}

/// Whether a task is still to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum TaskStatus {
    /// Still to do.
    #[sea_orm(string_value = "OPEN")]
    Open,
    /// Done.
    #[sea_orm(string_value = "DONE")]
    Done,
}

/// The kind of record a task or note is attached to (`relatedType`, lower-case on the wire).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum RelatedType {
    /// A contact.
    #[sea_orm(string_value = "contact")]
    Contact,
    /// A company.
    #[sea_orm(string_value = "company")]
    Company,
    /// A deal.
    #[sea_orm(string_value = "deal")]
    Deal,
    /// Another task.
    #[sea_orm(string_value = "task")]
    Task,
}

/// The kind of record an invoice is billed to (`relatedType` of invoices).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum InvoiceRelatedType {
    /// A contact.
    #[sea_orm(string_value = "contact")]
    Contact,
    /// A company.
    #[sea_orm(string_value = "company")]
    Company,
}

/// An invoice's lifecycle state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum InvoiceStatus {
    /// Not yet sent.
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    /// Sent, awaiting payment.
    #[sea_orm(string_value = "SENT")]
    Sent,
    /// Paid (`paid_at` is set).
    #[sea_orm(string_value = "PAID")]
    Paid,
    /// Past its due date and unpaid.
    #[sea_orm(string_value = "OVERDUE")]
    Overdue,
    /// Cancelled; kept for the record.
    #[sea_orm(string_value = "VOID")]
    Void,
}

/// A visit's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum VisitStatus {
    /// Planned.
    #[sea_orm(string_value = "SCHEDULED")]
    Scheduled,
    /// Took place.
    #[sea_orm(string_value = "COMPLETED")]
    Completed,
    /// Called off.
    #[sea_orm(string_value = "CANCELLED")]
    Cancelled,
}

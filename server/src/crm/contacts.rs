//! Contacts: create, PATCH, list (`q` over first name, last name and email; `companyId`,
//! `customerType`, `tag`) and soft delete, which detaches the contact from deals
//! (`primaryContactId`) and deletes its tasks and notes; visits keep pointing at it.

use crm_api::models::{self, ContactCreateRequest, ContactUpdateRequest, ListContactsQueryParams};
use sea_orm::sea_query::{Condition, Expr, LikeExpr, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use super::attachments;
use super::input::{Issues, optional_text, or_null, patch_text};
use super::patch::{keep_clear_or_replace, keep_or_replace, new_reference, present};
use super::refs::{Refs, Target};
use crate::entities::contacts::{self, Column, Entity, Model};
use crate::entities::deals;
use crate::entities::sea_orm_active_enums::{CustomerType, RelatedType};
use crate::error::ApiError;
use crate::store::etag::IfMatch;
use crate::store::list::{self, Filters, Page};
use crate::store::record::{DeleteEffects, impl_owned_record, scoped};
use crate::store::remove::{self, detach};
use crate::store::{Tenant, write};

impl_owned_record!(contacts: "Contact"; kind "contact", api models::Contact, on_delete on_delete);

/// Deleting a contact detaches it from deals (`primaryContactId`) and deletes its tasks and
/// notes; its visits keep pointing at it (they carry the contact's name).
async fn on_delete<C: ConnectionTrait>(
    db: &C,
    tenant: Tenant,
    id: Uuid,
) -> Result<DeleteEffects, ApiError> {
    use deals::Column as Deal;
    let deals =
        detach::<deals::Entity, C>(db, tenant, Deal::PrimaryContactId, Deal::UpdatedAt, id).await?;
    let mut effects = attachments::remove(db, tenant, RelatedType::Contact, id).await?;
    effects.detached.insert("deals".to_owned(), deals.into());
    Ok(effects)
}

/// The contract's `Contact`.
pub fn to_api(row: &Model) -> models::Contact {
    let tags: Vec<String> = serde_json::from_value(row.tags.clone()).unwrap_or_default();
    let mut contact = models::Contact::new(
        row.id,
        row.workspace_id,
        row.owner_id,
        row.first_name.clone(),
        row.last_name.clone(),
        tags,
        row.created_at,
        row.updated_at,
    );
    contact.job_title = or_null(row.job_title.clone());
    contact.email = or_null(row.email.clone());
    contact.phone = or_null(row.phone.clone());
    contact.company_id = or_null(row.company_id);
    contact.customer_type = or_null(row.customer_type.map(customer_type_to_api));
    contact
}

/// Database customer type → contract.
pub fn customer_type_to_api(value: CustomerType) -> models::CustomerType {
    match value {
        CustomerType::B2b => models::CustomerType::B2B,
        CustomerType::B2c => models::CustomerType::B2C,
        CustomerType::Patient => models::CustomerType::Patient,
    }
}

/// Contract customer type → database.
pub fn customer_type_from_api(value: models::CustomerType) -> CustomerType {
    match value {
        models::CustomerType::B2B => CustomerType::B2b,
        models::CustomerType::B2C => CustomerType::B2c,
        models::CustomerType::Patient => CustomerType::Patient,
    }
}

/// A page of live contacts, most recently updated first.
pub async fn list(
    db: &DatabaseConnection,
    tenant: Option<Tenant>,
    query: &ListContactsQueryParams,
) -> Result<Page<models::Contact>, ApiError> {
    let backend = db.get_database_backend();
    let filters = Filters::new()
        .search_with(query.q.as_deref(), name_or_email)
        .eq(Column::CompanyId, query.company_id)
        .eq(
            Column::CustomerType,
            query.customer_type.map(customer_type_from_api),
        )
        .when(query.tag.as_deref(), |tag| has_tag(backend, tag));
    let filters = filters.trash(query.deleted, tenant)?;
    list::run::<Entity, _>(db, tenant, query.limit, query.cursor.as_deref(), filters).await
}

/// `first_name ' ' last_name`, lower-cased: the full name, so `ada love` finds Ada Lovelace.
/// Written out, not built, so that the text is exactly the expression of the PostgreSQL trigram
/// index (migration `m20261128_020500_create_search_indexes`) and the space is a literal.
pub const FULL_NAME: &str = r#"LOWER("contacts"."first_name" || ' ' || "contacts"."last_name")"#;

/// Contacts whose full name or email contains `pattern` (a [`list::contains_pattern`]): the
/// list's `q` and global search match contacts alike.
pub fn name_or_email(pattern: &str) -> Condition {
    let full_name = Expr::cust(FULL_NAME).like(LikeExpr::new(pattern).escape('\\'));
    Condition::any()
        .add(full_name)
        .add(list::lower_like(Column::Email.into_expr(), pattern))
}

/// The contact's `tags` array holds `tag` exactly.
fn has_tag(backend: DatabaseBackend, tag: &str) -> SimpleExpr {
    match backend {
        DatabaseBackend::Postgres => Expr::cust_with_values(
            r#""contacts"."tags" @> CAST($1 AS jsonb)"#,
            [serde_json::json!([tag]).to_string()],
        ),
        _ => Expr::cust_with_values(
            r#"EXISTS (SELECT 1 FROM json_each("contacts"."tags") AS t WHERE t.value = ?)"#,
            [tag.to_owned()],
        ),
    }
}

/// The contract's `maxLength` of one tag.
const TAG_MAX_CHARS: usize = 50;

/// Tags as stored: each read like required text ([`Issues::text`], at most
/// [`TAG_MAX_CHARS`]), duplicates dropped (first occurrence kept).
fn tags(value: &[String], issues: &mut Issues) -> serde_json::Value {
    let mut kept: Vec<String> = Vec::with_capacity(value.len());
    for (i, tag) in value.iter().enumerate() {
        let field = format!("tags[{i}]");
        issues.max_chars(&field, tag, TAG_MAX_CHARS);
        let tag = issues.text(&field, tag);
        if !kept.contains(&tag) {
            kept.push(tag);
        }
    }
    serde_json::Value::from(kept)
}

/// Creates a contact owned by the caller.
pub async fn create(
    db: &DatabaseConnection,
    tenant: Tenant,
    body: &ContactCreateRequest,
) -> Result<Model, ApiError> {
    let (row, refs) = prepare(tenant, body)?;
    write::create::<Entity>(db, tenant, refs, row).await
}

/// Validates a create (400 listing every problem) and builds the new row owned by the caller,
/// with the references still to check; nothing is written. [`create`] and the import use it.
pub fn prepare(tenant: Tenant, body: &ContactCreateRequest) -> Result<(Model, Refs), ApiError> {
    let mut issues = Issues::new();
    let first_name = issues.text("firstName", &body.first_name);
    let email = issues.email("email", &body.email).and_then(Option::from);
    let tags = tags(body.tags.as_deref().unwrap_or_default(), &mut issues);
    issues.check()?;
    let company_id = present(&body.company_id);
    let now = crate::time::now();
    let row = Model {
        id: Uuid::now_v7(),
        workspace_id: tenant.workspace_id(),
        owner_id: tenant.user_id(),
        first_name,
        last_name: body.last_name.trim().to_owned(),
        job_title: optional_text(&body.job_title),
        email,
        phone: optional_text(&body.phone),
        company_id,
        customer_type: present(&body.customer_type).map(customer_type_from_api),
        tags,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    };
    let refs = Refs::new().add("companyId", Target::Company, company_id);
    Ok((row, refs))
}

/// Applies a PATCH.
pub async fn update(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
    body: &ContactUpdateRequest,
) -> Result<Model, ApiError> {
    write::patch::<Entity, _, _>(db, tenant, id, expected, &[], |row| {
        let mut issues = Issues::new();
        let first_name = body
            .first_name
            .as_deref()
            .map(|n| issues.text("firstName", n));
        let last_name = body.last_name.as_deref().map(|n| n.trim().to_owned());
        let email = issues.email("email", &body.email);
        let tags = body.tags.as_deref().map(|t| tags(t, &mut issues));
        issues.check()?;
        let refs = Refs::new().add(
            "companyId",
            Target::Company,
            new_reference(row.company_id, &body.company_id),
        );
        keep_or_replace(&mut row.first_name, first_name);
        keep_or_replace(&mut row.last_name, last_name);
        keep_clear_or_replace(&mut row.job_title, patch_text(&body.job_title));
        keep_clear_or_replace(&mut row.email, email);
        keep_clear_or_replace(&mut row.phone, patch_text(&body.phone));
        keep_clear_or_replace(&mut row.company_id, body.company_id);
        keep_clear_or_replace(
            &mut row.customer_type,
            body.customer_type.map(|t| t.map(customer_type_from_api)),
        );
        keep_or_replace(&mut row.tags, tags);
        Ok(refs)
    })
    .await
}

/// Soft-deletes the listed live contacts of the workspace exactly as [`delete`] does, in one
/// transaction; unknown, foreign and already deleted ids are skipped. A member who does not own
/// every listed contact gets 403 and nothing is deleted. Answers how many were deleted.
pub async fn bulk_delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    ids: &[Uuid],
) -> Result<u64, ApiError> {
    let txn = crate::db::begin_write(db).await?;
    let rows = scoped::<Entity>(tenant)
        .filter(Column::Id.is_in(ids.iter().copied()))
        .lock_exclusive()
        .all(&txn)
        .await?;
    for row in &rows {
        remove::require_owner_or_manager(tenant, row.owner_id)?;
    }
    for row in &rows {
        remove::soft_delete::<Entity, _>(&txn, tenant, row).await?;
    }
    txn.commit().await?;
    Ok(u64::try_from(rows.len()).unwrap_or(u64::MAX))
}

/// Soft-deletes the contact (owner or manager).
pub async fn delete(
    db: &DatabaseConnection,
    tenant: Tenant,
    id: Uuid,
    expected: &IfMatch,
) -> Result<(), ApiError> {
    remove::delete::<Entity>(db, tenant, id, expected).await
}

#![allow(unused_qualifications)]

use http::HeaderValue;
use validator::Validate;

#[cfg(feature = "server")]
use crate::header;
use crate::{models, types::*};

#[allow(dead_code)]
pub type SSE = std::pin::Pin<
    std::boxed::Box<
        dyn futures_util::Stream<
                Item = std::result::Result<axum::response::sse::Event, std::convert::Infallible>,
            > + std::marker::Send
            + std::marker::Sync,
    >,
>;

#[allow(dead_code)]
fn from_validation_error(e: validator::ValidationError) -> validator::ValidationErrors {
    let mut errs = validator::ValidationErrors::new();
    errs.add("na", e);
    errs
}

/// Reads a present, non-nullable optional property: `null` is refused like any other wrong type
/// (an absent key stays `None` through `#[serde(default)]`).
#[allow(dead_code)]
fn deserialize_present<'de, D, T>(deserializer: D) -> std::result::Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Accepts every string without U+0000: text fields are stored verbatim and escaped by whoever
/// renders them.
#[allow(dead_code)]
pub fn check_xss_string(v: &str) -> std::result::Result<(), validator::ValidationError> {
    crm_api_runtime::no_nul(v)
}

/// Accepts every list of strings without U+0000 (see [`check_xss_string`]).
#[allow(dead_code)]
pub fn check_xss_vec_string(v: &[String]) -> std::result::Result<(), validator::ValidationError> {
    v.iter().try_for_each(crm_api_runtime::no_nul)
}

#[allow(dead_code)]
pub fn check_xss_map_string(
    v: &std::collections::HashMap<String, String>,
) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| ammonia::is_html(v)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map_nested<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError>
where
    T: validator::Validate,
{
    if v.keys().any(|k| ammonia::is_html(k)) || v.values().any(|v| v.validate().is_err()) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[allow(dead_code)]
pub fn check_xss_map<T>(
    v: &std::collections::HashMap<String, T>,
) -> std::result::Result<(), validator::ValidationError> {
    if v.keys().any(|k| ammonia::is_html(k)) {
        std::result::Result::Err(validator::ValidationError::new("xss detected"))
    } else {
        std::result::Result::Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListActivitiesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListActivitiesQueryParams {
    /// Only activities of this kind of record (`contact`, `deal`, `invoice` ...).
    #[serde(rename = "entityType")]
    #[validate(length(max = 40), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Only activities of this record.
    #[serde(rename = "entityId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<uuid::Uuid>,
    /// Only activities at or after this time.
    #[serde(rename = "dateFrom")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_from: Option<chrono::DateTime<chrono::Utc>>,
    /// Only activities at or before this time.
    #[serde(rename = "dateTo")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_to: Option<chrono::DateTime<chrono::Utc>>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthLoginHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_AUTHLOGINHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_AUTHLOGINHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthLogoutHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_AUTHLOGOUTHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_AUTHLOGOUTHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthMeHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthRefreshHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_AUTHREFRESHHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_AUTHREFRESHHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthRegisterHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_AUTHREGISTERHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_AUTHREGISTERHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateCompanyHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATECOMPANYHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATECOMPANYHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteCompanyHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteCompanyPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetCompanyByIdHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetCompanyByIdPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListCompaniesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListCompaniesQueryParams {
    /// `true`: list the soft-deleted records instead of the live ones (the trash, newest first by the list's usual order; OWNER or ADMIN, 403 otherwise). They can be restored with `POST /{kind}/{id}/restore` until the retention sweep (`CRM_RETENTION_DAYS`) purges them.
    #[serde(rename = "deleted")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Free-text filter (case-insensitive substring).
    #[serde(rename = "q")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreCompanyHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_RESTORECOMPANYHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_RESTORECOMPANYHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreCompanyPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateCompanyHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateCompanyPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct BulkDeleteContactsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_BULKDELETECONTACTSHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_BULKDELETECONTACTSHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateContactHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATECONTACTHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATECONTACTHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteContactHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteContactPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportContactsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ExportContactsQueryParams {
    /// The export format; CSV is the only one.
    #[serde(rename = "format")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<models::ExportFormat>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetContactByIdHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetContactByIdPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportContactsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_IMPORTCONTACTSHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_IMPORTCONTACTSHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportContactsQueryParams {
    /// Check and report, write nothing (default false).
    #[serde(rename = "dryRun")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// Import the valid rows and report the invalid ones in `errors` (default false).
    #[serde(rename = "skipInvalid")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_invalid: Option<bool>,
    /// What a row whose email is already a contact does (default `skip`).
    #[serde(rename = "onDuplicate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_duplicate: Option<models::ImportDuplicateMode>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListContactsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListContactsQueryParams {
    /// `true`: list the soft-deleted records instead of the live ones (the trash, newest first by the list's usual order; OWNER or ADMIN, 403 otherwise). They can be restored with `POST /{kind}/{id}/restore` until the retention sweep (`CRM_RETENTION_DAYS`) purges them.
    #[serde(rename = "deleted")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Free-text filter (case-insensitive substring).
    #[serde(rename = "q")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only records of this company.
    #[serde(rename = "companyId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<uuid::Uuid>,
    /// Only contacts of this customer type.
    #[serde(rename = "customerType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<models::CustomerType>,
    /// Only contacts carrying this tag (exact match).
    #[serde(rename = "tag")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreContactHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_RESTORECONTACTHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_RESTORECONTACTHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreContactPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateContactHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateContactPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateDealHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEDEALHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEDEALHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteDealHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteDealPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetDealByIdHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetDealByIdPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListDealsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListDealsQueryParams {
    /// `true`: list the soft-deleted records instead of the live ones (the trash, newest first by the list's usual order; OWNER or ADMIN, 403 otherwise). They can be restored with `POST /{kind}/{id}/restore` until the retention sweep (`CRM_RETENTION_DAYS`) purges them.
    #[serde(rename = "deleted")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Free-text filter (case-insensitive substring).
    #[serde(rename = "q")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only deals in this stage.
    #[serde(rename = "stageId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,
    /// Only deals with this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::DealStatus>,
    /// Only deals owned by this user.
    #[serde(rename = "ownerId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<uuid::Uuid>,
    /// Only records of this company.
    #[serde(rename = "companyId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<uuid::Uuid>,
    /// Only deals whose primary contact is this contact.
    #[serde(rename = "primaryContactId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreDealHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_RESTOREDEALHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_RESTOREDEALHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreDealPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateDealHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateDealPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AcceptInviteHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_ACCEPTINVITEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ACCEPTINVITEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateInviteHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEINVITEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEINVITEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteInviteHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteInvitePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvitesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvitesQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateInvoiceHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEINVOICEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEINVOICEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteInvoiceHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteInvoicePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetInvoiceByIdHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetInvoiceByIdPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvoicesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvoicesQueryParams {
    /// `true`: list the soft-deleted records instead of the live ones (the trash, newest first by the list's usual order; OWNER or ADMIN, 403 otherwise). They can be restored with `POST /{kind}/{id}/restore` until the retention sweep (`CRM_RETENTION_DAYS`) purges them.
    #[serde(rename = "deleted")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Only invoices with this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::InvoiceStatus>,
    /// Only invoices billed to this kind of record.
    #[serde(rename = "relatedType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<models::InvoiceRelatedType>,
    /// Only records attached to this record.
    #[serde(rename = "relatedId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<uuid::Uuid>,
    /// Only invoices issued at or after this time.
    #[serde(rename = "issuedFrom")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_from: Option<chrono::DateTime<chrono::Utc>>,
    /// Only invoices issued at or before this time.
    #[serde(rename = "issuedTo")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_to: Option<chrono::DateTime<chrono::Utc>>,
    /// Only invoices due at or after this time.
    #[serde(rename = "dueFrom")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_from: Option<chrono::DateTime<chrono::Utc>>,
    /// Only invoices due at or before this time.
    #[serde(rename = "dueTo")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_to: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreInvoiceHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_RESTOREINVOICEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_RESTOREINVOICEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RestoreInvoicePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateInvoiceHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateInvoicePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteMembershipHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteMembershipPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListMembershipsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListMembershipsQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListUsersHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListUsersQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateMembershipHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateMembershipPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateNoteHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATENOTEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATENOTEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteNoteHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteNotePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListNotesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListNotesQueryParams {
    /// Only records attached to this kind of record.
    #[serde(rename = "relatedType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<models::RelatedType>,
    /// Only records attached to this record.
    #[serde(rename = "relatedId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<uuid::Uuid>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardInvitesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_ONBOARDINVITESHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ONBOARDINVITESHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardStagesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_ONBOARDSTAGESHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ONBOARDSTAGESHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardWorkspaceHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_ONBOARDWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ONBOARDWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetDashboardReportHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetDashboardReportQueryParams {
    /// How many days back `recentActivity` counts (1 to 365, default 7).
    #[serde(rename = "days")]
    #[validate(range(min = 1u32, max = 365u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetInvoiceAgingReportHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetPipelineReportHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GlobalSearchHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GlobalSearchQueryParams {
    /// The text to look for (case-insensitive substring).
    #[serde(rename = "q")]
    #[validate(
        length(min = 1, max = 200),
        custom(function = "crm_api_runtime::no_nul")
    )]
    pub q: String,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateStageHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATESTAGEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATESTAGEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteStageHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteStagePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteStageQueryParams {
    /// The stage that receives the deleted stage's deals.
    #[serde(rename = "targetStageId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_stage_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListStagesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListStagesQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReorderStagesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateStageHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateStagePathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateTaskHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATETASKHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATETASKHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteTaskHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteTaskPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetTaskByIdHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_none_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetTaskByIdPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListTasksHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListTasksQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Only tasks with this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::TaskStatus>,
    /// Only tasks assigned to this user.
    #[serde(rename = "assigneeId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<uuid::Uuid>,
    /// Only records attached to this kind of record.
    #[serde(rename = "relatedType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<models::RelatedType>,
    /// Only records attached to this record.
    #[serde(rename = "relatedId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateTaskHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateTaskPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateVisitHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEVISITHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEVISITHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteVisitHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteVisitPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListVisitsHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListVisitsQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Only visits with this contact.
    #[serde(rename = "contactId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<uuid::Uuid>,
    /// Only visits with this status.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::VisitStatus>,
    /// Only visits on or after this day (`YYYY-MM-DD`).
    #[serde(rename = "dateFrom")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_from: Option<crm_api_runtime::CalendarDay>,
    /// Only visits on or before this day (`YYYY-MM-DD`).
    #[serde(rename = "dateTo")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_to: Option<crm_api_runtime::CalendarDay>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateVisitHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(length(max = 4096))]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateVisitPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateWebhookHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEWEBHOOKHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEWEBHOOKHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteWebhookHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DeleteWebhookPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetWebhookHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct GetWebhookPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesQueryParams {
    /// Only deliveries in this state.
    #[serde(rename = "status")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::WebhookDeliveryStatus>,
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhooksHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhooksQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplayWebhookDeliveryHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_REPLAYWEBHOOKDELIVERYHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_REPLAYWEBHOOKDELIVERYHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReplayWebhookDeliveryPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
    /// The delivery to send again.
    pub delivery_id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RotateWebhookSecretHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_ROTATEWEBHOOKSECRETHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_ROTATEWEBHOOKSECRETHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct RotateWebhookSecretPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateWebhookHeaderParams {
    pub x_workspace_id: Option<uuid::Uuid>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UpdateWebhookPathParams {
    /// The record's id.
    pub id: uuid::Uuid,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CreateWorkspaceHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_CREATEWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_CREATEWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWorkspacesQueryParams {
    /// The `nextCursor` of the previous page. Opaque; a malformed cursor is a 400.
    #[serde(rename = "cursor")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// The page size.
    #[serde(rename = "limit")]
    #[validate(range(min = 1u32, max = 200u32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SwitchWorkspaceHeaderParams {
    #[validate(
                    length(min = 1, max = 255),
                      regex(path = *RE_SWITCHWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY),
            )]
    pub idempotency_key: Option<String>,
}

lazy_static::lazy_static! {
    static ref RE_SWITCHWORKSPACEHEADERPARAMS_IDEMPOTENCY_KEY: regex::Regex = regex::Regex::new("^[!-~]+$").unwrap();
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Activity {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "actorId")]
    pub actor_id: uuid::Uuid,

    /// What happened, as `entity.verb` (`deal.stage_changed`).
    #[serde(rename = "type")]
    #[validate(custom(function = "check_xss_string"))]
    pub r_type: String,

    #[serde(rename = "entityType")]
    #[validate(custom(function = "check_xss_string"))]
    pub entity_type: String,

    #[serde(rename = "entityId")]
    pub entity_id: uuid::Uuid,

    /// Details; for updates `{changes: {field: {before, after}}}`.
    #[serde(rename = "metadata")]
    #[validate(custom(function = "check_xss_map"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::HashMap<String, crate::types::Object>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl Activity {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        actor_id: uuid::Uuid,
        r_type: String,
        entity_type: String,
        entity_id: uuid::Uuid,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Activity {
        Activity {
            id,
            workspace_id,
            actor_id,
            r_type,
            entity_type,
            entity_id,
            metadata: None,
            created_at,
        }
    }
}

/// Converts the Activity value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Activity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping actorId in query parameter serialization
            Some("type".to_string()),
            Some(self.r_type.to_string()),
            Some("entityType".to_string()),
            Some(self.entity_type.to_string()),
            // Skipping entityId in query parameter serialization

            // Skipping metadata in query parameter serialization
            // Skipping metadata in query parameter serialization

            // Skipping createdAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Activity value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Activity {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub actor_id: Vec<uuid::Uuid>,
            pub r_type: Vec<String>,
            pub entity_type: Vec<String>,
            pub entity_id: Vec<uuid::Uuid>,
            pub metadata: Vec<std::collections::HashMap<String, crate::types::Object>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Activity".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "actorId" => intermediate_rep.actor_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entityType" => intermediate_rep.entity_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entityId" => intermediate_rep.entity_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "metadata" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Activity"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Activity".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Activity {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Activity".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Activity".to_string())?,
            actor_id: intermediate_rep
                .actor_id
                .into_iter()
                .next()
                .ok_or_else(|| "actorId missing in Activity".to_string())?,
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in Activity".to_string())?,
            entity_type: intermediate_rep
                .entity_type
                .into_iter()
                .next()
                .ok_or_else(|| "entityType missing in Activity".to_string())?,
            entity_id: intermediate_rep
                .entity_id
                .into_iter()
                .next()
                .ok_or_else(|| "entityId missing in Activity".to_string())?,
            metadata: intermediate_rep.metadata.into_iter().next(),
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Activity".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Activity> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Activity>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Activity>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Activity - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Activity> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Activity as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Activity - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthLoginRequest {
    #[serde(rename = "email")]
    #[validate(length(max = 254), custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "password")]
    #[validate(length(min = 1, max = 128), custom(function = "check_xss_string"))]
    pub password: String,
}

impl AuthLoginRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(email: String, password: String) -> AuthLoginRequest {
        AuthLoginRequest { email, password }
    }
}

/// Converts the AuthLoginRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuthLoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("email".to_string()),
            Some(self.email.to_string()),
            Some("password".to_string()),
            Some(self.password.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuthLoginRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuthLoginRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub email: Vec<String>,
            pub password: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuthLoginRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "password" => intermediate_rep.password.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuthLoginRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuthLoginRequest {
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in AuthLoginRequest".to_string())?,
            password: intermediate_rep
                .password
                .into_iter()
                .next()
                .ok_or_else(|| "password missing in AuthLoginRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuthLoginRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuthLoginRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuthLoginRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuthLoginRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuthLoginRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuthLoginRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuthLoginRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthRefreshRequest {
    #[serde(rename = "refreshToken")]
    #[validate(length(min = 1, max = 512), custom(function = "check_xss_string"))]
    pub refresh_token: String,
}

impl AuthRefreshRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(refresh_token: String) -> AuthRefreshRequest {
        AuthRefreshRequest { refresh_token }
    }
}

/// Converts the AuthRefreshRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuthRefreshRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("refreshToken".to_string()),
            Some(self.refresh_token.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuthRefreshRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuthRefreshRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub refresh_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuthRefreshRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "refreshToken" => intermediate_rep.refresh_token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing AuthRefreshRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuthRefreshRequest {
            refresh_token: intermediate_rep
                .refresh_token
                .into_iter()
                .next()
                .ok_or_else(|| "refreshToken missing in AuthRefreshRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuthRefreshRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuthRefreshRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuthRefreshRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuthRefreshRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuthRefreshRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuthRefreshRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuthRefreshRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthRegisterRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "email")]
    #[validate(length(max = 254), custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "password")]
    #[validate(length(min = 8, max = 128), custom(function = "check_xss_string"))]
    pub password: String,

    /// An invite token; the account then joins the inviting workspace.
    #[serde(rename = "inviteToken")]
    #[validate(length(max = 512), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invite_token: Option<Nullable<String>>,
}

impl AuthRegisterRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, email: String, password: String) -> AuthRegisterRequest {
        AuthRegisterRequest {
            name,
            email,
            password,
            invite_token: None,
        }
    }
}

/// Converts the AuthRegisterRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuthRegisterRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            Some("password".to_string()),
            Some(self.password.to_string()),
            self.invite_token.as_ref().map(|invite_token| {
                [
                    "inviteToken".to_string(),
                    invite_token
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuthRegisterRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuthRegisterRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub password: Vec<String>,
            pub invite_token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuthRegisterRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "password" => intermediate_rep.password.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "inviteToken" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in AuthRegisterRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing AuthRegisterRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuthRegisterRequest {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in AuthRegisterRequest".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in AuthRegisterRequest".to_string())?,
            password: intermediate_rep
                .password
                .into_iter()
                .next()
                .ok_or_else(|| "password missing in AuthRegisterRequest".to_string())?,
            invite_token: std::result::Result::Err(
                "Nullable types not supported in AuthRegisterRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuthRegisterRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuthRegisterRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuthRegisterRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuthRegisterRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuthRegisterRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuthRegisterRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuthRegisterRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A session. Keep `refreshToken` secret; `token` is under 1 KB.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuthTokenResponse {
    /// The access token (JWT) for `Authorization: Bearer`.
    #[serde(rename = "token")]
    #[validate(custom(function = "check_xss_string"))]
    pub token: String,

    /// Single-use token for `POST /auth/refresh`.
    #[serde(rename = "refreshToken")]
    #[validate(custom(function = "check_xss_string"))]
    pub refresh_token: String,

    /// Seconds until `token` expires.
    #[serde(rename = "expiresIn")]
    pub expires_in: i64,

    #[serde(rename = "user")]
    #[validate(nested)]
    pub user: models::User,

    /// The session's workspace, null for a user without one.
    #[serde(rename = "workspaceId")]
    pub workspace_id: Nullable<uuid::Uuid>,
}

impl AuthTokenResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        token: String,
        refresh_token: String,
        expires_in: i64,
        user: models::User,
        workspace_id: Nullable<uuid::Uuid>,
    ) -> AuthTokenResponse {
        AuthTokenResponse {
            token,
            refresh_token,
            expires_in,
            user,
            workspace_id,
        }
    }
}

/// Converts the AuthTokenResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuthTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("token".to_string()),
            Some(self.token.to_string()),
            Some("refreshToken".to_string()),
            Some(self.refresh_token.to_string()),
            Some("expiresIn".to_string()),
            Some(self.expires_in.to_string()),
            // Skipping user in query parameter serialization

            // Skipping workspaceId in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuthTokenResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuthTokenResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub token: Vec<String>,
            pub refresh_token: Vec<String>,
            pub expires_in: Vec<i64>,
            pub user: Vec<models::User>,
            pub workspace_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing AuthTokenResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "token" => intermediate_rep.token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "refreshToken" => intermediate_rep.refresh_token.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "expiresIn" => intermediate_rep.expires_in.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "user" => intermediate_rep.user.push(<models::User as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "workspaceId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in AuthTokenResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing AuthTokenResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuthTokenResponse {
            token: intermediate_rep
                .token
                .into_iter()
                .next()
                .ok_or_else(|| "token missing in AuthTokenResponse".to_string())?,
            refresh_token: intermediate_rep
                .refresh_token
                .into_iter()
                .next()
                .ok_or_else(|| "refreshToken missing in AuthTokenResponse".to_string())?,
            expires_in: intermediate_rep
                .expires_in
                .into_iter()
                .next()
                .ok_or_else(|| "expiresIn missing in AuthTokenResponse".to_string())?,
            user: intermediate_rep
                .user
                .into_iter()
                .next()
                .ok_or_else(|| "user missing in AuthTokenResponse".to_string())?,
            workspace_id: std::result::Result::Err(
                "Nullable types not supported in AuthTokenResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuthTokenResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<AuthTokenResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<AuthTokenResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for AuthTokenResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<AuthTokenResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <AuthTokenResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into AuthTokenResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct BulkDeleteResponse {
    #[serde(rename = "deleted")]
    pub deleted: i64,
}

impl BulkDeleteResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(deleted: i64) -> BulkDeleteResponse {
        BulkDeleteResponse { deleted }
    }
}

/// Converts the BulkDeleteResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for BulkDeleteResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("deleted".to_string()), Some(self.deleted.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a BulkDeleteResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for BulkDeleteResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub deleted: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing BulkDeleteResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "deleted" => intermediate_rep.deleted.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing BulkDeleteResponse".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(BulkDeleteResponse {
            deleted: intermediate_rep
                .deleted
                .into_iter()
                .next()
                .ok_or_else(|| "deleted missing in BulkDeleteResponse".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<BulkDeleteResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<BulkDeleteResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<BulkDeleteResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for BulkDeleteResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<BulkDeleteResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <BulkDeleteResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into BulkDeleteResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Company {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "ownerId")]
    pub owner_id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "domain")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<Nullable<String>>,

    #[serde(rename = "industry")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<Nullable<String>>,

    #[serde(rename = "size")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<Nullable<String>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Company {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        owner_id: uuid::Uuid,
        name: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Company {
        Company {
            id,
            workspace_id,
            owner_id,
            name,
            domain: None,
            industry: None,
            size: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Company value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Company {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping ownerId in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.industry.as_ref().map(|industry| {
                [
                    "industry".to_string(),
                    industry
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.size.as_ref().map(|size| {
                [
                    "size".to_string(),
                    size.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Company value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Company {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub owner_id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub domain: Vec<String>,
            pub industry: Vec<String>,
            pub size: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Company".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "ownerId" => intermediate_rep.owner_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "domain" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Company"
                                .to_string(),
                        );
                    }
                    "industry" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Company"
                                .to_string(),
                        );
                    }
                    "size" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Company"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Company".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Company {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Company".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Company".to_string())?,
            owner_id: intermediate_rep
                .owner_id
                .into_iter()
                .next()
                .ok_or_else(|| "ownerId missing in Company".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Company".to_string())?,
            domain: std::result::Result::Err(
                "Nullable types not supported in Company".to_string(),
            )?,
            industry: std::result::Result::Err(
                "Nullable types not supported in Company".to_string(),
            )?,
            size: std::result::Result::Err("Nullable types not supported in Company".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Company".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Company".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Company> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Company>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Company>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Company - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Company> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Company as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Company - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CompanyCreateRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "domain")]
    #[validate(length(max = 253), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<Nullable<String>>,

    #[serde(rename = "industry")]
    #[validate(length(max = 100), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<Nullable<String>>,

    #[serde(rename = "size")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<Nullable<String>>,
}

impl CompanyCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> CompanyCreateRequest {
        CompanyCreateRequest {
            name,
            domain: None,
            industry: None,
            size: None,
        }
    }
}

/// Converts the CompanyCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for CompanyCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.industry.as_ref().map(|industry| {
                [
                    "industry".to_string(),
                    industry
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.size.as_ref().map(|size| {
                [
                    "size".to_string(),
                    size.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a CompanyCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for CompanyCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub domain: Vec<String>,
            pub industry: Vec<String>,
            pub size: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing CompanyCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "domain" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyCreateRequest".to_string()),
                    "industry" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyCreateRequest".to_string()),
                    "size" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing CompanyCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(CompanyCreateRequest {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in CompanyCreateRequest".to_string())?,
            domain: std::result::Result::Err(
                "Nullable types not supported in CompanyCreateRequest".to_string(),
            )?,
            industry: std::result::Result::Err(
                "Nullable types not supported in CompanyCreateRequest".to_string(),
            )?,
            size: std::result::Result::Err(
                "Nullable types not supported in CompanyCreateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<CompanyCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<CompanyCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<CompanyCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for CompanyCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<CompanyCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <CompanyCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into CompanyCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CompanyUpdateRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "domain")]
    #[validate(length(max = 253), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<Nullable<String>>,

    #[serde(rename = "industry")]
    #[validate(length(max = 100), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<Nullable<String>>,

    #[serde(rename = "size")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<Nullable<String>>,
}

impl CompanyUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> CompanyUpdateRequest {
        CompanyUpdateRequest {
            name: None,
            domain: None,
            industry: None,
            size: None,
        }
    }
}

/// Converts the CompanyUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for CompanyUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.domain.as_ref().map(|domain| {
                [
                    "domain".to_string(),
                    domain
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.industry.as_ref().map(|industry| {
                [
                    "industry".to_string(),
                    industry
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.size.as_ref().map(|size| {
                [
                    "size".to_string(),
                    size.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a CompanyUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for CompanyUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub domain: Vec<String>,
            pub industry: Vec<String>,
            pub size: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing CompanyUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "domain" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyUpdateRequest".to_string()),
                    "industry" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyUpdateRequest".to_string()),
                    "size" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in CompanyUpdateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing CompanyUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(CompanyUpdateRequest {
            name: intermediate_rep.name.into_iter().next(),
            domain: std::result::Result::Err(
                "Nullable types not supported in CompanyUpdateRequest".to_string(),
            )?,
            industry: std::result::Result::Err(
                "Nullable types not supported in CompanyUpdateRequest".to_string(),
            )?,
            size: std::result::Result::Err(
                "Nullable types not supported in CompanyUpdateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<CompanyUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<CompanyUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<CompanyUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for CompanyUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<CompanyUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <CompanyUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into CompanyUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Contact {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "ownerId")]
    pub owner_id: uuid::Uuid,

    #[serde(rename = "firstName")]
    #[validate(custom(function = "check_xss_string"))]
    pub first_name: String,

    #[serde(rename = "lastName")]
    #[validate(custom(function = "check_xss_string"))]
    pub last_name: String,

    #[serde(rename = "jobTitle")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Nullable<String>>,

    /// As sent (case kept); it matches the pattern of `ContactCreateRequest.email`.
    #[serde(rename = "email")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Nullable<String>>,

    #[serde(rename = "phone")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "customerType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<Nullable<models::CustomerType>>,

    #[serde(rename = "tags")]
    #[validate(custom(function = "check_xss_vec_string"))]
    pub tags: Vec<String>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Contact {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        owner_id: uuid::Uuid,
        first_name: String,
        last_name: String,
        tags: Vec<String>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Contact {
        Contact {
            id,
            workspace_id,
            owner_id,
            first_name,
            last_name,
            job_title: None,
            email: None,
            phone: None,
            company_id: None,
            customer_type: None,
            tags,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Contact value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping ownerId in query parameter serialization
            Some("firstName".to_string()),
            Some(self.first_name.to_string()),
            Some("lastName".to_string()),
            Some(self.last_name.to_string()),
            self.job_title.as_ref().map(|job_title| {
                [
                    "jobTitle".to_string(),
                    job_title
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.email.as_ref().map(|email| {
                [
                    "email".to_string(),
                    email.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping companyId in query parameter serialization

            // Skipping customerType in query parameter serialization
            Some("tags".to_string()),
            Some(
                self.tags
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Contact value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Contact {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub owner_id: Vec<uuid::Uuid>,
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub job_title: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub company_id: Vec<uuid::Uuid>,
            pub customer_type: Vec<models::CustomerType>,
            pub tags: Vec<Vec<String>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Contact".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "ownerId" => intermediate_rep.owner_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "firstName" => intermediate_rep.first_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "lastName" => intermediate_rep.last_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "jobTitle" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    "email" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    "phone" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    "companyId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    "customerType" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    "tags" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Contact"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Contact".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Contact {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Contact".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Contact".to_string())?,
            owner_id: intermediate_rep
                .owner_id
                .into_iter()
                .next()
                .ok_or_else(|| "ownerId missing in Contact".to_string())?,
            first_name: intermediate_rep
                .first_name
                .into_iter()
                .next()
                .ok_or_else(|| "firstName missing in Contact".to_string())?,
            last_name: intermediate_rep
                .last_name
                .into_iter()
                .next()
                .ok_or_else(|| "lastName missing in Contact".to_string())?,
            job_title: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            email: std::result::Result::Err("Nullable types not supported in Contact".to_string())?,
            phone: std::result::Result::Err("Nullable types not supported in Contact".to_string())?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            customer_type: std::result::Result::Err(
                "Nullable types not supported in Contact".to_string(),
            )?,
            tags: intermediate_rep
                .tags
                .into_iter()
                .next()
                .ok_or_else(|| "tags missing in Contact".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Contact".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Contact".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Contact> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Contact>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Contact>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Contact - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Contact> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Contact as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Contact - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactBulkDeleteRequest {
    #[serde(rename = "ids")]
    #[validate(length(min = 1, max = 1000))]
    pub ids: Vec<uuid::Uuid>,
}

impl ContactBulkDeleteRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(ids: Vec<uuid::Uuid>) -> ContactBulkDeleteRequest {
        ContactBulkDeleteRequest { ids }
    }
}

/// Converts the ContactBulkDeleteRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactBulkDeleteRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping ids in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactBulkDeleteRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactBulkDeleteRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub ids: Vec<Vec<uuid::Uuid>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactBulkDeleteRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "ids" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactBulkDeleteRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactBulkDeleteRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactBulkDeleteRequest {
            ids: intermediate_rep
                .ids
                .into_iter()
                .next()
                .ok_or_else(|| "ids missing in ContactBulkDeleteRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactBulkDeleteRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactBulkDeleteRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactBulkDeleteRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactBulkDeleteRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactBulkDeleteRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactBulkDeleteRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactBulkDeleteRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactCreateRequest {
    #[serde(rename = "firstName")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    pub first_name: String,

    #[serde(rename = "lastName")]
    #[validate(length(max = 100), custom(function = "check_xss_string"))]
    pub last_name: String,

    #[serde(rename = "jobTitle")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Nullable<String>>,

    /// An email address (one `@`, a dot inside the domain, no spaces or control characters); an empty string counts as absent, so on a PATCH it clears the address like `null` does.
    #[serde(rename = "email")]
    #[validate(
            length(max = 254),
            regex(path = *RE_CONTACTCREATEREQUEST_EMAIL),
          custom(function = "crm_api_runtime::no_nul"),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Nullable<String>>,

    #[serde(rename = "phone")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "customerType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<Nullable<models::CustomerType>>,

    #[serde(rename = "tags")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

lazy_static::lazy_static! {
    static ref RE_CONTACTCREATEREQUEST_EMAIL: regex::Regex = regex::Regex::new("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$").unwrap();
}

impl ContactCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(first_name: String, last_name: String) -> ContactCreateRequest {
        ContactCreateRequest {
            first_name,
            last_name,
            job_title: None,
            email: None,
            phone: None,
            company_id: None,
            customer_type: None,
            tags: None,
        }
    }
}

/// Converts the ContactCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("firstName".to_string()),
            Some(self.first_name.to_string()),
            Some("lastName".to_string()),
            Some(self.last_name.to_string()),
            self.job_title.as_ref().map(|job_title| {
                [
                    "jobTitle".to_string(),
                    job_title
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.email.as_ref().map(|email| {
                [
                    "email".to_string(),
                    email.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping companyId in query parameter serialization

            // Skipping customerType in query parameter serialization
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub job_title: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub company_id: Vec<uuid::Uuid>,
            pub customer_type: Vec<models::CustomerType>,
            pub tags: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "firstName" => intermediate_rep.first_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lastName" => intermediate_rep.last_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "jobTitle" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactCreateRequest".to_string()),
                    "email" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactCreateRequest".to_string()),
                    "phone" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactCreateRequest".to_string()),
                    "companyId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactCreateRequest".to_string()),
                    "customerType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactCreateRequest".to_string()),
                    "tags" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactCreateRequest {
            first_name: intermediate_rep
                .first_name
                .into_iter()
                .next()
                .ok_or_else(|| "firstName missing in ContactCreateRequest".to_string())?,
            last_name: intermediate_rep
                .last_name
                .into_iter()
                .next()
                .ok_or_else(|| "lastName missing in ContactCreateRequest".to_string())?,
            job_title: std::result::Result::Err(
                "Nullable types not supported in ContactCreateRequest".to_string(),
            )?,
            email: std::result::Result::Err(
                "Nullable types not supported in ContactCreateRequest".to_string(),
            )?,
            phone: std::result::Result::Err(
                "Nullable types not supported in ContactCreateRequest".to_string(),
            )?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in ContactCreateRequest".to_string(),
            )?,
            customer_type: std::result::Result::Err(
                "Nullable types not supported in ContactCreateRequest".to_string(),
            )?,
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Either `csv` or `rows`, not both.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactImportRequest {
    /// Raw CSV text with a header row.
    #[serde(rename = "csv")]
    #[validate(length(max = 10485760), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csv: Option<String>,

    /// Parsed rows, at most 50,000 (413 `PAYLOAD_TOO_LARGE` beyond).
    #[serde(rename = "rows")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<models::ContactImportRow>>,
}

impl ContactImportRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ContactImportRequest {
        ContactImportRequest {
            csv: None,
            rows: None,
        }
    }
}

/// Converts the ContactImportRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactImportRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.csv
                .as_ref()
                .map(|csv| ["csv".to_string(), csv.to_string()].join(",")),
            // Skipping rows in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactImportRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactImportRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub csv: Vec<String>,
            pub rows: Vec<Vec<models::ContactImportRow>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactImportRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "csv" => intermediate_rep.csv.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactImportRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactImportRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactImportRequest {
            csv: intermediate_rep.csv.into_iter().next(),
            rows: intermediate_rep.rows.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactImportRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactImportRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactImportRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactImportRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactImportRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactImportRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactImportRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactImportResponse {
    /// Contacts created or updated (0 on a dry run).
    #[serde(rename = "imported")]
    pub imported: i64,

    /// The contacts created or updated, in file order (empty on a dry run).
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Contact>,

    /// Rows that created a contact (or would, on a dry run).
    #[serde(rename = "created")]
    pub created: i64,

    /// Rows that updated a contact (`onDuplicate=update`).
    #[serde(rename = "updated")]
    pub updated: i64,

    /// Rows left out as duplicates (`onDuplicate=skip`).
    #[serde(rename = "skipped")]
    pub skipped: i64,

    /// Invalid rows left out (`skipInvalid=true`); each has its problems in `errors`.
    #[serde(rename = "failed")]
    pub failed: i64,

    /// Companies created for a `companyName` no live company has.
    #[serde(rename = "companiesCreated")]
    pub companies_created: i64,

    /// The problems of the rows left out, by line.
    #[serde(rename = "errors")]
    #[validate(nested)]
    pub r_errors: Vec<models::ImportRowError>,

    /// Whether this was a dry run (nothing written).
    #[serde(rename = "dryRun")]
    pub dry_run: bool,
}

impl ContactImportResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        imported: i64,
        rows: Vec<models::Contact>,
        created: i64,
        updated: i64,
        skipped: i64,
        failed: i64,
        companies_created: i64,
        r_errors: Vec<models::ImportRowError>,
        dry_run: bool,
    ) -> ContactImportResponse {
        ContactImportResponse {
            imported,
            rows,
            created,
            updated,
            skipped,
            failed,
            companies_created,
            r_errors,
            dry_run,
        }
    }
}

/// Converts the ContactImportResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactImportResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("imported".to_string()),
            Some(self.imported.to_string()),
            // Skipping rows in query parameter serialization
            Some("created".to_string()),
            Some(self.created.to_string()),
            Some("updated".to_string()),
            Some(self.updated.to_string()),
            Some("skipped".to_string()),
            Some(self.skipped.to_string()),
            Some("failed".to_string()),
            Some(self.failed.to_string()),
            Some("companiesCreated".to_string()),
            Some(self.companies_created.to_string()),
            // Skipping errors in query parameter serialization
            Some("dryRun".to_string()),
            Some(self.dry_run.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactImportResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactImportResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub imported: Vec<i64>,
            pub rows: Vec<Vec<models::Contact>>,
            pub created: Vec<i64>,
            pub updated: Vec<i64>,
            pub skipped: Vec<i64>,
            pub failed: Vec<i64>,
            pub companies_created: Vec<i64>,
            pub r_errors: Vec<Vec<models::ImportRowError>>,
            pub dry_run: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactImportResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "imported" => intermediate_rep.imported.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactImportResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "created" => intermediate_rep.created.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "updated" => intermediate_rep.updated.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "skipped" => intermediate_rep.skipped.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "failed" => intermediate_rep.failed.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "companiesCreated" => intermediate_rep.companies_created.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "errors" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactImportResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "dryRun" => intermediate_rep.dry_run.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactImportResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactImportResponse {
            imported: intermediate_rep
                .imported
                .into_iter()
                .next()
                .ok_or_else(|| "imported missing in ContactImportResponse".to_string())?,
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ContactImportResponse".to_string())?,
            created: intermediate_rep
                .created
                .into_iter()
                .next()
                .ok_or_else(|| "created missing in ContactImportResponse".to_string())?,
            updated: intermediate_rep
                .updated
                .into_iter()
                .next()
                .ok_or_else(|| "updated missing in ContactImportResponse".to_string())?,
            skipped: intermediate_rep
                .skipped
                .into_iter()
                .next()
                .ok_or_else(|| "skipped missing in ContactImportResponse".to_string())?,
            failed: intermediate_rep
                .failed
                .into_iter()
                .next()
                .ok_or_else(|| "failed missing in ContactImportResponse".to_string())?,
            companies_created: intermediate_rep
                .companies_created
                .into_iter()
                .next()
                .ok_or_else(|| "companiesCreated missing in ContactImportResponse".to_string())?,
            r_errors: intermediate_rep
                .r_errors
                .into_iter()
                .next()
                .ok_or_else(|| "errors missing in ContactImportResponse".to_string())?,
            dry_run: intermediate_rep
                .dry_run
                .into_iter()
                .next()
                .ok_or_else(|| "dryRun missing in ContactImportResponse".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactImportResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactImportResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactImportResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactImportResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactImportResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactImportResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactImportResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactImportRow {
    #[serde(rename = "firstName")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    pub first_name: String,

    #[serde(rename = "lastName")]
    #[validate(length(max = 100), custom(function = "check_xss_string"))]
    pub last_name: String,

    #[serde(rename = "jobTitle")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Nullable<String>>,

    /// An email address (one `@`, a dot inside the domain, no spaces or control characters); an empty string counts as absent, so on a PATCH it clears the address like `null` does.
    #[serde(rename = "email")]
    #[validate(
            length(max = 254),
            regex(path = *RE_CONTACTIMPORTROW_EMAIL),
          custom(function = "crm_api_runtime::no_nul"),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Nullable<String>>,

    #[serde(rename = "phone")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    /// Used when `companyId` is absent: the live company of this name (case-insensitive), created when there is none. Blank counts as absent.
    #[serde(rename = "companyName")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<Nullable<String>>,

    #[serde(rename = "customerType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<Nullable<models::CustomerType>>,

    #[serde(rename = "tags")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

lazy_static::lazy_static! {
    static ref RE_CONTACTIMPORTROW_EMAIL: regex::Regex = regex::Regex::new("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$").unwrap();
}

impl ContactImportRow {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(first_name: String, last_name: String) -> ContactImportRow {
        ContactImportRow {
            first_name,
            last_name,
            job_title: None,
            email: None,
            phone: None,
            company_id: None,
            company_name: None,
            customer_type: None,
            tags: None,
        }
    }
}

/// Converts the ContactImportRow value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactImportRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("firstName".to_string()),
            Some(self.first_name.to_string()),
            Some("lastName".to_string()),
            Some(self.last_name.to_string()),
            self.job_title.as_ref().map(|job_title| {
                [
                    "jobTitle".to_string(),
                    job_title
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.email.as_ref().map(|email| {
                [
                    "email".to_string(),
                    email.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping companyId in query parameter serialization
            self.company_name.as_ref().map(|company_name| {
                [
                    "companyName".to_string(),
                    company_name
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping customerType in query parameter serialization
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactImportRow value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactImportRow {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub job_title: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub company_id: Vec<uuid::Uuid>,
            pub company_name: Vec<String>,
            pub customer_type: Vec<models::CustomerType>,
            pub tags: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactImportRow".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "firstName" => intermediate_rep.first_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lastName" => intermediate_rep.last_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "jobTitle" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "email" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "phone" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "companyId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "companyName" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "customerType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactImportRow".to_string()),
                    "tags" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactImportRow".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactImportRow".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactImportRow {
            first_name: intermediate_rep
                .first_name
                .into_iter()
                .next()
                .ok_or_else(|| "firstName missing in ContactImportRow".to_string())?,
            last_name: intermediate_rep
                .last_name
                .into_iter()
                .next()
                .ok_or_else(|| "lastName missing in ContactImportRow".to_string())?,
            job_title: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            email: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            phone: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            company_name: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            customer_type: std::result::Result::Err(
                "Nullable types not supported in ContactImportRow".to_string(),
            )?,
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactImportRow> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactImportRow>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactImportRow>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactImportRow - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactImportRow> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactImportRow as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactImportRow - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ContactUpdateRequest {
    #[serde(rename = "firstName")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,

    #[serde(rename = "lastName")]
    #[validate(length(max = 100), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,

    #[serde(rename = "jobTitle")]
    #[validate(length(max = 200), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Nullable<String>>,

    /// An email address (one `@`, a dot inside the domain, no spaces or control characters); an empty string counts as absent, so on a PATCH it clears the address like `null` does.
    #[serde(rename = "email")]
    #[validate(
            length(max = 254),
            regex(path = *RE_CONTACTUPDATEREQUEST_EMAIL),
          custom(function = "crm_api_runtime::no_nul"),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Nullable<String>>,

    #[serde(rename = "phone")]
    #[validate(length(max = 50), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Nullable<String>>,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "customerType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<Nullable<models::CustomerType>>,

    #[serde(rename = "tags")]
    #[validate(length(max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

lazy_static::lazy_static! {
    static ref RE_CONTACTUPDATEREQUEST_EMAIL: regex::Regex = regex::Regex::new("^([^@ \\x00-\\x1f\\x7f]+@[^@ \\x00-\\x1f\\x7f]+[.][^@ \\x00-\\x1f\\x7f]+)?$").unwrap();
}

impl ContactUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> ContactUpdateRequest {
        ContactUpdateRequest {
            first_name: None,
            last_name: None,
            job_title: None,
            email: None,
            phone: None,
            company_id: None,
            customer_type: None,
            tags: None,
        }
    }
}

/// Converts the ContactUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ContactUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.first_name
                .as_ref()
                .map(|first_name| ["firstName".to_string(), first_name.to_string()].join(",")),
            self.last_name
                .as_ref()
                .map(|last_name| ["lastName".to_string(), last_name.to_string()].join(",")),
            self.job_title.as_ref().map(|job_title| {
                [
                    "jobTitle".to_string(),
                    job_title
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.email.as_ref().map(|email| {
                [
                    "email".to_string(),
                    email.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.phone.as_ref().map(|phone| {
                [
                    "phone".to_string(),
                    phone.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping companyId in query parameter serialization

            // Skipping customerType in query parameter serialization
            self.tags.as_ref().map(|tags| {
                [
                    "tags".to_string(),
                    tags.iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ContactUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ContactUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub first_name: Vec<String>,
            pub last_name: Vec<String>,
            pub job_title: Vec<String>,
            pub email: Vec<String>,
            pub phone: Vec<String>,
            pub company_id: Vec<uuid::Uuid>,
            pub customer_type: Vec<models::CustomerType>,
            pub tags: Vec<Vec<String>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ContactUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "firstName" => intermediate_rep.first_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lastName" => intermediate_rep.last_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "jobTitle" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactUpdateRequest".to_string()),
                    "email" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactUpdateRequest".to_string()),
                    "phone" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactUpdateRequest".to_string()),
                    "companyId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactUpdateRequest".to_string()),
                    "customerType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ContactUpdateRequest".to_string()),
                    "tags" => return std::result::Result::Err("Parsing a container in this style is not supported in ContactUpdateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ContactUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ContactUpdateRequest {
            first_name: intermediate_rep.first_name.into_iter().next(),
            last_name: intermediate_rep.last_name.into_iter().next(),
            job_title: std::result::Result::Err(
                "Nullable types not supported in ContactUpdateRequest".to_string(),
            )?,
            email: std::result::Result::Err(
                "Nullable types not supported in ContactUpdateRequest".to_string(),
            )?,
            phone: std::result::Result::Err(
                "Nullable types not supported in ContactUpdateRequest".to_string(),
            )?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in ContactUpdateRequest".to_string(),
            )?,
            customer_type: std::result::Result::Err(
                "Nullable types not supported in ContactUpdateRequest".to_string(),
            )?,
            tags: intermediate_rep.tags.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ContactUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ContactUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ContactUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ContactUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ContactUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ContactUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ContactUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The kind of CRM, which picks the first pipeline: `software-company` and `other` (Lead, Qualified, Proposal, Negotiation, Won), `dentist` (Inquiry, Consultation, Treatment Plan, Completed), `education-institute` (Lead, Application, Enrollment, Onboarded), `doctor` (New Patient, Consult, Follow-up, Closed), `barber` (First Visit, Repeat, VIP).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum CrmTypeId {
    #[serde(rename = "software-company")]
    SoftwareCompany,
    #[serde(rename = "dentist")]
    Dentist,
    #[serde(rename = "education-institute")]
    EducationInstitute,
    #[serde(rename = "doctor")]
    Doctor,
    #[serde(rename = "barber")]
    Barber,
    #[serde(rename = "other")]
    Other,
}

impl validator::Validate for CrmTypeId {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for CrmTypeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            CrmTypeId::SoftwareCompany => write!(f, "software-company"),
            CrmTypeId::Dentist => write!(f, "dentist"),
            CrmTypeId::EducationInstitute => write!(f, "education-institute"),
            CrmTypeId::Doctor => write!(f, "doctor"),
            CrmTypeId::Barber => write!(f, "barber"),
            CrmTypeId::Other => write!(f, "other"),
        }
    }
}

impl std::str::FromStr for CrmTypeId {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "software-company" => std::result::Result::Ok(CrmTypeId::SoftwareCompany),
            "dentist" => std::result::Result::Ok(CrmTypeId::Dentist),
            "education-institute" => std::result::Result::Ok(CrmTypeId::EducationInstitute),
            "doctor" => std::result::Result::Ok(CrmTypeId::Doctor),
            "barber" => std::result::Result::Ok(CrmTypeId::Barber),
            "other" => std::result::Result::Ok(CrmTypeId::Other),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// The signed-in user: the User fields at the top level (older frontends read them there), the same user under `user`, and the current workspace with the caller's role in it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct CurrentUser {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "email")]
    #[validate(custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "user")]
    #[validate(nested)]
    pub user: models::UserSummary,

    #[serde(rename = "workspaceId")]
    pub workspace_id: Nullable<uuid::Uuid>,

    /// The caller's role in the current workspace, null without one.
    /// Note: inline enums are not fully supported by openapi-generator
    #[serde(rename = "role")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub role: Nullable<String>,
}

impl CurrentUser {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        email: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
        user: models::UserSummary,
        workspace_id: Nullable<uuid::Uuid>,
        role: Nullable<String>,
    ) -> CurrentUser {
        CurrentUser {
            id,
            name,
            email,
            created_at,
            updated_at,
            user,
            workspace_id,
            role,
        }
    }
}

/// Converts the CurrentUser value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for CurrentUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization

            // Skipping user in query parameter serialization

            // Skipping workspaceId in query parameter serialization
            Some("role".to_string()),
            Some(
                self.role
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a CurrentUser value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for CurrentUser {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub user: Vec<models::UserSummary>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub role: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing CurrentUser".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "user" => intermediate_rep.user.push(
                        <models::UserSummary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "workspaceId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in CurrentUser"
                                .to_string(),
                        );
                    }
                    "role" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in CurrentUser"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing CurrentUser".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(CurrentUser {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in CurrentUser".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in CurrentUser".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in CurrentUser".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in CurrentUser".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in CurrentUser".to_string())?,
            user: intermediate_rep
                .user
                .into_iter()
                .next()
                .ok_or_else(|| "user missing in CurrentUser".to_string())?,
            workspace_id: std::result::Result::Err(
                "Nullable types not supported in CurrentUser".to_string(),
            )?,
            role: std::result::Result::Err(
                "Nullable types not supported in CurrentUser".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<CurrentUser> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<CurrentUser>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<CurrentUser>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for CurrentUser - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<CurrentUser> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <CurrentUser as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into CurrentUser - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// What kind of customer a contact is.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum CustomerType {
    #[serde(rename = "B2B")]
    B2B,
    #[serde(rename = "B2C")]
    B2C,
    #[serde(rename = "PATIENT")]
    Patient,
}

impl validator::Validate for CustomerType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for CustomerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            CustomerType::B2B => write!(f, "B2B"),
            CustomerType::B2C => write!(f, "B2C"),
            CustomerType::Patient => write!(f, "PATIENT"),
        }
    }
}

impl std::str::FromStr for CustomerType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "B2B" => std::result::Result::Ok(CustomerType::B2B),
            "B2C" => std::result::Result::Ok(CustomerType::B2C),
            "PATIENT" => std::result::Result::Ok(CustomerType::Patient),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DashboardCurrencyFigures {
    #[serde(rename = "currency")]
    #[validate(custom(function = "check_xss_string"))]
    pub currency: String,

    #[serde(rename = "openDeals")]
    pub open_deals: i64,

    #[serde(rename = "pipelineTotal")]
    pub pipeline_total: f64,
}

impl DashboardCurrencyFigures {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(currency: String, open_deals: i64, pipeline_total: f64) -> DashboardCurrencyFigures {
        DashboardCurrencyFigures {
            currency,
            open_deals,
            pipeline_total,
        }
    }
}

/// Converts the DashboardCurrencyFigures value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for DashboardCurrencyFigures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            Some("openDeals".to_string()),
            Some(self.open_deals.to_string()),
            Some("pipelineTotal".to_string()),
            Some(self.pipeline_total.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a DashboardCurrencyFigures value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for DashboardCurrencyFigures {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub currency: Vec<String>,
            pub open_deals: Vec<i64>,
            pub pipeline_total: Vec<f64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing DashboardCurrencyFigures".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "openDeals" => intermediate_rep.open_deals.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipelineTotal" => intermediate_rep.pipeline_total.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing DashboardCurrencyFigures".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(DashboardCurrencyFigures {
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in DashboardCurrencyFigures".to_string())?,
            open_deals: intermediate_rep
                .open_deals
                .into_iter()
                .next()
                .ok_or_else(|| "openDeals missing in DashboardCurrencyFigures".to_string())?,
            pipeline_total: intermediate_rep
                .pipeline_total
                .into_iter()
                .next()
                .ok_or_else(|| "pipelineTotal missing in DashboardCurrencyFigures".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<DashboardCurrencyFigures> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<DashboardCurrencyFigures>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<DashboardCurrencyFigures>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for DashboardCurrencyFigures - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<DashboardCurrencyFigures> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <DashboardCurrencyFigures as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into DashboardCurrencyFigures - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Deal {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "ownerId")]
    pub owner_id: uuid::Uuid,

    #[serde(rename = "title")]
    #[validate(custom(function = "check_xss_string"))]
    pub title: String,

    /// Exact to 2 decimal places.
    #[serde(rename = "amount")]
    pub amount: f64,

    /// ISO 4217 code.
    #[serde(rename = "currency")]
    #[validate(custom(function = "check_xss_string"))]
    pub currency: String,

    #[serde(rename = "stageId")]
    pub stage_id: uuid::Uuid,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "primaryContactId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "expectedCloseDate")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::DealStatus,

    #[serde(rename = "description")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Deal {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        owner_id: uuid::Uuid,
        title: String,
        amount: f64,
        currency: String,
        stage_id: uuid::Uuid,
        status: models::DealStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Deal {
        Deal {
            id,
            workspace_id,
            owner_id,
            title,
            amount,
            currency,
            stage_id,
            company_id: None,
            primary_contact_id: None,
            expected_close_date: None,
            status,
            description: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Deal value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Deal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping ownerId in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping stageId in query parameter serialization

            // Skipping companyId in query parameter serialization

            // Skipping primaryContactId in query parameter serialization

            // Skipping expectedCloseDate in query parameter serialization

            // Skipping status in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Deal value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Deal {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub owner_id: Vec<uuid::Uuid>,
            pub title: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub stage_id: Vec<uuid::Uuid>,
            pub company_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<uuid::Uuid>,
            pub expected_close_date: Vec<chrono::DateTime<chrono::Utc>>,
            pub status: Vec<models::DealStatus>,
            pub description: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Deal".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "ownerId" => intermediate_rep.owner_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stageId" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "companyId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Deal"
                                .to_string(),
                        );
                    }
                    "primaryContactId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Deal"
                                .to_string(),
                        );
                    }
                    "expectedCloseDate" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Deal"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::DealStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "description" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Deal"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Deal".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Deal {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Deal".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Deal".to_string())?,
            owner_id: intermediate_rep
                .owner_id
                .into_iter()
                .next()
                .ok_or_else(|| "ownerId missing in Deal".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Deal".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in Deal".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in Deal".to_string())?,
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stageId missing in Deal".to_string())?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in Deal".to_string(),
            )?,
            primary_contact_id: std::result::Result::Err(
                "Nullable types not supported in Deal".to_string(),
            )?,
            expected_close_date: std::result::Result::Err(
                "Nullable types not supported in Deal".to_string(),
            )?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Deal".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in Deal".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Deal".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Deal".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Deal> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Deal>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Deal>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Deal - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Deal> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Deal as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Deal - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DealCreateRequest {
    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    pub title: String,

    /// At most 2 decimal places.
    #[serde(rename = "amount")]
    #[validate(range(min = 0f64, max = 999999999999.99f64))]
    pub amount: f64,

    #[serde(rename = "currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_DEALCREATEREQUEST_CURRENCY),
          custom(function = "check_xss_string"),
    )]
    pub currency: String,

    #[serde(rename = "stageId")]
    pub stage_id: uuid::Uuid,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "primaryContactId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "expectedCloseDate")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::DealStatus>,

    #[serde(rename = "description")]
    #[validate(length(max = 10000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_DEALCREATEREQUEST_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}

impl DealCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        title: String,
        amount: f64,
        currency: String,
        stage_id: uuid::Uuid,
    ) -> DealCreateRequest {
        DealCreateRequest {
            title,
            amount,
            currency,
            stage_id,
            company_id: None,
            primary_contact_id: None,
            expected_close_date: None,
            status: None,
            description: None,
        }
    }
}

/// Converts the DealCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for DealCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping stageId in query parameter serialization

            // Skipping companyId in query parameter serialization

            // Skipping primaryContactId in query parameter serialization

            // Skipping expectedCloseDate in query parameter serialization

            // Skipping status in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a DealCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for DealCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub stage_id: Vec<uuid::Uuid>,
            pub company_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<uuid::Uuid>,
            pub expected_close_date: Vec<chrono::DateTime<chrono::Utc>>,
            pub status: Vec<models::DealStatus>,
            pub description: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing DealCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "stageId" => intermediate_rep.stage_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "companyId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealCreateRequest".to_string()),
                    "primaryContactId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealCreateRequest".to_string()),
                    "expectedCloseDate" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealCreateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::DealStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing DealCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(DealCreateRequest {
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in DealCreateRequest".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in DealCreateRequest".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in DealCreateRequest".to_string())?,
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stageId missing in DealCreateRequest".to_string())?,
            company_id: std::result::Result::Err(
                "Nullable types not supported in DealCreateRequest".to_string(),
            )?,
            primary_contact_id: std::result::Result::Err(
                "Nullable types not supported in DealCreateRequest".to_string(),
            )?,
            expected_close_date: std::result::Result::Err(
                "Nullable types not supported in DealCreateRequest".to_string(),
            )?,
            status: intermediate_rep.status.into_iter().next(),
            description: std::result::Result::Err(
                "Nullable types not supported in DealCreateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<DealCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<DealCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<DealCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for DealCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<DealCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <DealCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into DealCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum DealStatus {
    #[serde(rename = "OPEN")]
    Open,
    #[serde(rename = "WON")]
    Won,
    #[serde(rename = "LOST")]
    Lost,
}

impl validator::Validate for DealStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for DealStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DealStatus::Open => write!(f, "OPEN"),
            DealStatus::Won => write!(f, "WON"),
            DealStatus::Lost => write!(f, "LOST"),
        }
    }
}

impl std::str::FromStr for DealStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "OPEN" => std::result::Result::Ok(DealStatus::Open),
            "WON" => std::result::Result::Ok(DealStatus::Won),
            "LOST" => std::result::Result::Ok(DealStatus::Lost),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct DealUpdateRequest {
    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    #[serde(rename = "amount")]
    #[validate(range(min = 0f64, max = 999999999999.99f64))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,

    #[serde(rename = "currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_DEALUPDATEREQUEST_CURRENCY),
          custom(function = "check_xss_string"),
    )]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,

    #[serde(rename = "stageId")]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_id: Option<uuid::Uuid>,

    #[serde(rename = "companyId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "primaryContactId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_contact_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "expectedCloseDate")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_close_date: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::DealStatus>,

    #[serde(rename = "description")]
    #[validate(length(max = 10000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_DEALUPDATEREQUEST_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}

impl DealUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> DealUpdateRequest {
        DealUpdateRequest {
            title: None,
            amount: None,
            currency: None,
            stage_id: None,
            company_id: None,
            primary_contact_id: None,
            expected_close_date: None,
            status: None,
            description: None,
        }
    }
}

/// Converts the DealUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for DealUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.title
                .as_ref()
                .map(|title| ["title".to_string(), title.to_string()].join(",")),
            self.amount
                .as_ref()
                .map(|amount| ["amount".to_string(), amount.to_string()].join(",")),
            self.currency
                .as_ref()
                .map(|currency| ["currency".to_string(), currency.to_string()].join(",")),
            // Skipping stageId in query parameter serialization

            // Skipping companyId in query parameter serialization

            // Skipping primaryContactId in query parameter serialization

            // Skipping expectedCloseDate in query parameter serialization

            // Skipping status in query parameter serialization
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a DealUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for DealUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub stage_id: Vec<uuid::Uuid>,
            pub company_id: Vec<uuid::Uuid>,
            pub primary_contact_id: Vec<uuid::Uuid>,
            pub expected_close_date: Vec<chrono::DateTime<chrono::Utc>>,
            pub status: Vec<models::DealStatus>,
            pub description: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing DealUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "stageId" => intermediate_rep.stage_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "companyId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealUpdateRequest".to_string()),
                    "primaryContactId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealUpdateRequest".to_string()),
                    "expectedCloseDate" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealUpdateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::DealStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in DealUpdateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing DealUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(DealUpdateRequest {
            title: intermediate_rep.title.into_iter().next(),
            amount: intermediate_rep.amount.into_iter().next(),
            currency: intermediate_rep.currency.into_iter().next(),
            stage_id: intermediate_rep.stage_id.into_iter().next(),
            company_id: std::result::Result::Err(
                "Nullable types not supported in DealUpdateRequest".to_string(),
            )?,
            primary_contact_id: std::result::Result::Err(
                "Nullable types not supported in DealUpdateRequest".to_string(),
            )?,
            expected_close_date: std::result::Result::Err(
                "Nullable types not supported in DealUpdateRequest".to_string(),
            )?,
            status: intermediate_rep.status.into_iter().next(),
            description: std::result::Result::Err(
                "Nullable types not supported in DealUpdateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<DealUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<DealUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<DealUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for DealUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<DealUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <DealUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into DealUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The error envelope of every non-2xx answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Error {
    /// A human sentence.
    #[serde(rename = "error")]
    #[validate(custom(function = "check_xss_string"))]
    pub error: String,

    /// A stable machine code (see the table in the introduction).
    #[serde(rename = "code")]
    #[validate(custom(function = "check_xss_string"))]
    pub code: String,

    #[serde(rename = "issues")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues: Option<Vec<models::ValidationIssue>>,
}

impl Error {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(error: String, code: String) -> Error {
        Error {
            error,
            code,
            issues: None,
        }
    }
}

/// Converts the Error value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("error".to_string()),
            Some(self.error.to_string()),
            Some("code".to_string()),
            Some(self.code.to_string()),
            // Skipping issues in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Error value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Error {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub error: Vec<String>,
            pub code: Vec<String>,
            pub issues: Vec<Vec<models::ValidationIssue>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Error".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "error" => intermediate_rep.error.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "issues" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Error"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Error".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Error {
            error: intermediate_rep
                .error
                .into_iter()
                .next()
                .ok_or_else(|| "error missing in Error".to_string())?,
            code: intermediate_rep
                .code
                .into_iter()
                .next()
                .ok_or_else(|| "code missing in Error".to_string())?,
            issues: intermediate_rep.issues.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Error> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Error>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Error>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Error - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Error> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Error as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Error - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ExportFormat {
    #[serde(rename = "csv")]
    Csv,
}

impl validator::Validate for ExportFormat {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ExportFormat::Csv => write!(f, "csv"),
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "csv" => std::result::Result::Ok(ExportFormat::Csv),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// What an import row whose email is already a live contact does: `skip` it, `update` the contact, or `create` another one.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum ImportDuplicateMode {
    #[serde(rename = "skip")]
    Skip,
    #[serde(rename = "update")]
    Update,
    #[serde(rename = "create")]
    Create,
}

impl validator::Validate for ImportDuplicateMode {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for ImportDuplicateMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            ImportDuplicateMode::Skip => write!(f, "skip"),
            ImportDuplicateMode::Update => write!(f, "update"),
            ImportDuplicateMode::Create => write!(f, "create"),
        }
    }
}

impl std::str::FromStr for ImportDuplicateMode {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "skip" => std::result::Result::Ok(ImportDuplicateMode::Skip),
            "update" => std::result::Result::Ok(ImportDuplicateMode::Update),
            "create" => std::result::Result::Ok(ImportDuplicateMode::Create),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// One problem of one row an import left out (`skipInvalid=true`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ImportRowError {
    /// The 1-based line of the CSV file where the row starts (the header is line 1), or the 1-based position in `rows`.
    #[serde(rename = "line")]
    #[validate(range(min = 1u64))]
    pub line: u64,

    /// The field, with the contract's names (`email`, `companyId`).
    #[serde(rename = "path")]
    #[validate(custom(function = "check_xss_string"))]
    pub path: String,

    /// What is wrong, without echoing the value.
    #[serde(rename = "message")]
    #[validate(custom(function = "check_xss_string"))]
    pub message: String,
}

impl ImportRowError {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(line: u64, path: String, message: String) -> ImportRowError {
        ImportRowError {
            line,
            path,
            message,
        }
    }
}

/// Converts the ImportRowError value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ImportRowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("line".to_string()),
            Some(self.line.to_string()),
            Some("path".to_string()),
            Some(self.path.to_string()),
            Some("message".to_string()),
            Some(self.message.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ImportRowError value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ImportRowError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub line: Vec<u64>,
            pub path: Vec<String>,
            pub message: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ImportRowError".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "line" => intermediate_rep.line.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ImportRowError".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ImportRowError {
            line: intermediate_rep
                .line
                .into_iter()
                .next()
                .ok_or_else(|| "line missing in ImportRowError".to_string())?,
            path: intermediate_rep
                .path
                .into_iter()
                .next()
                .ok_or_else(|| "path missing in ImportRowError".to_string())?,
            message: intermediate_rep
                .message
                .into_iter()
                .next()
                .ok_or_else(|| "message missing in ImportRowError".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ImportRowError> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ImportRowError>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ImportRowError>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ImportRowError - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ImportRowError> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ImportRowError as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ImportRowError - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Invite {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "email")]
    #[validate(custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "role")]
    #[validate(nested)]
    pub role: models::MembershipRole,

    /// URL-safe; give it to the invitee (register with `inviteToken`, or accept).
    #[serde(rename = "token")]
    #[validate(custom(function = "check_xss_string"))]
    pub token: String,

    #[serde(rename = "expiresAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub expires_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "acceptedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl Invite {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        email: String,
        role: models::MembershipRole,
        token: String,
        expires_at: chrono::DateTime<chrono::Utc>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Invite {
        Invite {
            id,
            workspace_id,
            email,
            role,
            token,
            expires_at,
            accepted_at: None,
            created_at,
        }
    }
}

/// Converts the Invite value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Invite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization
            Some("email".to_string()),
            Some(self.email.to_string()),
            // Skipping role in query parameter serialization
            Some("token".to_string()),
            Some(self.token.to_string()),
            // Skipping expiresAt in query parameter serialization

            // Skipping acceptedAt in query parameter serialization

            // Skipping createdAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Invite value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Invite {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub email: Vec<String>,
            pub role: Vec<models::MembershipRole>,
            pub token: Vec<String>,
            pub expires_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub accepted_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Invite".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(
                        <models::MembershipRole as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "token" => intermediate_rep.token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "expiresAt" => intermediate_rep.expires_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "acceptedAt" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invite"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Invite".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Invite {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Invite".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Invite".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in Invite".to_string())?,
            role: intermediate_rep
                .role
                .into_iter()
                .next()
                .ok_or_else(|| "role missing in Invite".to_string())?,
            token: intermediate_rep
                .token
                .into_iter()
                .next()
                .ok_or_else(|| "token missing in Invite".to_string())?,
            expires_at: intermediate_rep
                .expires_at
                .into_iter()
                .next()
                .ok_or_else(|| "expiresAt missing in Invite".to_string())?,
            accepted_at: std::result::Result::Err(
                "Nullable types not supported in Invite".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Invite".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Invite> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Invite>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Invite>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Invite - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Invite> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Invite as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Invite - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InviteAcceptRequest {
    #[serde(rename = "token")]
    #[validate(length(min = 1, max = 512), custom(function = "check_xss_string"))]
    pub token: String,
}

impl InviteAcceptRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(token: String) -> InviteAcceptRequest {
        InviteAcceptRequest { token }
    }
}

/// Converts the InviteAcceptRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InviteAcceptRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> =
            vec![Some("token".to_string()), Some(self.token.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InviteAcceptRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InviteAcceptRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub token: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InviteAcceptRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "token" => intermediate_rep.token.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing InviteAcceptRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InviteAcceptRequest {
            token: intermediate_rep
                .token
                .into_iter()
                .next()
                .ok_or_else(|| "token missing in InviteAcceptRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InviteAcceptRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InviteAcceptRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InviteAcceptRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InviteAcceptRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InviteAcceptRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InviteAcceptRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InviteAcceptRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InviteCreateRequest {
    #[serde(rename = "email")]
    #[validate(length(max = 254), custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "role")]
    #[validate(nested)]
    pub role: models::MembershipRole,
}

impl InviteCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(email: String, role: models::MembershipRole) -> InviteCreateRequest {
        InviteCreateRequest { email, role }
    }
}

/// Converts the InviteCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InviteCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("email".to_string()),
            Some(self.email.to_string()),
            // Skipping role in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InviteCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InviteCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub email: Vec<String>,
            pub role: Vec<models::MembershipRole>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InviteCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(
                        <models::MembershipRole as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing InviteCreateRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InviteCreateRequest {
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in InviteCreateRequest".to_string())?,
            role: intermediate_rep
                .role
                .into_iter()
                .next()
                .ok_or_else(|| "role missing in InviteCreateRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InviteCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InviteCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InviteCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InviteCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InviteCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InviteCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InviteCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Invoice {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "createdById")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "invoiceNumber")]
    #[validate(custom(function = "check_xss_string"))]
    pub invoice_number: String,

    #[serde(rename = "title")]
    #[validate(custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "notes")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,

    #[serde(rename = "amount")]
    pub amount: f64,

    #[serde(rename = "currency")]
    #[validate(custom(function = "check_xss_string"))]
    pub currency: String,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::InvoiceStatus,

    #[serde(rename = "relatedType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<Nullable<models::InvoiceRelatedType>>,

    #[serde(rename = "relatedId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "issuedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "paidAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Invoice {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        invoice_number: String,
        title: String,
        amount: f64,
        currency: String,
        status: models::InvoiceStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Invoice {
        Invoice {
            id,
            workspace_id,
            created_by_id: None,
            invoice_number,
            title,
            notes: None,
            amount,
            currency,
            status,
            related_type: None,
            related_id: None,
            issued_at: None,
            due_at: None,
            paid_at: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Invoice value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Invoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping createdById in query parameter serialization
            Some("invoiceNumber".to_string()),
            Some(self.invoice_number.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping status in query parameter serialization

            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization

            // Skipping issuedAt in query parameter serialization

            // Skipping dueAt in query parameter serialization

            // Skipping paidAt in query parameter serialization

            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Invoice value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Invoice {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub created_by_id: Vec<uuid::Uuid>,
            pub invoice_number: Vec<String>,
            pub title: Vec<String>,
            pub notes: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub status: Vec<models::InvoiceStatus>,
            pub related_type: Vec<models::InvoiceRelatedType>,
            pub related_id: Vec<uuid::Uuid>,
            pub issued_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub paid_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Invoice".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "createdById" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "invoiceNumber" => intermediate_rep.invoice_number.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "notes" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::InvoiceStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "relatedType" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    "relatedId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    "issuedAt" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    "dueAt" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    "paidAt" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Invoice"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Invoice".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Invoice {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Invoice".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Invoice".to_string())?,
            created_by_id: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            invoice_number: intermediate_rep
                .invoice_number
                .into_iter()
                .next()
                .ok_or_else(|| "invoiceNumber missing in Invoice".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Invoice".to_string())?,
            notes: std::result::Result::Err("Nullable types not supported in Invoice".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in Invoice".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in Invoice".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Invoice".to_string())?,
            related_type: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            related_id: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            issued_at: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            due_at: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            paid_at: std::result::Result::Err(
                "Nullable types not supported in Invoice".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Invoice".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Invoice".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Invoice> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Invoice>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Invoice>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Invoice - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Invoice> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Invoice as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Invoice - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InvoiceAgingBucket {
    #[serde(rename = "bucket")]
    #[validate(nested)]
    pub bucket: models::InvoiceAgingBucketName,

    #[serde(rename = "count")]
    pub count: i64,

    #[serde(rename = "amount")]
    pub amount: f64,
}

impl InvoiceAgingBucket {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        bucket: models::InvoiceAgingBucketName,
        count: i64,
        amount: f64,
    ) -> InvoiceAgingBucket {
        InvoiceAgingBucket {
            bucket,
            count,
            amount,
        }
    }
}

/// Converts the InvoiceAgingBucket value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InvoiceAgingBucket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping bucket in query parameter serialization
            Some("count".to_string()),
            Some(self.count.to_string()),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InvoiceAgingBucket value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InvoiceAgingBucket {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub bucket: Vec<models::InvoiceAgingBucketName>,
            pub count: Vec<i64>,
            pub amount: Vec<f64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InvoiceAgingBucket".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "bucket" => intermediate_rep.bucket.push(
                        <models::InvoiceAgingBucketName as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing InvoiceAgingBucket".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InvoiceAgingBucket {
            bucket: intermediate_rep
                .bucket
                .into_iter()
                .next()
                .ok_or_else(|| "bucket missing in InvoiceAgingBucket".to_string())?,
            count: intermediate_rep
                .count
                .into_iter()
                .next()
                .ok_or_else(|| "count missing in InvoiceAgingBucket".to_string())?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in InvoiceAgingBucket".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InvoiceAgingBucket> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InvoiceAgingBucket>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InvoiceAgingBucket>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InvoiceAgingBucket - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InvoiceAgingBucket> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InvoiceAgingBucket as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InvoiceAgingBucket - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum InvoiceAgingBucketName {
    #[serde(rename = "current")]
    Current,
    #[serde(rename = "days_1_30")]
    Days130,
    #[serde(rename = "days_31_60")]
    Days3160,
    #[serde(rename = "days_61_90")]
    Days6190,
    #[serde(rename = "days_90_plus")]
    Days90Plus,
}

impl validator::Validate for InvoiceAgingBucketName {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for InvoiceAgingBucketName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InvoiceAgingBucketName::Current => write!(f, "current"),
            InvoiceAgingBucketName::Days130 => write!(f, "days_1_30"),
            InvoiceAgingBucketName::Days3160 => write!(f, "days_31_60"),
            InvoiceAgingBucketName::Days6190 => write!(f, "days_61_90"),
            InvoiceAgingBucketName::Days90Plus => write!(f, "days_90_plus"),
        }
    }
}

impl std::str::FromStr for InvoiceAgingBucketName {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "current" => std::result::Result::Ok(InvoiceAgingBucketName::Current),
            "days_1_30" => std::result::Result::Ok(InvoiceAgingBucketName::Days130),
            "days_31_60" => std::result::Result::Ok(InvoiceAgingBucketName::Days3160),
            "days_61_90" => std::result::Result::Ok(InvoiceAgingBucketName::Days6190),
            "days_90_plus" => std::result::Result::Ok(InvoiceAgingBucketName::Days90Plus),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InvoiceAgingCurrencyReport {
    #[serde(rename = "currency")]
    #[validate(custom(function = "check_xss_string"))]
    pub currency: String,

    #[serde(rename = "buckets")]
    #[validate(nested)]
    pub buckets: Vec<models::InvoiceAgingBucket>,

    #[serde(rename = "totalOutstanding")]
    pub total_outstanding: f64,
}

impl InvoiceAgingCurrencyReport {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        currency: String,
        buckets: Vec<models::InvoiceAgingBucket>,
        total_outstanding: f64,
    ) -> InvoiceAgingCurrencyReport {
        InvoiceAgingCurrencyReport {
            currency,
            buckets,
            total_outstanding,
        }
    }
}

/// Converts the InvoiceAgingCurrencyReport value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InvoiceAgingCurrencyReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping buckets in query parameter serialization
            Some("totalOutstanding".to_string()),
            Some(self.total_outstanding.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InvoiceAgingCurrencyReport value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InvoiceAgingCurrencyReport {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub currency: Vec<String>,
            pub buckets: Vec<Vec<models::InvoiceAgingBucket>>,
            pub total_outstanding: Vec<f64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InvoiceAgingCurrencyReport".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "buckets" => return std::result::Result::Err("Parsing a container in this style is not supported in InvoiceAgingCurrencyReport".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "totalOutstanding" => intermediate_rep.total_outstanding.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing InvoiceAgingCurrencyReport".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InvoiceAgingCurrencyReport {
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in InvoiceAgingCurrencyReport".to_string())?,
            buckets: intermediate_rep
                .buckets
                .into_iter()
                .next()
                .ok_or_else(|| "buckets missing in InvoiceAgingCurrencyReport".to_string())?,
            total_outstanding: intermediate_rep
                .total_outstanding
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "totalOutstanding missing in InvoiceAgingCurrencyReport".to_string()
                })?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InvoiceAgingCurrencyReport> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InvoiceAgingCurrencyReport>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InvoiceAgingCurrencyReport>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InvoiceAgingCurrencyReport - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InvoiceAgingCurrencyReport> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InvoiceAgingCurrencyReport as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InvoiceAgingCurrencyReport - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InvoiceAgingReport {
    #[serde(rename = "buckets")]
    #[validate(nested)]
    pub buckets: Vec<models::InvoiceAgingBucket>,

    /// Summed as stored, whatever the currency; see `byCurrency`.
    #[serde(rename = "totalOutstanding")]
    pub total_outstanding: f64,

    /// The same report for the outstanding invoices of each currency, by code.
    #[serde(rename = "byCurrency")]
    #[validate(nested)]
    pub by_currency: Vec<models::InvoiceAgingCurrencyReport>,
}

impl InvoiceAgingReport {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        buckets: Vec<models::InvoiceAgingBucket>,
        total_outstanding: f64,
        by_currency: Vec<models::InvoiceAgingCurrencyReport>,
    ) -> InvoiceAgingReport {
        InvoiceAgingReport {
            buckets,
            total_outstanding,
            by_currency,
        }
    }
}

/// Converts the InvoiceAgingReport value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InvoiceAgingReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping buckets in query parameter serialization
            Some("totalOutstanding".to_string()),
            Some(self.total_outstanding.to_string()),
            // Skipping byCurrency in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InvoiceAgingReport value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InvoiceAgingReport {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub buckets: Vec<Vec<models::InvoiceAgingBucket>>,
            pub total_outstanding: Vec<f64>,
            pub by_currency: Vec<Vec<models::InvoiceAgingCurrencyReport>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InvoiceAgingReport".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "buckets" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in InvoiceAgingReport"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "totalOutstanding" => intermediate_rep.total_outstanding.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "byCurrency" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in InvoiceAgingReport"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing InvoiceAgingReport".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InvoiceAgingReport {
            buckets: intermediate_rep
                .buckets
                .into_iter()
                .next()
                .ok_or_else(|| "buckets missing in InvoiceAgingReport".to_string())?,
            total_outstanding: intermediate_rep
                .total_outstanding
                .into_iter()
                .next()
                .ok_or_else(|| "totalOutstanding missing in InvoiceAgingReport".to_string())?,
            by_currency: intermediate_rep
                .by_currency
                .into_iter()
                .next()
                .ok_or_else(|| "byCurrency missing in InvoiceAgingReport".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InvoiceAgingReport> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InvoiceAgingReport>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InvoiceAgingReport>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InvoiceAgingReport - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InvoiceAgingReport> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InvoiceAgingReport as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InvoiceAgingReport - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InvoiceCreateRequest {
    /// Unique in the workspace (409 `INVOICE_NUMBER_TAKEN`). Absent or blank: the server allocates the next `INV-000001`-style number.
    #[serde(rename = "invoiceNumber")]
    #[validate(length(max = 50), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,

    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "notes")]
    #[validate(length(max = 20000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,

    #[serde(rename = "amount")]
    #[validate(range(min = 0f64, max = 999999999999.99f64))]
    pub amount: f64,

    #[serde(rename = "currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_INVOICECREATEREQUEST_CURRENCY),
          custom(function = "check_xss_string"),
    )]
    pub currency: String,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::InvoiceStatus>,

    #[serde(rename = "relatedType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<Nullable<models::InvoiceRelatedType>>,

    #[serde(rename = "relatedId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "issuedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "paidAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

lazy_static::lazy_static! {
    static ref RE_INVOICECREATEREQUEST_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}

impl InvoiceCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(title: String, amount: f64, currency: String) -> InvoiceCreateRequest {
        InvoiceCreateRequest {
            invoice_number: None,
            title,
            notes: None,
            amount,
            currency,
            status: None,
            related_type: None,
            related_id: None,
            issued_at: None,
            due_at: None,
            paid_at: None,
        }
    }
}

/// Converts the InvoiceCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InvoiceCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.invoice_number.as_ref().map(|invoice_number| {
                ["invoiceNumber".to_string(), invoice_number.to_string()].join(",")
            }),
            Some("title".to_string()),
            Some(self.title.to_string()),
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            Some("amount".to_string()),
            Some(self.amount.to_string()),
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping status in query parameter serialization

            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization

            // Skipping issuedAt in query parameter serialization

            // Skipping dueAt in query parameter serialization

            // Skipping paidAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InvoiceCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InvoiceCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub invoice_number: Vec<String>,
            pub title: Vec<String>,
            pub notes: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub status: Vec<models::InvoiceStatus>,
            pub related_type: Vec<models::InvoiceRelatedType>,
            pub related_id: Vec<uuid::Uuid>,
            pub issued_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub paid_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InvoiceCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "invoiceNumber" => intermediate_rep.invoice_number.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "notes" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::InvoiceStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "relatedType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    "relatedId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    "issuedAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    "dueAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    "paidAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing InvoiceCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InvoiceCreateRequest {
            invoice_number: intermediate_rep.invoice_number.into_iter().next(),
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in InvoiceCreateRequest".to_string())?,
            notes: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
            amount: intermediate_rep
                .amount
                .into_iter()
                .next()
                .ok_or_else(|| "amount missing in InvoiceCreateRequest".to_string())?,
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in InvoiceCreateRequest".to_string())?,
            status: intermediate_rep.status.into_iter().next(),
            related_type: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
            related_id: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
            issued_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
            due_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
            paid_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceCreateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InvoiceCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InvoiceCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InvoiceCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InvoiceCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InvoiceCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InvoiceCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InvoiceCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The kind of record an invoice is billed to.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum InvoiceRelatedType {
    #[serde(rename = "contact")]
    Contact,
    #[serde(rename = "company")]
    Company,
}

impl validator::Validate for InvoiceRelatedType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for InvoiceRelatedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InvoiceRelatedType::Contact => write!(f, "contact"),
            InvoiceRelatedType::Company => write!(f, "company"),
        }
    }
}

impl std::str::FromStr for InvoiceRelatedType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "contact" => std::result::Result::Ok(InvoiceRelatedType::Contact),
            "company" => std::result::Result::Ok(InvoiceRelatedType::Company),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum InvoiceStatus {
    #[serde(rename = "DRAFT")]
    Draft,
    #[serde(rename = "SENT")]
    Sent,
    #[serde(rename = "PAID")]
    Paid,
    #[serde(rename = "OVERDUE")]
    Overdue,
    #[serde(rename = "VOID")]
    Void,
}

impl validator::Validate for InvoiceStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InvoiceStatus::Draft => write!(f, "DRAFT"),
            InvoiceStatus::Sent => write!(f, "SENT"),
            InvoiceStatus::Paid => write!(f, "PAID"),
            InvoiceStatus::Overdue => write!(f, "OVERDUE"),
            InvoiceStatus::Void => write!(f, "VOID"),
        }
    }
}

impl std::str::FromStr for InvoiceStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "DRAFT" => std::result::Result::Ok(InvoiceStatus::Draft),
            "SENT" => std::result::Result::Ok(InvoiceStatus::Sent),
            "PAID" => std::result::Result::Ok(InvoiceStatus::Paid),
            "OVERDUE" => std::result::Result::Ok(InvoiceStatus::Overdue),
            "VOID" => std::result::Result::Ok(InvoiceStatus::Void),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct InvoiceUpdateRequest {
    #[serde(rename = "invoiceNumber")]
    #[validate(length(min = 1, max = 50), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,

    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    #[serde(rename = "notes")]
    #[validate(length(max = 20000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,

    #[serde(rename = "amount")]
    #[validate(range(min = 0f64, max = 999999999999.99f64))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,

    #[serde(rename = "currency")]
    #[validate(
            length(min = 3, max = 3),
            regex(path = *RE_INVOICEUPDATEREQUEST_CURRENCY),
          custom(function = "check_xss_string"),
    )]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::InvoiceStatus>,

    #[serde(rename = "relatedType")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_type: Option<Nullable<models::InvoiceRelatedType>>,

    #[serde(rename = "relatedId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "issuedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "paidAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,
}

lazy_static::lazy_static! {
    static ref RE_INVOICEUPDATEREQUEST_CURRENCY: regex::Regex = regex::Regex::new("^[A-Z]{3}$").unwrap();
}

impl InvoiceUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> InvoiceUpdateRequest {
        InvoiceUpdateRequest {
            invoice_number: None,
            title: None,
            notes: None,
            amount: None,
            currency: None,
            status: None,
            related_type: None,
            related_id: None,
            issued_at: None,
            due_at: None,
            paid_at: None,
        }
    }
}

/// Converts the InvoiceUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for InvoiceUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.invoice_number.as_ref().map(|invoice_number| {
                ["invoiceNumber".to_string(), invoice_number.to_string()].join(",")
            }),
            self.title
                .as_ref()
                .map(|title| ["title".to_string(), title.to_string()].join(",")),
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.amount
                .as_ref()
                .map(|amount| ["amount".to_string(), amount.to_string()].join(",")),
            self.currency
                .as_ref()
                .map(|currency| ["currency".to_string(), currency.to_string()].join(",")),
            // Skipping status in query parameter serialization

            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization

            // Skipping issuedAt in query parameter serialization

            // Skipping dueAt in query parameter serialization

            // Skipping paidAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a InvoiceUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for InvoiceUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub invoice_number: Vec<String>,
            pub title: Vec<String>,
            pub notes: Vec<String>,
            pub amount: Vec<f64>,
            pub currency: Vec<String>,
            pub status: Vec<models::InvoiceStatus>,
            pub related_type: Vec<models::InvoiceRelatedType>,
            pub related_id: Vec<uuid::Uuid>,
            pub issued_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub paid_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing InvoiceUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "invoiceNumber" => intermediate_rep.invoice_number.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "notes" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "amount" => intermediate_rep.amount.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::InvoiceStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "relatedType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    "relatedId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    "issuedAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    "dueAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    "paidAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in InvoiceUpdateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing InvoiceUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(InvoiceUpdateRequest {
            invoice_number: intermediate_rep.invoice_number.into_iter().next(),
            title: intermediate_rep.title.into_iter().next(),
            notes: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
            amount: intermediate_rep.amount.into_iter().next(),
            currency: intermediate_rep.currency.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            related_type: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
            related_id: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
            issued_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
            due_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
            paid_at: std::result::Result::Err(
                "Nullable types not supported in InvoiceUpdateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<InvoiceUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<InvoiceUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<InvoiceUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for InvoiceUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<InvoiceUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <InvoiceUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into InvoiceUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListActivitiesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Activity>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListActivitiesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Activity>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListActivitiesResponse {
        ListActivitiesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListActivitiesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListActivitiesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListActivitiesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListActivitiesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Activity>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListActivitiesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListActivitiesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListActivitiesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListActivitiesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListActivitiesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListActivitiesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListActivitiesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListActivitiesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListActivitiesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListActivitiesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListActivitiesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListActivitiesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListActivitiesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListActivitiesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListActivitiesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListCompaniesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Company>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListCompaniesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Company>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListCompaniesResponse {
        ListCompaniesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListCompaniesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListCompaniesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListCompaniesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListCompaniesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Company>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListCompaniesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListCompaniesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListCompaniesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListCompaniesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListCompaniesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListCompaniesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListCompaniesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListCompaniesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListCompaniesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListCompaniesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListCompaniesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListCompaniesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListCompaniesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListCompaniesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListCompaniesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListContactsResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Contact>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListContactsResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Contact>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListContactsResponse {
        ListContactsResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListContactsResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListContactsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListContactsResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListContactsResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Contact>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListContactsResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListContactsResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListContactsResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListContactsResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListContactsResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListContactsResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListContactsResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListContactsResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListContactsResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListContactsResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListContactsResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListContactsResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListContactsResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListContactsResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListContactsResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListDealsResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Deal>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListDealsResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Deal>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListDealsResponse {
        ListDealsResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListDealsResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListDealsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListDealsResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListDealsResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Deal>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListDealsResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListDealsResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListDealsResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListDealsResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListDealsResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListDealsResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListDealsResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListDealsResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListDealsResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListDealsResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListDealsResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListDealsResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListDealsResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListDealsResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListDealsResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvitesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Invite>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListInvitesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Invite>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListInvitesResponse {
        ListInvitesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListInvitesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListInvitesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListInvitesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListInvitesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Invite>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListInvitesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListInvitesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListInvitesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListInvitesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListInvitesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListInvitesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListInvitesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListInvitesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListInvitesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListInvitesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListInvitesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListInvitesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListInvitesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListInvitesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListInvitesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListInvoicesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Invoice>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListInvoicesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Invoice>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListInvoicesResponse {
        ListInvoicesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListInvoicesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListInvoicesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListInvoicesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListInvoicesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Invoice>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListInvoicesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListInvoicesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListInvoicesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListInvoicesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListInvoicesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListInvoicesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListInvoicesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListInvoicesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListInvoicesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListInvoicesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListInvoicesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListInvoicesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListInvoicesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListInvoicesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListInvoicesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListMembershipsResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Membership>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListMembershipsResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Membership>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListMembershipsResponse {
        ListMembershipsResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListMembershipsResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListMembershipsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListMembershipsResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListMembershipsResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Membership>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListMembershipsResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListMembershipsResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListMembershipsResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListMembershipsResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListMembershipsResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListMembershipsResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListMembershipsResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListMembershipsResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListMembershipsResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListMembershipsResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListMembershipsResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListMembershipsResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListMembershipsResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListMembershipsResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListMembershipsResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListNotesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Note>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListNotesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Note>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListNotesResponse {
        ListNotesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListNotesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListNotesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListNotesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListNotesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Note>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListNotesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListNotesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListNotesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListNotesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListNotesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListNotesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListNotesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListNotesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListNotesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListNotesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListNotesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListNotesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListNotesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListNotesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListNotesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListStagesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Stage>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListStagesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Stage>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListStagesResponse {
        ListStagesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListStagesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListStagesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListStagesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListStagesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Stage>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListStagesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListStagesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListStagesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListStagesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListStagesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListStagesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListStagesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListStagesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListStagesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListStagesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListStagesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListStagesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListStagesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListStagesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListStagesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListTasksResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Task>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListTasksResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Task>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListTasksResponse {
        ListTasksResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListTasksResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListTasksResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListTasksResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListTasksResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Task>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListTasksResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListTasksResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListTasksResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListTasksResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListTasksResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListTasksResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListTasksResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListTasksResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListTasksResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListTasksResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListTasksResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListTasksResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListTasksResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListTasksResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListTasksResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListUsersResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::User>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListUsersResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::User>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListUsersResponse {
        ListUsersResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListUsersResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListUsersResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListUsersResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListUsersResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::User>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListUsersResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListUsersResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListUsersResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListUsersResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListUsersResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListUsersResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListUsersResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListUsersResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListUsersResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListUsersResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListUsersResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListUsersResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListUsersResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListUsersResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListUsersResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListVisitsResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Visit>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListVisitsResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Visit>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListVisitsResponse {
        ListVisitsResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListVisitsResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListVisitsResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListVisitsResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListVisitsResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Visit>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListVisitsResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListVisitsResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListVisitsResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListVisitsResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListVisitsResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListVisitsResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListVisitsResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListVisitsResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListVisitsResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListVisitsResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListVisitsResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListVisitsResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListVisitsResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListVisitsResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListVisitsResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhookDeliveriesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::WebhookDelivery>,

    /// How many deliveries match, over all pages (counted up to 10,000).
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListWebhookDeliveriesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::WebhookDelivery>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListWebhookDeliveriesResponse {
        ListWebhookDeliveriesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListWebhookDeliveriesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListWebhookDeliveriesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListWebhookDeliveriesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListWebhookDeliveriesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::WebhookDelivery>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListWebhookDeliveriesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListWebhookDeliveriesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListWebhookDeliveriesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListWebhookDeliveriesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListWebhookDeliveriesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListWebhookDeliveriesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListWebhookDeliveriesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListWebhookDeliveriesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListWebhookDeliveriesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListWebhookDeliveriesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListWebhookDeliveriesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListWebhookDeliveriesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListWebhookDeliveriesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListWebhookDeliveriesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListWebhookDeliveriesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWebhooksResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Webhook>,

    /// How many subscriptions the workspace has.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListWebhooksResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Webhook>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListWebhooksResponse {
        ListWebhooksResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListWebhooksResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListWebhooksResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListWebhooksResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListWebhooksResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Webhook>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListWebhooksResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListWebhooksResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListWebhooksResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListWebhooksResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListWebhooksResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListWebhooksResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListWebhooksResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListWebhooksResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListWebhooksResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListWebhooksResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListWebhooksResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListWebhooksResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListWebhooksResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListWebhooksResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListWebhooksResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ListWorkspacesResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::Workspace>,

    /// How many rows match the filters, over all pages.
    #[serde(rename = "total")]
    pub total: i64,

    /// Pass as `cursor` for the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub next_cursor: Nullable<String>,
}

impl ListWorkspacesResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        rows: Vec<models::Workspace>,
        total: i64,
        next_cursor: Nullable<String>,
    ) -> ListWorkspacesResponse {
        ListWorkspacesResponse {
            rows,
            total,
            next_cursor,
        }
    }
}

/// Converts the ListWorkspacesResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ListWorkspacesResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
            Some("nextCursor".to_string()),
            Some(
                self.next_cursor
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ListWorkspacesResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ListWorkspacesResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::Workspace>>,
            pub total: Vec<i64>,
            pub next_cursor: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ListWorkspacesResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => return std::result::Result::Err("Parsing a container in this style is not supported in ListWorkspacesResponse".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "nextCursor" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in ListWorkspacesResponse".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ListWorkspacesResponse".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ListWorkspacesResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in ListWorkspacesResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in ListWorkspacesResponse".to_string())?,
            next_cursor: std::result::Result::Err(
                "Nullable types not supported in ListWorkspacesResponse".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ListWorkspacesResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ListWorkspacesResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ListWorkspacesResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ListWorkspacesResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ListWorkspacesResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ListWorkspacesResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ListWorkspacesResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Membership {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "userId")]
    pub user_id: uuid::Uuid,

    #[serde(rename = "role")]
    #[validate(nested)]
    pub role: models::MembershipRole,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "user")]
    #[validate(nested)]
    pub user: models::UserSummary,
}

impl Membership {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        user_id: uuid::Uuid,
        role: models::MembershipRole,
        created_at: chrono::DateTime<chrono::Utc>,
        user: models::UserSummary,
    ) -> Membership {
        Membership {
            id,
            workspace_id,
            user_id,
            role,
            created_at,
            user,
        }
    }
}

/// Converts the Membership value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Membership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping userId in query parameter serialization

            // Skipping role in query parameter serialization

            // Skipping createdAt in query parameter serialization

            // Skipping user in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Membership value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Membership {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub user_id: Vec<uuid::Uuid>,
            pub role: Vec<models::MembershipRole>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub user: Vec<models::UserSummary>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Membership".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "userId" => intermediate_rep.user_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(
                        <models::MembershipRole as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "user" => intermediate_rep.user.push(
                        <models::UserSummary as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Membership".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Membership {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Membership".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Membership".to_string())?,
            user_id: intermediate_rep
                .user_id
                .into_iter()
                .next()
                .ok_or_else(|| "userId missing in Membership".to_string())?,
            role: intermediate_rep
                .role
                .into_iter()
                .next()
                .ok_or_else(|| "role missing in Membership".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Membership".to_string())?,
            user: intermediate_rep
                .user
                .into_iter()
                .next()
                .ok_or_else(|| "user missing in Membership".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Membership> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Membership>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Membership>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Membership - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Membership> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Membership as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Membership - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// A member's role; `OWNER` > `ADMIN` > `MEMBER`.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum MembershipRole {
    #[serde(rename = "OWNER")]
    Owner,
    #[serde(rename = "ADMIN")]
    Admin,
    #[serde(rename = "MEMBER")]
    Member,
}

impl validator::Validate for MembershipRole {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for MembershipRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            MembershipRole::Owner => write!(f, "OWNER"),
            MembershipRole::Admin => write!(f, "ADMIN"),
            MembershipRole::Member => write!(f, "MEMBER"),
        }
    }
}

impl std::str::FromStr for MembershipRole {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "OWNER" => std::result::Result::Ok(MembershipRole::Owner),
            "ADMIN" => std::result::Result::Ok(MembershipRole::Admin),
            "MEMBER" => std::result::Result::Ok(MembershipRole::Member),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct MembershipUpdateRequest {
    #[serde(rename = "role")]
    #[validate(nested)]
    pub role: models::MembershipRole,
}

impl MembershipUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(role: models::MembershipRole) -> MembershipUpdateRequest {
        MembershipUpdateRequest { role }
    }
}

/// Converts the MembershipUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for MembershipUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping role in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a MembershipUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for MembershipUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub role: Vec<models::MembershipRole>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing MembershipUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "role" => intermediate_rep.role.push(
                        <models::MembershipRole as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing MembershipUpdateRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(MembershipUpdateRequest {
            role: intermediate_rep
                .role
                .into_iter()
                .next()
                .ok_or_else(|| "role missing in MembershipUpdateRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<MembershipUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<MembershipUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<MembershipUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for MembershipUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<MembershipUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <MembershipUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into MembershipUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Note {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "authorId")]
    pub author_id: uuid::Uuid,

    #[serde(rename = "body")]
    #[validate(custom(function = "check_xss_string"))]
    pub body: String,

    #[serde(rename = "relatedType")]
    #[validate(nested)]
    pub related_type: models::RelatedType,

    #[serde(rename = "relatedId")]
    pub related_id: uuid::Uuid,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Note {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        author_id: uuid::Uuid,
        body: String,
        related_type: models::RelatedType,
        related_id: uuid::Uuid,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Note {
        Note {
            id,
            workspace_id,
            author_id,
            body,
            related_type,
            related_id,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Note value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping authorId in query parameter serialization
            Some("body".to_string()),
            Some(self.body.to_string()),
            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization

            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Note value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Note {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub author_id: Vec<uuid::Uuid>,
            pub body: Vec<String>,
            pub related_type: Vec<models::RelatedType>,
            pub related_id: Vec<uuid::Uuid>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Note".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "authorId" => intermediate_rep.author_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "body" => intermediate_rep.body.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedType" => intermediate_rep.related_type.push(
                        <models::RelatedType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedId" => intermediate_rep.related_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Note".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Note {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Note".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Note".to_string())?,
            author_id: intermediate_rep
                .author_id
                .into_iter()
                .next()
                .ok_or_else(|| "authorId missing in Note".to_string())?,
            body: intermediate_rep
                .body
                .into_iter()
                .next()
                .ok_or_else(|| "body missing in Note".to_string())?,
            related_type: intermediate_rep
                .related_type
                .into_iter()
                .next()
                .ok_or_else(|| "relatedType missing in Note".to_string())?,
            related_id: intermediate_rep
                .related_id
                .into_iter()
                .next()
                .ok_or_else(|| "relatedId missing in Note".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Note".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Note".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Note> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Note>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Note>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Note - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Note> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Note as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Note - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NoteCreateRequest {
    #[serde(rename = "body")]
    #[validate(length(min = 1, max = 20000), custom(function = "check_xss_string"))]
    pub body: String,

    #[serde(rename = "relatedType")]
    #[validate(nested)]
    pub related_type: models::RelatedType,

    #[serde(rename = "relatedId")]
    pub related_id: uuid::Uuid,
}

impl NoteCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        body: String,
        related_type: models::RelatedType,
        related_id: uuid::Uuid,
    ) -> NoteCreateRequest {
        NoteCreateRequest {
            body,
            related_type,
            related_id,
        }
    }
}

/// Converts the NoteCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for NoteCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("body".to_string()),
            Some(self.body.to_string()),
            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a NoteCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for NoteCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub body: Vec<String>,
            pub related_type: Vec<models::RelatedType>,
            pub related_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing NoteCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "body" => intermediate_rep.body.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedType" => intermediate_rep.related_type.push(
                        <models::RelatedType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedId" => intermediate_rep.related_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing NoteCreateRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(NoteCreateRequest {
            body: intermediate_rep
                .body
                .into_iter()
                .next()
                .ok_or_else(|| "body missing in NoteCreateRequest".to_string())?,
            related_type: intermediate_rep
                .related_type
                .into_iter()
                .next()
                .ok_or_else(|| "relatedType missing in NoteCreateRequest".to_string())?,
            related_id: intermediate_rep
                .related_id
                .into_iter()
                .next()
                .ok_or_else(|| "relatedId missing in NoteCreateRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<NoteCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<NoteCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<NoteCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for NoteCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<NoteCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <NoteCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into NoteCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OkResponse {
    #[serde(rename = "ok")]
    pub ok: bool,
}

impl OkResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(ok: bool) -> OkResponse {
        OkResponse { ok }
    }
}

/// Converts the OkResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OkResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![Some("ok".to_string()), Some(self.ok.to_string())];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OkResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OkResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub ok: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OkResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "ok" => intermediate_rep.ok.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OkResponse".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OkResponse {
            ok: intermediate_rep
                .ok
                .into_iter()
                .next()
                .ok_or_else(|| "ok missing in OkResponse".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OkResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OkResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OkResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for OkResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OkResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OkResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into OkResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardingInvitesRequest {
    #[serde(rename = "invites")]
    #[validate(length(min = 1, max = 50), nested)]
    pub invites: Vec<models::InviteCreateRequest>,
}

impl OnboardingInvitesRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(invites: Vec<models::InviteCreateRequest>) -> OnboardingInvitesRequest {
        OnboardingInvitesRequest { invites }
    }
}

/// Converts the OnboardingInvitesRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OnboardingInvitesRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping invites in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OnboardingInvitesRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OnboardingInvitesRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub invites: Vec<Vec<models::InviteCreateRequest>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OnboardingInvitesRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "invites" => return std::result::Result::Err("Parsing a container in this style is not supported in OnboardingInvitesRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OnboardingInvitesRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OnboardingInvitesRequest {
            invites: intermediate_rep
                .invites
                .into_iter()
                .next()
                .ok_or_else(|| "invites missing in OnboardingInvitesRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OnboardingInvitesRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OnboardingInvitesRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OnboardingInvitesRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for OnboardingInvitesRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OnboardingInvitesRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OnboardingInvitesRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into OnboardingInvitesRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardingStage {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 80), custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "order")]
    #[validate(range(min = 1u32, max = 10000u32))]
    pub order: u32,
}

impl OnboardingStage {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, order: u32) -> OnboardingStage {
        OnboardingStage { name, order }
    }
}

/// Converts the OnboardingStage value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OnboardingStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("order".to_string()),
            Some(self.order.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OnboardingStage value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OnboardingStage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub order: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OnboardingStage".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "order" => intermediate_rep.order.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing OnboardingStage".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OnboardingStage {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in OnboardingStage".to_string())?,
            order: intermediate_rep
                .order
                .into_iter()
                .next()
                .ok_or_else(|| "order missing in OnboardingStage".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OnboardingStage> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OnboardingStage>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OnboardingStage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for OnboardingStage - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OnboardingStage> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OnboardingStage as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into OnboardingStage - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardingStagesRequest {
    #[serde(rename = "crmTypeId")]
    #[validate(nested)]
    pub crm_type_id: models::CrmTypeId,

    #[serde(rename = "stages")]
    #[validate(length(min = 1, max = 50), nested)]
    pub stages: Vec<models::OnboardingStage>,
}

impl OnboardingStagesRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        crm_type_id: models::CrmTypeId,
        stages: Vec<models::OnboardingStage>,
    ) -> OnboardingStagesRequest {
        OnboardingStagesRequest {
            crm_type_id,
            stages,
        }
    }
}

/// Converts the OnboardingStagesRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OnboardingStagesRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping crmTypeId in query parameter serialization

            // Skipping stages in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OnboardingStagesRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OnboardingStagesRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub crm_type_id: Vec<models::CrmTypeId>,
            pub stages: Vec<Vec<models::OnboardingStage>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OnboardingStagesRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "crmTypeId" => intermediate_rep.crm_type_id.push(<models::CrmTypeId as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "stages" => return std::result::Result::Err("Parsing a container in this style is not supported in OnboardingStagesRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing OnboardingStagesRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OnboardingStagesRequest {
            crm_type_id: intermediate_rep
                .crm_type_id
                .into_iter()
                .next()
                .ok_or_else(|| "crmTypeId missing in OnboardingStagesRequest".to_string())?,
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in OnboardingStagesRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OnboardingStagesRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OnboardingStagesRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OnboardingStagesRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for OnboardingStagesRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OnboardingStagesRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OnboardingStagesRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into OnboardingStagesRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct OnboardingWorkspaceRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    pub name: String,

    /// 1 to 63 lower-case letters, digits and single dashes; unique across the service. Absent, null or `\"\"`: the personal workspace keeps its slug, a new workspace gets one derived from the name.
    #[serde(rename = "slug")]
    #[validate(
            length(max = 63),
            regex(path = *RE_ONBOARDINGWORKSPACEREQUEST_SLUG),
          custom(function = "crm_api_runtime::no_nul"),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Nullable<String>>,

    #[serde(rename = "crmTypeId")]
    #[validate(nested)]
    pub crm_type_id: models::CrmTypeId,
}

lazy_static::lazy_static! {
    static ref RE_ONBOARDINGWORKSPACEREQUEST_SLUG: regex::Regex = regex::Regex::new("^([a-z0-9]+(-[a-z0-9]+)*)?$").unwrap();
}

impl OnboardingWorkspaceRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String, crm_type_id: models::CrmTypeId) -> OnboardingWorkspaceRequest {
        OnboardingWorkspaceRequest {
            name,
            slug: None,
            crm_type_id,
        }
    }
}

/// Converts the OnboardingWorkspaceRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for OnboardingWorkspaceRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.slug.as_ref().map(|slug| {
                [
                    "slug".to_string(),
                    slug.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping crmTypeId in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a OnboardingWorkspaceRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for OnboardingWorkspaceRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub slug: Vec<String>,
            pub crm_type_id: Vec<models::CrmTypeId>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing OnboardingWorkspaceRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "slug" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in OnboardingWorkspaceRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "crmTypeId" => intermediate_rep.crm_type_id.push(<models::CrmTypeId as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing OnboardingWorkspaceRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(OnboardingWorkspaceRequest {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in OnboardingWorkspaceRequest".to_string())?,
            slug: std::result::Result::Err(
                "Nullable types not supported in OnboardingWorkspaceRequest".to_string(),
            )?,
            crm_type_id: intermediate_rep
                .crm_type_id
                .into_iter()
                .next()
                .ok_or_else(|| "crmTypeId missing in OnboardingWorkspaceRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<OnboardingWorkspaceRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<OnboardingWorkspaceRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<OnboardingWorkspaceRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for OnboardingWorkspaceRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<OnboardingWorkspaceRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <OnboardingWorkspaceRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into OnboardingWorkspaceRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelineCurrencyReport {
    #[serde(rename = "currency")]
    #[validate(custom(function = "check_xss_string"))]
    pub currency: String,

    #[serde(rename = "stages")]
    #[validate(nested)]
    pub stages: Vec<models::PipelineStageMetric>,

    #[serde(rename = "totalOpenDeals")]
    pub total_open_deals: i64,

    #[serde(rename = "totalPipelineAmount")]
    pub total_pipeline_amount: f64,
}

impl PipelineCurrencyReport {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        currency: String,
        stages: Vec<models::PipelineStageMetric>,
        total_open_deals: i64,
        total_pipeline_amount: f64,
    ) -> PipelineCurrencyReport {
        PipelineCurrencyReport {
            currency,
            stages,
            total_open_deals,
            total_pipeline_amount,
        }
    }
}

/// Converts the PipelineCurrencyReport value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelineCurrencyReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("currency".to_string()),
            Some(self.currency.to_string()),
            // Skipping stages in query parameter serialization
            Some("totalOpenDeals".to_string()),
            Some(self.total_open_deals.to_string()),
            Some("totalPipelineAmount".to_string()),
            Some(self.total_pipeline_amount.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelineCurrencyReport value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelineCurrencyReport {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub currency: Vec<String>,
            pub stages: Vec<Vec<models::PipelineStageMetric>>,
            pub total_open_deals: Vec<i64>,
            pub total_pipeline_amount: Vec<f64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelineCurrencyReport".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "currency" => intermediate_rep.currency.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "stages" => return std::result::Result::Err("Parsing a container in this style is not supported in PipelineCurrencyReport".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "totalOpenDeals" => intermediate_rep.total_open_deals.push(<i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "totalPipelineAmount" => intermediate_rep.total_pipeline_amount.push(<f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing PipelineCurrencyReport".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelineCurrencyReport {
            currency: intermediate_rep
                .currency
                .into_iter()
                .next()
                .ok_or_else(|| "currency missing in PipelineCurrencyReport".to_string())?,
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in PipelineCurrencyReport".to_string())?,
            total_open_deals: intermediate_rep
                .total_open_deals
                .into_iter()
                .next()
                .ok_or_else(|| "totalOpenDeals missing in PipelineCurrencyReport".to_string())?,
            total_pipeline_amount: intermediate_rep
                .total_pipeline_amount
                .into_iter()
                .next()
                .ok_or_else(|| {
                    "totalPipelineAmount missing in PipelineCurrencyReport".to_string()
                })?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelineCurrencyReport> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelineCurrencyReport>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelineCurrencyReport>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PipelineCurrencyReport - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PipelineCurrencyReport> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelineCurrencyReport as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PipelineCurrencyReport - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelineReport {
    #[serde(rename = "stages")]
    #[validate(nested)]
    pub stages: Vec<models::PipelineStageMetric>,

    #[serde(rename = "totalOpenDeals")]
    pub total_open_deals: i64,

    /// Summed as stored, whatever the currency; see `byCurrency`.
    #[serde(rename = "totalPipelineAmount")]
    pub total_pipeline_amount: f64,

    /// The same report for the open deals of each currency, by currency code (every stage in each, zeros included).
    #[serde(rename = "byCurrency")]
    #[validate(nested)]
    pub by_currency: Vec<models::PipelineCurrencyReport>,
}

impl PipelineReport {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        stages: Vec<models::PipelineStageMetric>,
        total_open_deals: i64,
        total_pipeline_amount: f64,
        by_currency: Vec<models::PipelineCurrencyReport>,
    ) -> PipelineReport {
        PipelineReport {
            stages,
            total_open_deals,
            total_pipeline_amount,
            by_currency,
        }
    }
}

/// Converts the PipelineReport value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelineReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping stages in query parameter serialization
            Some("totalOpenDeals".to_string()),
            Some(self.total_open_deals.to_string()),
            Some("totalPipelineAmount".to_string()),
            Some(self.total_pipeline_amount.to_string()),
            // Skipping byCurrency in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelineReport value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelineReport {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stages: Vec<Vec<models::PipelineStageMetric>>,
            pub total_open_deals: Vec<i64>,
            pub total_pipeline_amount: Vec<f64>,
            pub by_currency: Vec<Vec<models::PipelineCurrencyReport>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelineReport".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "stages" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelineReport"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "totalOpenDeals" => intermediate_rep.total_open_deals.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "totalPipelineAmount" => intermediate_rep.total_pipeline_amount.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "byCurrency" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in PipelineReport"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelineReport".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelineReport {
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in PipelineReport".to_string())?,
            total_open_deals: intermediate_rep
                .total_open_deals
                .into_iter()
                .next()
                .ok_or_else(|| "totalOpenDeals missing in PipelineReport".to_string())?,
            total_pipeline_amount: intermediate_rep
                .total_pipeline_amount
                .into_iter()
                .next()
                .ok_or_else(|| "totalPipelineAmount missing in PipelineReport".to_string())?,
            by_currency: intermediate_rep
                .by_currency
                .into_iter()
                .next()
                .ok_or_else(|| "byCurrency missing in PipelineReport".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelineReport> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelineReport>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelineReport>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PipelineReport - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PipelineReport> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelineReport as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PipelineReport - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct PipelineStageMetric {
    #[serde(rename = "stageId")]
    pub stage_id: uuid::Uuid,

    #[serde(rename = "stageName")]
    #[validate(custom(function = "check_xss_string"))]
    pub stage_name: String,

    #[serde(rename = "openDeals")]
    pub open_deals: i64,

    #[serde(rename = "totalAmount")]
    pub total_amount: f64,
}

impl PipelineStageMetric {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        stage_id: uuid::Uuid,
        stage_name: String,
        open_deals: i64,
        total_amount: f64,
    ) -> PipelineStageMetric {
        PipelineStageMetric {
            stage_id,
            stage_name,
            open_deals,
            total_amount,
        }
    }
}

/// Converts the PipelineStageMetric value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for PipelineStageMetric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping stageId in query parameter serialization
            Some("stageName".to_string()),
            Some(self.stage_name.to_string()),
            Some("openDeals".to_string()),
            Some(self.open_deals.to_string()),
            Some("totalAmount".to_string()),
            Some(self.total_amount.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a PipelineStageMetric value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for PipelineStageMetric {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stage_id: Vec<uuid::Uuid>,
            pub stage_name: Vec<String>,
            pub open_deals: Vec<i64>,
            pub total_amount: Vec<f64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing PipelineStageMetric".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "stageId" => intermediate_rep.stage_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "stageName" => intermediate_rep.stage_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "openDeals" => intermediate_rep.open_deals.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "totalAmount" => intermediate_rep.total_amount.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing PipelineStageMetric".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(PipelineStageMetric {
            stage_id: intermediate_rep
                .stage_id
                .into_iter()
                .next()
                .ok_or_else(|| "stageId missing in PipelineStageMetric".to_string())?,
            stage_name: intermediate_rep
                .stage_name
                .into_iter()
                .next()
                .ok_or_else(|| "stageName missing in PipelineStageMetric".to_string())?,
            open_deals: intermediate_rep
                .open_deals
                .into_iter()
                .next()
                .ok_or_else(|| "openDeals missing in PipelineStageMetric".to_string())?,
            total_amount: intermediate_rep
                .total_amount
                .into_iter()
                .next()
                .ok_or_else(|| "totalAmount missing in PipelineStageMetric".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<PipelineStageMetric> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<PipelineStageMetric>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<PipelineStageMetric>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for PipelineStageMetric - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<PipelineStageMetric> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <PipelineStageMetric as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into PipelineStageMetric - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The kind of record a task or note is attached to.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum RelatedType {
    #[serde(rename = "contact")]
    Contact,
    #[serde(rename = "company")]
    Company,
    #[serde(rename = "deal")]
    Deal,
    #[serde(rename = "task")]
    Task,
}

impl validator::Validate for RelatedType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for RelatedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            RelatedType::Contact => write!(f, "contact"),
            RelatedType::Company => write!(f, "company"),
            RelatedType::Deal => write!(f, "deal"),
            RelatedType::Task => write!(f, "task"),
        }
    }
}

impl std::str::FromStr for RelatedType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "contact" => std::result::Result::Ok(RelatedType::Contact),
            "company" => std::result::Result::Ok(RelatedType::Company),
            "deal" => std::result::Result::Ok(RelatedType::Deal),
            "task" => std::result::Result::Ok(RelatedType::Task),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ReportDashboard {
    #[serde(rename = "openDeals")]
    pub open_deals: i64,

    #[serde(rename = "openTasks")]
    pub open_tasks: i64,

    /// The open deals' amounts summed as stored, whatever their currency (the handoff's figure); `byCurrency` has the sums that mean something.
    #[serde(rename = "pipelineTotal")]
    pub pipeline_total: f64,

    /// Activities of the last `days` days (7 unless asked).
    #[serde(rename = "recentActivity")]
    pub recent_activity: i64,

    /// The deal figures per currency, by currency code.
    #[serde(rename = "byCurrency")]
    #[validate(nested)]
    pub by_currency: Vec<models::DashboardCurrencyFigures>,
}

impl ReportDashboard {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        open_deals: i64,
        open_tasks: i64,
        pipeline_total: f64,
        recent_activity: i64,
        by_currency: Vec<models::DashboardCurrencyFigures>,
    ) -> ReportDashboard {
        ReportDashboard {
            open_deals,
            open_tasks,
            pipeline_total,
            recent_activity,
            by_currency,
        }
    }
}

/// Converts the ReportDashboard value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ReportDashboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("openDeals".to_string()),
            Some(self.open_deals.to_string()),
            Some("openTasks".to_string()),
            Some(self.open_tasks.to_string()),
            Some("pipelineTotal".to_string()),
            Some(self.pipeline_total.to_string()),
            Some("recentActivity".to_string()),
            Some(self.recent_activity.to_string()),
            // Skipping byCurrency in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ReportDashboard value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ReportDashboard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub open_deals: Vec<i64>,
            pub open_tasks: Vec<i64>,
            pub pipeline_total: Vec<f64>,
            pub recent_activity: Vec<i64>,
            pub by_currency: Vec<Vec<models::DashboardCurrencyFigures>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ReportDashboard".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "openDeals" => intermediate_rep.open_deals.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "openTasks" => intermediate_rep.open_tasks.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "pipelineTotal" => intermediate_rep.pipeline_total.push(
                        <f64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "recentActivity" => intermediate_rep.recent_activity.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "byCurrency" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in ReportDashboard"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ReportDashboard".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ReportDashboard {
            open_deals: intermediate_rep
                .open_deals
                .into_iter()
                .next()
                .ok_or_else(|| "openDeals missing in ReportDashboard".to_string())?,
            open_tasks: intermediate_rep
                .open_tasks
                .into_iter()
                .next()
                .ok_or_else(|| "openTasks missing in ReportDashboard".to_string())?,
            pipeline_total: intermediate_rep
                .pipeline_total
                .into_iter()
                .next()
                .ok_or_else(|| "pipelineTotal missing in ReportDashboard".to_string())?,
            recent_activity: intermediate_rep
                .recent_activity
                .into_iter()
                .next()
                .ok_or_else(|| "recentActivity missing in ReportDashboard".to_string())?,
            by_currency: intermediate_rep
                .by_currency
                .into_iter()
                .next()
                .ok_or_else(|| "byCurrency missing in ReportDashboard".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ReportDashboard> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ReportDashboard>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ReportDashboard>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ReportDashboard - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ReportDashboard> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ReportDashboard as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ReportDashboard - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SearchHit {
    #[serde(rename = "type")]
    #[validate(nested)]
    pub r_type: models::SearchHitType,

    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "title")]
    #[validate(custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "subtitle")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Nullable<String>>,
}

impl SearchHit {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(r_type: models::SearchHitType, id: uuid::Uuid, title: String) -> SearchHit {
        SearchHit {
            r_type,
            id,
            title,
            subtitle: None,
        }
    }
}

/// Converts the SearchHit value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SearchHit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping type in query parameter serialization

            // Skipping id in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            self.subtitle.as_ref().map(|subtitle| {
                [
                    "subtitle".to_string(),
                    subtitle
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SearchHit value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SearchHit {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r_type: Vec<models::SearchHitType>,
            pub id: Vec<uuid::Uuid>,
            pub title: Vec<String>,
            pub subtitle: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SearchHit".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r_type.push(
                        <models::SearchHitType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "subtitle" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in SearchHit"
                                .to_string(),
                        );
                    }
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SearchHit".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SearchHit {
            r_type: intermediate_rep
                .r_type
                .into_iter()
                .next()
                .ok_or_else(|| "type missing in SearchHit".to_string())?,
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in SearchHit".to_string())?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in SearchHit".to_string())?,
            subtitle: std::result::Result::Err(
                "Nullable types not supported in SearchHit".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SearchHit> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SearchHit>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SearchHit>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SearchHit - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SearchHit> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SearchHit as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SearchHit - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum SearchHitType {
    #[serde(rename = "contact")]
    Contact,
    #[serde(rename = "company")]
    Company,
    #[serde(rename = "deal")]
    Deal,
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "invoice")]
    Invoice,
    #[serde(rename = "visit")]
    Visit,
}

impl validator::Validate for SearchHitType {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for SearchHitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SearchHitType::Contact => write!(f, "contact"),
            SearchHitType::Company => write!(f, "company"),
            SearchHitType::Deal => write!(f, "deal"),
            SearchHitType::Task => write!(f, "task"),
            SearchHitType::Invoice => write!(f, "invoice"),
            SearchHitType::Visit => write!(f, "visit"),
        }
    }
}

impl std::str::FromStr for SearchHitType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "contact" => std::result::Result::Ok(SearchHitType::Contact),
            "company" => std::result::Result::Ok(SearchHitType::Company),
            "deal" => std::result::Result::Ok(SearchHitType::Deal),
            "task" => std::result::Result::Ok(SearchHitType::Task),
            "invoice" => std::result::Result::Ok(SearchHitType::Invoice),
            "visit" => std::result::Result::Ok(SearchHitType::Visit),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SearchResponse {
    #[serde(rename = "rows")]
    #[validate(nested)]
    pub rows: Vec<models::SearchHit>,

    /// Hits in all, exact up to 1,000; 1,000 means \"1,000 or more\".
    #[serde(rename = "total")]
    #[validate(range(max = 1000i64))]
    pub total: i64,
}

impl SearchResponse {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(rows: Vec<models::SearchHit>, total: i64) -> SearchResponse {
        SearchResponse { rows, total }
    }
}

/// Converts the SearchResponse value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for SearchResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping rows in query parameter serialization
            Some("total".to_string()),
            Some(self.total.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SearchResponse value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SearchResponse {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub rows: Vec<Vec<models::SearchHit>>,
            pub total: Vec<i64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing SearchResponse".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "rows" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in SearchResponse"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "total" => intermediate_rep.total.push(
                        <i64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing SearchResponse".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SearchResponse {
            rows: intermediate_rep
                .rows
                .into_iter()
                .next()
                .ok_or_else(|| "rows missing in SearchResponse".to_string())?,
            total: intermediate_rep
                .total
                .into_iter()
                .next()
                .ok_or_else(|| "total missing in SearchResponse".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SearchResponse> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<SearchResponse>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<SearchResponse>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for SearchResponse - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<SearchResponse> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <SearchResponse as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into SearchResponse - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Stage {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    /// 1-based position; several stages may share one.
    #[serde(rename = "order")]
    #[validate(range(min = 1u32))]
    pub order: u32,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Stage {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        name: String,
        order: u32,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Stage {
        Stage {
            id,
            workspace_id,
            name,
            order,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Stage value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("order".to_string()),
            Some(self.order.to_string()),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Stage value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Stage {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub order: Vec<u32>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Stage".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "order" => intermediate_rep.order.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Stage".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Stage {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Stage".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Stage".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Stage".to_string())?,
            order: intermediate_rep
                .order
                .into_iter()
                .next()
                .ok_or_else(|| "order missing in Stage".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Stage".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Stage".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Stage> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Stage>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Stage>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Stage - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Stage> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Stage as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Stage - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageCreateRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 80), custom(function = "check_xss_string"))]
    pub name: String,

    /// Defaults to the last order + 1.
    #[serde(rename = "order")]
    #[validate(range(min = 1u32, max = 10000u32))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

impl StageCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> StageCreateRequest {
        StageCreateRequest { name, order: None }
    }
}

/// Converts the StageCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.order
                .as_ref()
                .map(|order| ["order".to_string(), order.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub order: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "order" => intermediate_rep.order.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageCreateRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageCreateRequest {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in StageCreateRequest".to_string())?,
            order: intermediate_rep.order.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StageCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StageCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StageCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StageCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageReorderItem {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "order")]
    #[validate(range(min = 1u32, max = 10000u32))]
    pub order: u32,
}

impl StageReorderItem {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, order: u32) -> StageReorderItem {
        StageReorderItem { id, order }
    }
}

/// Converts the StageReorderItem value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageReorderItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("order".to_string()),
            Some(self.order.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageReorderItem value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageReorderItem {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub order: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageReorderItem".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "order" => intermediate_rep.order.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageReorderItem".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageReorderItem {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in StageReorderItem".to_string())?,
            order: intermediate_rep
                .order
                .into_iter()
                .next()
                .ok_or_else(|| "order missing in StageReorderItem".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageReorderItem> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StageReorderItem>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageReorderItem>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StageReorderItem - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StageReorderItem> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageReorderItem as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StageReorderItem - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageReorderRequest {
    #[serde(rename = "stages")]
    #[validate(length(min = 1, max = 200), nested)]
    pub stages: Vec<models::StageReorderItem>,
}

impl StageReorderRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(stages: Vec<models::StageReorderItem>) -> StageReorderRequest {
        StageReorderRequest { stages }
    }
}

/// Converts the StageReorderRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageReorderRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping stages in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageReorderRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageReorderRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub stages: Vec<Vec<models::StageReorderItem>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageReorderRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    "stages" => return std::result::Result::Err(
                        "Parsing a container in this style is not supported in StageReorderRequest"
                            .to_string(),
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageReorderRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageReorderRequest {
            stages: intermediate_rep
                .stages
                .into_iter()
                .next()
                .ok_or_else(|| "stages missing in StageReorderRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageReorderRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StageReorderRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageReorderRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StageReorderRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StageReorderRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageReorderRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StageReorderRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct StageUpdateRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 80), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    #[serde(rename = "order")]
    #[validate(range(min = 1u32, max = 10000u32))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

impl StageUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> StageUpdateRequest {
        StageUpdateRequest {
            name: None,
            order: None,
        }
    }
}

/// Converts the StageUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for StageUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.name
                .as_ref()
                .map(|name| ["name".to_string(), name.to_string()].join(",")),
            self.order
                .as_ref()
                .map(|order| ["order".to_string(), order.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a StageUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for StageUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub order: Vec<u32>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing StageUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "order" => intermediate_rep.order.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing StageUpdateRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(StageUpdateRequest {
            name: intermediate_rep.name.into_iter().next(),
            order: intermediate_rep.order.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<StageUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<StageUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<StageUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for StageUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<StageUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <StageUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into StageUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Task {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "createdById")]
    pub created_by_id: uuid::Uuid,

    #[serde(rename = "assigneeId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "title")]
    #[validate(custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::TaskStatus,

    #[serde(rename = "relatedType")]
    #[validate(nested)]
    pub related_type: models::RelatedType,

    #[serde(rename = "relatedId")]
    pub related_id: uuid::Uuid,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Task {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        created_by_id: uuid::Uuid,
        title: String,
        status: models::TaskStatus,
        related_type: models::RelatedType,
        related_id: uuid::Uuid,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Task {
        Task {
            id,
            workspace_id,
            created_by_id,
            assignee_id: None,
            title,
            due_at: None,
            status,
            related_type,
            related_id,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Task value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping createdById in query parameter serialization

            // Skipping assigneeId in query parameter serialization
            Some("title".to_string()),
            Some(self.title.to_string()),
            // Skipping dueAt in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization

            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Task value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Task {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub created_by_id: Vec<uuid::Uuid>,
            pub assignee_id: Vec<uuid::Uuid>,
            pub title: Vec<String>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub status: Vec<models::TaskStatus>,
            pub related_type: Vec<models::RelatedType>,
            pub related_id: Vec<uuid::Uuid>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Task".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdById" => intermediate_rep.created_by_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "assigneeId" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Task"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "dueAt" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Task"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::TaskStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedType" => intermediate_rep.related_type.push(
                        <models::RelatedType as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "relatedId" => intermediate_rep.related_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Task".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Task {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Task".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Task".to_string())?,
            created_by_id: intermediate_rep
                .created_by_id
                .into_iter()
                .next()
                .ok_or_else(|| "createdById missing in Task".to_string())?,
            assignee_id: std::result::Result::Err(
                "Nullable types not supported in Task".to_string(),
            )?,
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in Task".to_string())?,
            due_at: std::result::Result::Err("Nullable types not supported in Task".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Task".to_string())?,
            related_type: intermediate_rep
                .related_type
                .into_iter()
                .next()
                .ok_or_else(|| "relatedType missing in Task".to_string())?,
            related_id: intermediate_rep
                .related_id
                .into_iter()
                .next()
                .ok_or_else(|| "relatedId missing in Task".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Task".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Task".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Task> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Task>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Task>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Task - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Task> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Task as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Task - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TaskCreateRequest {
    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    pub title: String,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "assigneeId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::TaskStatus>,

    #[serde(rename = "relatedType")]
    #[validate(nested)]
    pub related_type: models::RelatedType,

    #[serde(rename = "relatedId")]
    pub related_id: uuid::Uuid,
}

impl TaskCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        title: String,
        related_type: models::RelatedType,
        related_id: uuid::Uuid,
    ) -> TaskCreateRequest {
        TaskCreateRequest {
            title,
            due_at: None,
            assignee_id: None,
            status: None,
            related_type,
            related_id,
        }
    }
}

/// Converts the TaskCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TaskCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("title".to_string()),
            Some(self.title.to_string()),
            // Skipping dueAt in query parameter serialization

            // Skipping assigneeId in query parameter serialization

            // Skipping status in query parameter serialization

            // Skipping relatedType in query parameter serialization

            // Skipping relatedId in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TaskCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TaskCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub assignee_id: Vec<uuid::Uuid>,
            pub status: Vec<models::TaskStatus>,
            pub related_type: Vec<models::RelatedType>,
            pub related_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TaskCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "dueAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TaskCreateRequest".to_string()),
                    "assigneeId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TaskCreateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::TaskStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "relatedType" => intermediate_rep.related_type.push(<models::RelatedType as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "relatedId" => intermediate_rep.related_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing TaskCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TaskCreateRequest {
            title: intermediate_rep
                .title
                .into_iter()
                .next()
                .ok_or_else(|| "title missing in TaskCreateRequest".to_string())?,
            due_at: std::result::Result::Err(
                "Nullable types not supported in TaskCreateRequest".to_string(),
            )?,
            assignee_id: std::result::Result::Err(
                "Nullable types not supported in TaskCreateRequest".to_string(),
            )?,
            status: intermediate_rep.status.into_iter().next(),
            related_type: intermediate_rep
                .related_type
                .into_iter()
                .next()
                .ok_or_else(|| "relatedType missing in TaskCreateRequest".to_string())?,
            related_id: intermediate_rep
                .related_id
                .into_iter()
                .next()
                .ok_or_else(|| "relatedId missing in TaskCreateRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TaskCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TaskCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TaskCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TaskCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TaskCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TaskCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TaskCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum TaskStatus {
    #[serde(rename = "OPEN")]
    Open,
    #[serde(rename = "DONE")]
    Done,
}

impl validator::Validate for TaskStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            TaskStatus::Open => write!(f, "OPEN"),
            TaskStatus::Done => write!(f, "DONE"),
        }
    }
}

impl std::str::FromStr for TaskStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "OPEN" => std::result::Result::Ok(TaskStatus::Open),
            "DONE" => std::result::Result::Ok(TaskStatus::Done),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct TaskUpdateRequest {
    #[serde(rename = "title")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    #[serde(rename = "dueAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<Nullable<chrono::DateTime<chrono::Utc>>>,

    #[serde(rename = "assigneeId")]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<Nullable<uuid::Uuid>>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::TaskStatus>,
}

impl TaskUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> TaskUpdateRequest {
        TaskUpdateRequest {
            title: None,
            due_at: None,
            assignee_id: None,
            status: None,
        }
    }
}

/// Converts the TaskUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for TaskUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.title
                .as_ref()
                .map(|title| ["title".to_string(), title.to_string()].join(",")),
            // Skipping dueAt in query parameter serialization

            // Skipping assigneeId in query parameter serialization

            // Skipping status in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a TaskUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for TaskUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub title: Vec<String>,
            pub due_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub assignee_id: Vec<uuid::Uuid>,
            pub status: Vec<models::TaskStatus>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing TaskUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "dueAt" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TaskUpdateRequest".to_string()),
                    "assigneeId" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in TaskUpdateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::TaskStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing TaskUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(TaskUpdateRequest {
            title: intermediate_rep.title.into_iter().next(),
            due_at: std::result::Result::Err(
                "Nullable types not supported in TaskUpdateRequest".to_string(),
            )?,
            assignee_id: std::result::Result::Err(
                "Nullable types not supported in TaskUpdateRequest".to_string(),
            )?,
            status: intermediate_rep.status.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<TaskUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<TaskUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<TaskUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for TaskUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<TaskUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <TaskUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into TaskUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct User {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "email")]
    #[validate(custom(function = "check_xss_string"))]
    pub email: String,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl User {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        email: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> User {
        User {
            id,
            name,
            email,
            created_at,
            updated_at,
        }
    }
}

/// Converts the User value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a User value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for User {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub email: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing User".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing User".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(User {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in User".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in User".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in User".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in User".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in User".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<User> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<User>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<User>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for User - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<User> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <User as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into User - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// The few user fields shown beside a membership or a session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct UserSummary {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "email")]
    #[validate(custom(function = "check_xss_string"))]
    pub email: String,
}

impl UserSummary {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(id: uuid::Uuid, name: String, email: String) -> UserSummary {
        UserSummary { id, name, email }
    }
}

/// Converts the UserSummary value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for UserSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("email".to_string()),
            Some(self.email.to_string()),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a UserSummary value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for UserSummary {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub email: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing UserSummary".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "email" => intermediate_rep.email.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing UserSummary".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(UserSummary {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in UserSummary".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in UserSummary".to_string())?,
            email: intermediate_rep
                .email
                .into_iter()
                .next()
                .ok_or_else(|| "email missing in UserSummary".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<UserSummary> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<UserSummary>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<UserSummary>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for UserSummary - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<UserSummary> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <UserSummary as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into UserSummary - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ValidationIssue {
    /// The field, with the contract's names (`email`, `rows[3].email`).
    #[serde(rename = "path")]
    #[validate(custom(function = "check_xss_string"))]
    pub path: String,

    /// What is wrong, without echoing the value.
    #[serde(rename = "message")]
    #[validate(custom(function = "check_xss_string"))]
    pub message: String,

    /// For an import row: the 1-based line of the CSV file where the row starts (the header is line 1), or the 1-based position in `rows`.
    #[serde(rename = "line")]
    #[validate(range(min = 1u64))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl ValidationIssue {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(path: String, message: String) -> ValidationIssue {
        ValidationIssue {
            path,
            message,
            line: None,
        }
    }
}

/// Converts the ValidationIssue value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for ValidationIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("path".to_string()),
            Some(self.path.to_string()),
            Some("message".to_string()),
            Some(self.message.to_string()),
            self.line
                .as_ref()
                .map(|line| ["line".to_string(), line.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ValidationIssue value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ValidationIssue {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub path: Vec<String>,
            pub message: Vec<String>,
            pub line: Vec<u64>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing ValidationIssue".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "path" => intermediate_rep.path.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "message" => intermediate_rep.message.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "line" => intermediate_rep.line.push(
                        <u64 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing ValidationIssue".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ValidationIssue {
            path: intermediate_rep
                .path
                .into_iter()
                .next()
                .ok_or_else(|| "path missing in ValidationIssue".to_string())?,
            message: intermediate_rep
                .message
                .into_iter()
                .next()
                .ok_or_else(|| "message missing in ValidationIssue".to_string())?,
            line: intermediate_rep.line.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ValidationIssue> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<ValidationIssue>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<ValidationIssue>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for ValidationIssue - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<ValidationIssue> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <ValidationIssue as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into ValidationIssue - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Visit {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    #[serde(rename = "contactId")]
    pub contact_id: uuid::Uuid,

    #[serde(rename = "contactName")]
    #[validate(custom(function = "check_xss_string"))]
    pub contact_name: String,

    #[serde(rename = "date")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub date: crm_api_runtime::CalendarDay,

    #[serde(rename = "time")]
    #[validate(custom(function = "check_xss_string"))]
    pub time: String,

    #[serde(rename = "durationMinutes")]
    #[validate(range(min = 1u32))]
    pub duration_minutes: u32,

    #[serde(rename = "reason")]
    #[validate(custom(function = "check_xss_string"))]
    pub reason: String,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::VisitStatus,

    #[serde(rename = "notes")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Visit {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        contact_id: uuid::Uuid,
        contact_name: String,
        date: crm_api_runtime::CalendarDay,
        time: String,
        duration_minutes: u32,
        reason: String,
        status: models::VisitStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Visit {
        Visit {
            id,
            workspace_id,
            contact_id,
            contact_name,
            date,
            time,
            duration_minutes,
            reason,
            status,
            notes: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Visit value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Visit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization

            // Skipping contactId in query parameter serialization
            Some("contactName".to_string()),
            Some(self.contact_name.to_string()),
            // Skipping date in query parameter serialization
            Some("time".to_string()),
            Some(self.time.to_string()),
            Some("durationMinutes".to_string()),
            Some(self.duration_minutes.to_string()),
            Some("reason".to_string()),
            Some(self.reason.to_string()),
            // Skipping status in query parameter serialization
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Visit value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Visit {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub contact_id: Vec<uuid::Uuid>,
            pub contact_name: Vec<String>,
            pub date: Vec<crm_api_runtime::CalendarDay>,
            pub time: Vec<String>,
            pub duration_minutes: Vec<u32>,
            pub reason: Vec<String>,
            pub status: Vec<models::VisitStatus>,
            pub notes: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Visit".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "contactId" => intermediate_rep.contact_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "contactName" => intermediate_rep.contact_name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "date" => intermediate_rep.date.push(
                        <crm_api_runtime::CalendarDay as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "durationMinutes" => intermediate_rep.duration_minutes.push(
                        <u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::VisitStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    "notes" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Visit"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Visit".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Visit {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Visit".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Visit".to_string())?,
            contact_id: intermediate_rep
                .contact_id
                .into_iter()
                .next()
                .ok_or_else(|| "contactId missing in Visit".to_string())?,
            contact_name: intermediate_rep
                .contact_name
                .into_iter()
                .next()
                .ok_or_else(|| "contactName missing in Visit".to_string())?,
            date: intermediate_rep
                .date
                .into_iter()
                .next()
                .ok_or_else(|| "date missing in Visit".to_string())?,
            time: intermediate_rep
                .time
                .into_iter()
                .next()
                .ok_or_else(|| "time missing in Visit".to_string())?,
            duration_minutes: intermediate_rep
                .duration_minutes
                .into_iter()
                .next()
                .ok_or_else(|| "durationMinutes missing in Visit".to_string())?,
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in Visit".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in Visit".to_string())?,
            notes: std::result::Result::Err("Nullable types not supported in Visit".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Visit".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Visit".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Visit> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Visit>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Visit>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Visit - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Visit> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => match <Visit as std::str::FromStr>::from_str(value) {
                std::result::Result::Ok(value) => {
                    std::result::Result::Ok(header::IntoHeaderValue(value))
                }
                std::result::Result::Err(err) => std::result::Result::Err(format!(
                    r#"Unable to convert header value '{value}' into Visit - {err}"#
                )),
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct VisitCreateRequest {
    #[serde(rename = "contactId")]
    pub contact_id: uuid::Uuid,

    /// Ignored: the server records the contact's current full name itself (and keeps it when the contact is deleted later), so a value sent that differs has no effect. Accepted for the frontend, which sends it.
    #[serde(rename = "contactName")]
    #[validate(length(min = 1, max = 200), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,

    /// The day, exactly `YYYY-MM-DD` (RFC 3339 full-date, a real day; `2026-1-1` is a 400).
    #[serde(rename = "date")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub date: crm_api_runtime::CalendarDay,

    /// The time of day, `HH:mm` (24-hour).
    #[serde(rename = "time")]
    #[validate(
            regex(path = *RE_VISITCREATEREQUEST_TIME),
          custom(function = "check_xss_string"),
    )]
    pub time: String,

    #[serde(rename = "durationMinutes")]
    #[validate(range(min = 1u32, max = 1440u32))]
    pub duration_minutes: u32,

    #[serde(rename = "reason")]
    #[validate(length(min = 1, max = 500), custom(function = "check_xss_string"))]
    pub reason: String,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::VisitStatus>,

    #[serde(rename = "notes")]
    #[validate(length(max = 20000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_VISITCREATEREQUEST_TIME: regex::Regex = regex::Regex::new("^([01][0-9]|2[0-3]):[0-5][0-9]$").unwrap();
}

impl VisitCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        contact_id: uuid::Uuid,
        date: crm_api_runtime::CalendarDay,
        time: String,
        duration_minutes: u32,
        reason: String,
    ) -> VisitCreateRequest {
        VisitCreateRequest {
            contact_id,
            contact_name: None,
            date,
            time,
            duration_minutes,
            reason,
            status: None,
            notes: None,
        }
    }
}

/// Converts the VisitCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for VisitCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping contactId in query parameter serialization
            self.contact_name.as_ref().map(|contact_name| {
                ["contactName".to_string(), contact_name.to_string()].join(",")
            }),
            // Skipping date in query parameter serialization
            Some("time".to_string()),
            Some(self.time.to_string()),
            Some("durationMinutes".to_string()),
            Some(self.duration_minutes.to_string()),
            Some("reason".to_string()),
            Some(self.reason.to_string()),
            // Skipping status in query parameter serialization
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a VisitCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for VisitCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub contact_id: Vec<uuid::Uuid>,
            pub contact_name: Vec<String>,
            pub date: Vec<crm_api_runtime::CalendarDay>,
            pub time: Vec<String>,
            pub duration_minutes: Vec<u32>,
            pub reason: Vec<String>,
            pub status: Vec<models::VisitStatus>,
            pub notes: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing VisitCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "contactId" => intermediate_rep.contact_id.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "contactName" => intermediate_rep.contact_name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "date" => intermediate_rep.date.push(<crm_api_runtime::CalendarDay as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "durationMinutes" => intermediate_rep.duration_minutes.push(<u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::VisitStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "notes" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in VisitCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing VisitCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(VisitCreateRequest {
            contact_id: intermediate_rep
                .contact_id
                .into_iter()
                .next()
                .ok_or_else(|| "contactId missing in VisitCreateRequest".to_string())?,
            contact_name: intermediate_rep.contact_name.into_iter().next(),
            date: intermediate_rep
                .date
                .into_iter()
                .next()
                .ok_or_else(|| "date missing in VisitCreateRequest".to_string())?,
            time: intermediate_rep
                .time
                .into_iter()
                .next()
                .ok_or_else(|| "time missing in VisitCreateRequest".to_string())?,
            duration_minutes: intermediate_rep
                .duration_minutes
                .into_iter()
                .next()
                .ok_or_else(|| "durationMinutes missing in VisitCreateRequest".to_string())?,
            reason: intermediate_rep
                .reason
                .into_iter()
                .next()
                .ok_or_else(|| "reason missing in VisitCreateRequest".to_string())?,
            status: intermediate_rep.status.into_iter().next(),
            notes: std::result::Result::Err(
                "Nullable types not supported in VisitCreateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<VisitCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<VisitCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<VisitCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for VisitCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<VisitCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <VisitCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into VisitCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum VisitStatus {
    #[serde(rename = "SCHEDULED")]
    Scheduled,
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "CANCELLED")]
    Cancelled,
}

impl validator::Validate for VisitStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for VisitStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            VisitStatus::Scheduled => write!(f, "SCHEDULED"),
            VisitStatus::Completed => write!(f, "COMPLETED"),
            VisitStatus::Cancelled => write!(f, "CANCELLED"),
        }
    }
}

impl std::str::FromStr for VisitStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "SCHEDULED" => std::result::Result::Ok(VisitStatus::Scheduled),
            "COMPLETED" => std::result::Result::Ok(VisitStatus::Completed),
            "CANCELLED" => std::result::Result::Ok(VisitStatus::Cancelled),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct VisitUpdateRequest {
    /// The day, `YYYY-MM-DD`.
    #[serde(rename = "date")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<crm_api_runtime::CalendarDay>,

    #[serde(rename = "time")]
    #[validate(
            regex(path = *RE_VISITUPDATEREQUEST_TIME),
          custom(function = "check_xss_string"),
    )]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,

    #[serde(rename = "durationMinutes")]
    #[validate(range(min = 1u32, max = 1440u32))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,

    #[serde(rename = "reason")]
    #[validate(length(min = 1, max = 500), custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,

    #[serde(rename = "status")]
    #[validate(nested)]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<models::VisitStatus>,

    #[serde(rename = "notes")]
    #[validate(length(max = 20000), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_VISITUPDATEREQUEST_TIME: regex::Regex = regex::Regex::new("^([01][0-9]|2[0-3]):[0-5][0-9]$").unwrap();
}

impl VisitUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> VisitUpdateRequest {
        VisitUpdateRequest {
            date: None,
            time: None,
            duration_minutes: None,
            reason: None,
            status: None,
            notes: None,
        }
    }
}

/// Converts the VisitUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for VisitUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping date in query parameter serialization
            self.time
                .as_ref()
                .map(|time| ["time".to_string(), time.to_string()].join(",")),
            self.duration_minutes.as_ref().map(|duration_minutes| {
                ["durationMinutes".to_string(), duration_minutes.to_string()].join(",")
            }),
            self.reason
                .as_ref()
                .map(|reason| ["reason".to_string(), reason.to_string()].join(",")),
            // Skipping status in query parameter serialization
            self.notes.as_ref().map(|notes| {
                [
                    "notes".to_string(),
                    notes.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a VisitUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for VisitUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub date: Vec<crm_api_runtime::CalendarDay>,
            pub time: Vec<String>,
            pub duration_minutes: Vec<u32>,
            pub reason: Vec<String>,
            pub status: Vec<models::VisitStatus>,
            pub notes: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing VisitUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "date" => intermediate_rep.date.push(<crm_api_runtime::CalendarDay as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "time" => intermediate_rep.time.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "durationMinutes" => intermediate_rep.duration_minutes.push(<u32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<models::VisitStatus as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "notes" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in VisitUpdateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing VisitUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(VisitUpdateRequest {
            date: intermediate_rep.date.into_iter().next(),
            time: intermediate_rep.time.into_iter().next(),
            duration_minutes: intermediate_rep.duration_minutes.into_iter().next(),
            reason: intermediate_rep.reason.into_iter().next(),
            status: intermediate_rep.status.into_iter().next(),
            notes: std::result::Result::Err(
                "Nullable types not supported in VisitUpdateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<VisitUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<VisitUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<VisitUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for VisitUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<VisitUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <VisitUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into VisitUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Webhook {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,

    /// Where events are POSTed.
    #[serde(rename = "url")]
    #[validate(custom(function = "check_xss_string"))]
    pub url: String,

    #[serde(rename = "description")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub description: Nullable<String>,

    /// The event type patterns subscribed to (`*`, `contact.*`, `deal.stage_changed`).
    #[serde(rename = "events")]
    #[validate(custom(function = "check_xss_vec_string"))]
    pub events: Vec<String>,

    /// Whether events are sent. The server sets it to false when the receiver answers 410 or has failed for 24 hours.
    #[serde(rename = "active")]
    pub active: bool,

    /// Why the server disabled the subscription; null when active or disabled by a person.
    #[serde(rename = "disabledReason")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub disabled_reason: Nullable<String>,

    /// Since when every attempt has failed; null while deliveries succeed.
    #[serde(rename = "failingSince")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub failing_since: Nullable<chrono::DateTime<chrono::Utc>>,

    /// The signing secret (`whsec_` + base64 of 32 random bytes; the key is the base64-decoded part). Only in the answers of create and `rotate-secret`.
    #[serde(rename = "secret")]
    #[validate(custom(function = "check_xss_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Webhook {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        workspace_id: uuid::Uuid,
        url: String,
        description: Nullable<String>,
        events: Vec<String>,
        active: bool,
        disabled_reason: Nullable<String>,
        failing_since: Nullable<chrono::DateTime<chrono::Utc>>,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Webhook {
        Webhook {
            id,
            workspace_id,
            url,
            description,
            events,
            active,
            disabled_reason,
            failing_since,
            secret: None,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Webhook value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping workspaceId in query parameter serialization
            Some("url".to_string()),
            Some(self.url.to_string()),
            Some("description".to_string()),
            Some(
                self.description
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("events".to_string()),
            Some(
                self.events
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some("active".to_string()),
            Some(self.active.to_string()),
            Some("disabledReason".to_string()),
            Some(
                self.disabled_reason
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping failingSince in query parameter serialization
            self.secret
                .as_ref()
                .map(|secret| ["secret".to_string(), secret.to_string()].join(",")),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Webhook value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Webhook {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub workspace_id: Vec<uuid::Uuid>,
            pub url: Vec<String>,
            pub description: Vec<String>,
            pub events: Vec<Vec<String>>,
            pub active: Vec<bool>,
            pub disabled_reason: Vec<String>,
            pub failing_since: Vec<chrono::DateTime<chrono::Utc>>,
            pub secret: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Webhook".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "description" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "events" => {
                        return std::result::Result::Err(
                            "Parsing a container in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(
                        <bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "disabledReason" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    "failingSince" => {
                        return std::result::Result::Err(
                            "Parsing a nullable type in this style is not supported in Webhook"
                                .to_string(),
                        );
                    }
                    #[allow(clippy::redundant_clone)]
                    "secret" => intermediate_rep.secret.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Webhook".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Webhook {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Webhook".to_string())?,
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in Webhook".to_string())?,
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in Webhook".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in Webhook".to_string(),
            )?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in Webhook".to_string())?,
            active: intermediate_rep
                .active
                .into_iter()
                .next()
                .ok_or_else(|| "active missing in Webhook".to_string())?,
            disabled_reason: std::result::Result::Err(
                "Nullable types not supported in Webhook".to_string(),
            )?,
            failing_since: std::result::Result::Err(
                "Nullable types not supported in Webhook".to_string(),
            )?,
            secret: intermediate_rep.secret.into_iter().next(),
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Webhook".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Webhook".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Webhook> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Webhook>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Webhook>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Webhook - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Webhook> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Webhook as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Webhook - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookCreateRequest {
    /// An absolute `https` URL (`http` only when the server allows it).
    #[serde(rename = "url")]
    #[validate(
            length(min = 1, max = 2048),
            regex(path = *RE_WEBHOOKCREATEREQUEST_URL),
          custom(function = "check_xss_string"),
    )]
    pub url: String,

    /// Event type patterns: `*` (every event), `entity.*` (every event of one kind of record, e.g. `contact.*`) or one type (`deal.stage_changed`). Lower-case letters and `_` around one dot; a pattern listed twice is kept once.
    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 50), custom(function = "check_xss_vec_string"))]
    pub events: Vec<String>,

    #[serde(rename = "description")]
    #[validate(length(max = 500), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    #[serde(rename = "active")]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKCREATEREQUEST_URL: regex::Regex = regex::Regex::new("^https?://\\S+$").unwrap();
}

impl WebhookCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(url: String, events: Vec<String>) -> WebhookCreateRequest {
        WebhookCreateRequest {
            url,
            events,
            description: None,
            active: Some(true),
        }
    }
}

/// Converts the WebhookCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("url".to_string()),
            Some(self.url.to_string()),
            Some("events".to_string()),
            Some(
                self.events
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.active
                .as_ref()
                .map(|active| ["active".to_string(), active.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub events: Vec<Vec<String>>,
            pub description: Vec<String>,
            pub active: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookCreateRequest".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookCreateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookCreateRequest {
            url: intermediate_rep
                .url
                .into_iter()
                .next()
                .ok_or_else(|| "url missing in WebhookCreateRequest".to_string())?,
            events: intermediate_rep
                .events
                .into_iter()
                .next()
                .ok_or_else(|| "events missing in WebhookCreateRequest".to_string())?,
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookCreateRequest".to_string(),
            )?,
            active: intermediate_rep.active.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookDelivery {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "webhookId")]
    pub webhook_id: uuid::Uuid,

    /// The event (activity) id, sent as `webhook-id`; the same on every retry and replay.
    #[serde(rename = "eventId")]
    pub event_id: uuid::Uuid,

    #[serde(rename = "eventType")]
    #[validate(custom(function = "check_xss_string"))]
    pub event_type: String,

    #[serde(rename = "entityType")]
    #[validate(custom(function = "check_xss_string"))]
    pub entity_type: String,

    #[serde(rename = "entityId")]
    pub entity_id: uuid::Uuid,

    #[serde(rename = "status")]
    #[validate(nested)]
    pub status: models::WebhookDeliveryStatus,

    /// Attempts made so far.
    #[serde(rename = "attempts")]
    pub attempts: i32,

    /// When the next attempt is due; null once delivered or failed.
    #[serde(rename = "nextAttemptAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub next_attempt_at: Nullable<chrono::DateTime<chrono::Utc>>,

    #[serde(rename = "lastAttemptAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub last_attempt_at: Nullable<chrono::DateTime<chrono::Utc>>,

    /// The HTTP status of the last answer; null when none came (timeout, refused connection).
    #[serde(rename = "responseStatus")]
    pub response_status: Nullable<i32>,

    /// How long the last attempt took.
    #[serde(rename = "latencyMs")]
    pub latency_ms: Nullable<i32>,

    /// What went wrong with the last attempt (at most 500 characters of the cause or the answer's body).
    #[serde(rename = "error")]
    #[validate(custom(function = "crm_api_runtime::no_nul"))]
    pub error: Nullable<String>,

    #[serde(rename = "deliveredAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub delivered_at: Nullable<chrono::DateTime<chrono::Utc>>,

    /// The delivery this one replays.
    #[serde(rename = "replayOf")]
    pub replay_of: Nullable<uuid::Uuid>,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl WebhookDelivery {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        webhook_id: uuid::Uuid,
        event_id: uuid::Uuid,
        event_type: String,
        entity_type: String,
        entity_id: uuid::Uuid,
        status: models::WebhookDeliveryStatus,
        attempts: i32,
        next_attempt_at: Nullable<chrono::DateTime<chrono::Utc>>,
        last_attempt_at: Nullable<chrono::DateTime<chrono::Utc>>,
        response_status: Nullable<i32>,
        latency_ms: Nullable<i32>,
        error: Nullable<String>,
        delivered_at: Nullable<chrono::DateTime<chrono::Utc>>,
        replay_of: Nullable<uuid::Uuid>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> WebhookDelivery {
        WebhookDelivery {
            id,
            webhook_id,
            event_id,
            event_type,
            entity_type,
            entity_id,
            status,
            attempts,
            next_attempt_at,
            last_attempt_at,
            response_status,
            latency_ms,
            error,
            delivered_at,
            replay_of,
            created_at,
        }
    }
}

/// Converts the WebhookDelivery value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization

            // Skipping webhookId in query parameter serialization

            // Skipping eventId in query parameter serialization
            Some("eventType".to_string()),
            Some(self.event_type.to_string()),
            Some("entityType".to_string()),
            Some(self.entity_type.to_string()),
            // Skipping entityId in query parameter serialization

            // Skipping status in query parameter serialization
            Some("attempts".to_string()),
            Some(self.attempts.to_string()),
            // Skipping nextAttemptAt in query parameter serialization

            // Skipping lastAttemptAt in query parameter serialization
            Some("responseStatus".to_string()),
            Some(
                self.response_status
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("latencyMs".to_string()),
            Some(
                self.latency_ms
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            Some("error".to_string()),
            Some(
                self.error
                    .as_ref()
                    .map_or("null".to_string(), |x| x.to_string()),
            ),
            // Skipping deliveredAt in query parameter serialization

            // Skipping replayOf in query parameter serialization

            // Skipping createdAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookDelivery value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookDelivery {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub webhook_id: Vec<uuid::Uuid>,
            pub event_id: Vec<uuid::Uuid>,
            pub event_type: Vec<String>,
            pub entity_type: Vec<String>,
            pub entity_id: Vec<uuid::Uuid>,
            pub status: Vec<models::WebhookDeliveryStatus>,
            pub attempts: Vec<i32>,
            pub next_attempt_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub last_attempt_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub response_status: Vec<i32>,
            pub latency_ms: Vec<i32>,
            pub error: Vec<String>,
            pub delivered_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub replay_of: Vec<uuid::Uuid>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookDelivery".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "webhookId" => intermediate_rep.webhook_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "eventId" => intermediate_rep.event_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "eventType" => intermediate_rep.event_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entityType" => intermediate_rep.entity_type.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "entityId" => intermediate_rep.entity_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(
                        <models::WebhookDeliveryStatus as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "attempts" => intermediate_rep.attempts.push(
                        <i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    "nextAttemptAt" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "lastAttemptAt" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "responseStatus" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "latencyMs" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "error" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "deliveredAt" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    "replayOf" => return std::result::Result::Err(
                        "Parsing a nullable type in this style is not supported in WebhookDelivery"
                            .to_string(),
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WebhookDelivery".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookDelivery {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in WebhookDelivery".to_string())?,
            webhook_id: intermediate_rep
                .webhook_id
                .into_iter()
                .next()
                .ok_or_else(|| "webhookId missing in WebhookDelivery".to_string())?,
            event_id: intermediate_rep
                .event_id
                .into_iter()
                .next()
                .ok_or_else(|| "eventId missing in WebhookDelivery".to_string())?,
            event_type: intermediate_rep
                .event_type
                .into_iter()
                .next()
                .ok_or_else(|| "eventType missing in WebhookDelivery".to_string())?,
            entity_type: intermediate_rep
                .entity_type
                .into_iter()
                .next()
                .ok_or_else(|| "entityType missing in WebhookDelivery".to_string())?,
            entity_id: intermediate_rep
                .entity_id
                .into_iter()
                .next()
                .ok_or_else(|| "entityId missing in WebhookDelivery".to_string())?,
            status: intermediate_rep
                .status
                .into_iter()
                .next()
                .ok_or_else(|| "status missing in WebhookDelivery".to_string())?,
            attempts: intermediate_rep
                .attempts
                .into_iter()
                .next()
                .ok_or_else(|| "attempts missing in WebhookDelivery".to_string())?,
            next_attempt_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            last_attempt_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            response_status: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            latency_ms: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            error: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            delivered_at: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            replay_of: std::result::Result::Err(
                "Nullable types not supported in WebhookDelivery".to_string(),
            )?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in WebhookDelivery".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookDelivery> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookDelivery>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookDelivery>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookDelivery - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookDelivery> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookDelivery as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookDelivery - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

/// `pending`: due or waiting for a retry (kept while a person has turned the subscription off, sent when it is on again); `delivered`: a 2xx answer; `failed`: given up (24 hours of failures, a 410, or the server disabled the subscription).
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types, clippy::large_enum_variant)]
#[repr(C)]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum WebhookDeliveryStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "failed")]
    Failed,
}

impl validator::Validate for WebhookDeliveryStatus {
    fn validate(&self) -> std::result::Result<(), validator::ValidationErrors> {
        std::result::Result::Ok(())
    }
}

impl std::fmt::Display for WebhookDeliveryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            WebhookDeliveryStatus::Pending => write!(f, "pending"),
            WebhookDeliveryStatus::Delivered => write!(f, "delivered"),
            WebhookDeliveryStatus::Failed => write!(f, "failed"),
        }
    }
}

impl std::str::FromStr for WebhookDeliveryStatus {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "pending" => std::result::Result::Ok(WebhookDeliveryStatus::Pending),
            "delivered" => std::result::Result::Ok(WebhookDeliveryStatus::Delivered),
            "failed" => std::result::Result::Ok(WebhookDeliveryStatus::Failed),
            _ => std::result::Result::Err(format!(r#"Value not valid: {s}"#)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WebhookUpdateRequest {
    #[serde(rename = "url")]
    #[validate(
            length(min = 1, max = 2048),
            regex(path = *RE_WEBHOOKUPDATEREQUEST_URL),
          custom(function = "check_xss_string"),
    )]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// Event type patterns: `*` (every event), `entity.*` (every event of one kind of record, e.g. `contact.*`) or one type (`deal.stage_changed`). Lower-case letters and `_` around one dot; a pattern listed twice is kept once.
    #[serde(rename = "events")]
    #[validate(length(min = 1, max = 50), custom(function = "check_xss_vec_string"))]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,

    #[serde(rename = "description")]
    #[validate(length(max = 500), custom(function = "crm_api_runtime::no_nul"))]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Nullable<String>>,

    #[serde(rename = "active")]
    #[serde(default, deserialize_with = "deserialize_present")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

lazy_static::lazy_static! {
    static ref RE_WEBHOOKUPDATEREQUEST_URL: regex::Regex = regex::Regex::new("^https?://\\S+$").unwrap();
}

impl WebhookUpdateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> WebhookUpdateRequest {
        WebhookUpdateRequest {
            url: None,
            events: None,
            description: None,
            active: None,
        }
    }
}

/// Converts the WebhookUpdateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WebhookUpdateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url
                .as_ref()
                .map(|url| ["url".to_string(), url.to_string()].join(",")),
            self.events.as_ref().map(|events| {
                [
                    "events".to_string(),
                    events
                        .iter()
                        .map(|x| x.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ]
                .join(",")
            }),
            self.description.as_ref().map(|description| {
                [
                    "description".to_string(),
                    description
                        .as_ref()
                        .map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
            self.active
                .as_ref()
                .map(|active| ["active".to_string(), active.to_string()].join(",")),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WebhookUpdateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WebhookUpdateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub events: Vec<Vec<String>>,
            pub description: Vec<String>,
            pub active: Vec<bool>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WebhookUpdateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "events" => return std::result::Result::Err("Parsing a container in this style is not supported in WebhookUpdateRequest".to_string()),
                    "description" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WebhookUpdateRequest".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "active" => intermediate_rep.active.push(<bool as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing WebhookUpdateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WebhookUpdateRequest {
            url: intermediate_rep.url.into_iter().next(),
            events: intermediate_rep.events.into_iter().next(),
            description: std::result::Result::Err(
                "Nullable types not supported in WebhookUpdateRequest".to_string(),
            )?,
            active: intermediate_rep.active.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WebhookUpdateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WebhookUpdateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WebhookUpdateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WebhookUpdateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WebhookUpdateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WebhookUpdateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WebhookUpdateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Workspace {
    #[serde(rename = "id")]
    pub id: uuid::Uuid,

    #[serde(rename = "name")]
    #[validate(custom(function = "check_xss_string"))]
    pub name: String,

    #[serde(rename = "slug")]
    #[validate(custom(function = "check_xss_string"))]
    pub slug: String,

    #[serde(rename = "createdAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub created_at: chrono::DateTime<chrono::Utc>,

    #[serde(rename = "updatedAt")]
    #[validate(custom(function = "crm_api_runtime::four_digit_year"))]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Workspace {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        id: uuid::Uuid,
        name: String,
        slug: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Workspace {
        Workspace {
            id,
            name,
            slug,
            created_at,
            updated_at,
        }
    }
}

/// Converts the Workspace value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping id in query parameter serialization
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("slug".to_string()),
            Some(self.slug.to_string()),
            // Skipping createdAt in query parameter serialization

            // Skipping updatedAt in query parameter serialization
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Workspace value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Workspace {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub id: Vec<uuid::Uuid>,
            pub name: Vec<String>,
            pub slug: Vec<String>,
            pub created_at: Vec<chrono::DateTime<chrono::Utc>>,
            pub updated_at: Vec<chrono::DateTime<chrono::Utc>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing Workspace".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "id" => intermediate_rep.id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "slug" => intermediate_rep.slug.push(
                        <String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "createdAt" => intermediate_rep.created_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    #[allow(clippy::redundant_clone)]
                    "updatedAt" => intermediate_rep.updated_at.push(
                        <chrono::DateTime<chrono::Utc> as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing Workspace".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Workspace {
            id: intermediate_rep
                .id
                .into_iter()
                .next()
                .ok_or_else(|| "id missing in Workspace".to_string())?,
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in Workspace".to_string())?,
            slug: intermediate_rep
                .slug
                .into_iter()
                .next()
                .ok_or_else(|| "slug missing in Workspace".to_string())?,
            created_at: intermediate_rep
                .created_at
                .into_iter()
                .next()
                .ok_or_else(|| "createdAt missing in Workspace".to_string())?,
            updated_at: intermediate_rep
                .updated_at
                .into_iter()
                .next()
                .ok_or_else(|| "updatedAt missing in Workspace".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Workspace> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<Workspace>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<Workspace>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for Workspace - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<Workspace> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <Workspace as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into Workspace - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WorkspaceCreateRequest {
    #[serde(rename = "name")]
    #[validate(length(min = 1, max = 100), custom(function = "check_xss_string"))]
    pub name: String,

    /// 1 to 63 lower-case letters, digits and single dashes; unique across the service. Absent, null or `\"\"`: derived from the name.
    #[serde(rename = "slug")]
    #[validate(
            length(max = 63),
            regex(path = *RE_WORKSPACECREATEREQUEST_SLUG),
          custom(function = "crm_api_runtime::no_nul"),
    )]
    #[serde(deserialize_with = "deserialize_optional_nullable")]
    #[serde(default = "default_optional_nullable")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Nullable<String>>,
}

lazy_static::lazy_static! {
    static ref RE_WORKSPACECREATEREQUEST_SLUG: regex::Regex = regex::Regex::new("^([a-z0-9]+(-[a-z0-9]+)*)?$").unwrap();
}

impl WorkspaceCreateRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(name: String) -> WorkspaceCreateRequest {
        WorkspaceCreateRequest { name, slug: None }
    }
}

/// Converts the WorkspaceCreateRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WorkspaceCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            self.slug.as_ref().map(|slug| {
                [
                    "slug".to_string(),
                    slug.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ]
                .join(",")
            }),
        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WorkspaceCreateRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WorkspaceCreateRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub slug: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WorkspaceCreateRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "slug" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in WorkspaceCreateRequest".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing WorkspaceCreateRequest".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WorkspaceCreateRequest {
            name: intermediate_rep
                .name
                .into_iter()
                .next()
                .ok_or_else(|| "name missing in WorkspaceCreateRequest".to_string())?,
            slug: std::result::Result::Err(
                "Nullable types not supported in WorkspaceCreateRequest".to_string(),
            )?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WorkspaceCreateRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WorkspaceCreateRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WorkspaceCreateRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WorkspaceCreateRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WorkspaceCreateRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WorkspaceCreateRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WorkspaceCreateRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, validator::Validate)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct WorkspaceSwitchRequest {
    #[serde(rename = "workspaceId")]
    pub workspace_id: uuid::Uuid,
}

impl WorkspaceSwitchRequest {
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(workspace_id: uuid::Uuid) -> WorkspaceSwitchRequest {
        WorkspaceSwitchRequest { workspace_id }
    }
}

/// Converts the WorkspaceSwitchRequest value to the Query Parameters representation (style=form, explode=false)
/// specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde serializer
impl std::fmt::Display for WorkspaceSwitchRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping workspaceId in query parameter serialization

        ];

        write!(
            f,
            "{}",
            params.into_iter().flatten().collect::<Vec<_>>().join(",")
        )
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a WorkspaceSwitchRequest value
/// as specified in https://swagger.io/docs/specification/serialization/
/// Should be implemented in a serde deserializer
impl std::str::FromStr for WorkspaceSwitchRequest {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub workspace_id: Vec<uuid::Uuid>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => {
                    return std::result::Result::Err(
                        "Missing value while parsing WorkspaceSwitchRequest".to_string(),
                    );
                }
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "workspaceId" => intermediate_rep.workspace_id.push(
                        <uuid::Uuid as std::str::FromStr>::from_str(val)
                            .map_err(|x| x.to_string())?,
                    ),
                    _ => {
                        return std::result::Result::Err(
                            "Unexpected key while parsing WorkspaceSwitchRequest".to_string(),
                        );
                    }
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(WorkspaceSwitchRequest {
            workspace_id: intermediate_rep
                .workspace_id
                .into_iter()
                .next()
                .ok_or_else(|| "workspaceId missing in WorkspaceSwitchRequest".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<WorkspaceSwitchRequest> and HeaderValue

#[cfg(feature = "server")]
impl std::convert::TryFrom<header::IntoHeaderValue<WorkspaceSwitchRequest>> for HeaderValue {
    type Error = String;

    fn try_from(
        hdr_value: header::IntoHeaderValue<WorkspaceSwitchRequest>,
    ) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match HeaderValue::from_str(&hdr_value) {
            std::result::Result::Ok(value) => std::result::Result::Ok(value),
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Invalid header value for WorkspaceSwitchRequest - value: {hdr_value} is invalid {e}"#
            )),
        }
    }
}

#[cfg(feature = "server")]
impl std::convert::TryFrom<HeaderValue> for header::IntoHeaderValue<WorkspaceSwitchRequest> {
    type Error = String;

    fn try_from(hdr_value: HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
            std::result::Result::Ok(value) => {
                match <WorkspaceSwitchRequest as std::str::FromStr>::from_str(value) {
                    std::result::Result::Ok(value) => {
                        std::result::Result::Ok(header::IntoHeaderValue(value))
                    }
                    std::result::Result::Err(err) => std::result::Result::Err(format!(
                        r#"Unable to convert header value '{value}' into WorkspaceSwitchRequest - {err}"#
                    )),
                }
            }
            std::result::Result::Err(e) => std::result::Result::Err(format!(
                r#"Unable to convert header: {hdr_value:?} to string: {e}"#
            )),
        }
    }
}

//! The versions of single-record answers: the `ETag` of a body, a conditional read
//! (`If-None-Match`), and the `If-Match` precondition handed to a write.

use serde::Serialize;

use crate::store::etag::{self, IfMatch};

/// A record's body with its `ETag`, as the generated answers take them.
pub fn tagged<T: Serialize>(body: T) -> (T, Option<String>) {
    let tag = etag::of(&body);
    (body, Some(tag))
}

/// What a `GET` of one record answers.
pub enum Read<T> {
    /// The client's `If-None-Match` names the current version: 304 with this tag.
    NotModified(Option<String>),
    /// The body and its tag.
    Fresh(T, Option<String>),
}

/// `body` unless `if_none_match` names its current version.
pub fn read<T: Serialize>(if_none_match: Option<&str>, body: T) -> Read<T> {
    let tag = etag::of(&body);
    if etag::none_match_names(if_none_match, &tag) {
        Read::NotModified(Some(tag))
    } else {
        Read::Fresh(body, Some(tag))
    }
}

/// The precondition of a `PATCH` or `DELETE` from its `If-Match` header.
pub fn if_match(header: &Option<String>) -> IfMatch {
    IfMatch::from_header(header.as_deref())
}

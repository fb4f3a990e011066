//! Who is calling: passwords, access tokens, refresh-token sessions, invite tokens and the
//! resolution of a bearer token into a [`Caller`].
//!
//! Tokens follow DESIGN.md decision 1: a short-lived HS256 JWT (`sub`, `wid`, `sid`, `iat`, `exp`)
//! plus an opaque refresh token stored only as a SHA-256 hash and rotated on every use. Every
//! authenticated request re-checks the session and the membership in one query, so logout and
//! member removal take effect at once.

pub mod caller;
pub mod invite_token;
pub mod jwt;
pub mod keys;
pub mod password;
pub mod random;
pub mod sessions;

pub use caller::{Caller, WorkspaceAccess};
pub use keys::AuthKeys;

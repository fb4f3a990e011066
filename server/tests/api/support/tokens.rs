//! Crafting access tokens the way an attacker would: re-signed, unsigned, expired, tampered.
//! The key is the one the server derived (`app.state.keys`), so a token signed here with it and
//! HS256 is exactly what the server would issue.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::Value;

use super::TestApp;

/// The claims inside a token (no verification).
pub fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT has a payload");
    let bytes = URL_SAFE_NO_PAD.decode(payload).expect("base64url payload");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

/// Signs `claims` with `key` and `alg`.
pub fn sign(claims: &Value, key: &[u8], alg: Algorithm) -> String {
    jsonwebtoken::encode(&Header::new(alg), claims, &EncodingKey::from_secret(key))
        .expect("token signs")
}

/// `header.payload.` with `{"alg":"none"}`: no signature at all.
pub fn unsigned(claims: &Value) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).expect("claims serialize"));
    format!("{header}.{payload}.")
}

/// `token` with its payload replaced by `claims` and the original signature kept.
pub fn tampered(token: &str, claims: &Value) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).expect("claims serialize"));
    parts.join(".")
}

/// Seconds since the epoch.
pub fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

impl TestApp {
    /// The server's HS256 key.
    pub fn jwt_key(&self) -> Vec<u8> {
        self.state.keys.jwt_key().to_vec()
    }
}

//! Access tokens: compact HS256 JWTs. Only HS256 is accepted (`alg: none` and every other
//! algorithm are refused), the signature and `exp` are always checked, with no leeway.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::ApiError;

/// The claims of an access token. Short names keep the token small (it lives in a 4 KB cookie).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    /// The user id.
    pub sub: Uuid,
    /// The session's workspace, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wid: Option<Uuid>,
    /// The session id.
    pub sid: Uuid,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
}

impl AccessClaims {
    /// Claims for a session, valid for `ttl_secs` from `now`.
    pub fn new(
        user_id: Uuid,
        workspace_id: Option<Uuid>,
        session_id: Uuid,
        now: DateTime<Utc>,
        ttl_secs: u64,
    ) -> Self {
        let iat = now.timestamp();
        let ttl = i64::try_from(ttl_secs).unwrap_or(i64::MAX);
        Self {
            sub: user_id,
            wid: workspace_id,
            sid: session_id,
            iat,
            exp: iat.saturating_add(ttl),
        }
    }
}

/// Signs `claims` with `key`.
pub fn encode(claims: &AccessClaims, key: &[u8]) -> Result<String, ApiError> {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(key),
    )
    .map_err(|e| ApiError::internal(e.to_string()))
}

/// Verifies `token` (HS256 only, signature, `exp` with no leeway) and returns its claims, or
/// `None` for any token that is not one of ours and current.
pub fn decode(token: &str, key: &[u8]) -> Option<AccessClaims> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 0;
    validation.validate_exp = true;
    validation.set_required_spec_claims(&["exp", "sub", "iat"]);
    jsonwebtoken::decode::<AccessClaims>(token, &DecodingKey::from_secret(key), &validation)
        .ok()
        .map(|data| data.claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn claims(ttl: u64) -> AccessClaims {
        AccessClaims::new(
            Uuid::now_v7(),
            Some(Uuid::now_v7()),
            Uuid::now_v7(),
            Utc::now(),
            ttl,
        )
    }

    #[test]
    fn round_trips_and_stays_small() {
        let c = claims(900);
        let token = encode(&c, KEY).unwrap();
        assert!(token.len() < 1024, "token is {} bytes", token.len());
        assert_eq!(decode(&token, KEY), Some(c));
    }

    #[test]
    fn refuses_wrong_key_expired_tampered_and_alg_none() {
        let c = claims(900);
        let token = encode(&c, KEY).unwrap();
        assert_eq!(decode(&token, b"another key another key another k"), None);

        let mut expired = claims(0);
        expired.exp -= 10;
        assert_eq!(decode(&encode(&expired, KEY).unwrap(), KEY), None);

        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let forged = AccessClaims {
            sub: Uuid::now_v7(),
            ..c.clone()
        };
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        parts[1] = b64.encode(serde_json::to_vec(&forged).unwrap());
        assert_eq!(decode(&parts.join("."), KEY), None);

        let none_header = b64.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let unsigned = format!(
            "{none_header}.{}.",
            b64.encode(serde_json::to_vec(&c).unwrap())
        );
        assert_eq!(decode(&unsigned, KEY), None);
    }
}

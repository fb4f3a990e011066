//! Invite tokens: `<inviteId>.<base64url HMAC-SHA256(invite key, inviteId)>`. Nothing secret is
//! stored, so every Invite answer can show the token (an admin can re-share the link); accepting
//! looks the invite up by id and compares the MAC in constant time. Deleting the invite revokes it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

/// The token for invite `id`.
pub fn sign(id: Uuid, key: &[u8]) -> String {
    match mac(key) {
        Some(mut mac) => {
            mac.update(id.as_bytes());
            format!(
                "{id}.{}",
                URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
            )
        }
        None => String::new(),
    }
}

/// The invite id of a genuine token, or `None` for anything forged or malformed.
pub fn verify(token: &str, key: &[u8]) -> Option<Uuid> {
    let (id, tag) = token.split_once('.')?;
    let id = Uuid::parse_str(id).ok()?;
    let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
    let mut mac = mac(key)?;
    mac.update(id.as_bytes());
    mac.verify_slice(&tag).ok().map(|()| id)
}

/// HMAC accepts keys of every length; `None` cannot happen but keeps this free of panics.
fn mac(key: &[u8]) -> Option<Hmac<Sha256>> {
    <Hmac<Sha256> as Mac>::new_from_slice(key).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_its_own_tokens_only() {
        let key = b"k".repeat(32);
        let id = Uuid::now_v7();
        let token = sign(id, &key);
        assert!(
            token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "URL-safe: {token}"
        );
        assert_eq!(verify(&token, &key), Some(id));
        assert_eq!(verify(&token, b"other key"), None);
        assert_eq!(
            verify(
                &format!("{}.{}", Uuid::now_v7(), token.split_once('.').unwrap().1),
                &key
            ),
            None
        );
        assert_eq!(verify("garbage", &key), None);
    }
}

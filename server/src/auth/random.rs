//! Randomness from the operating system: secrets (256 bits; tokens as base64url without
//! padding) and the jitter of retries.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// 256 random bits from the operating system.
pub fn random_bytes() -> [u8; 32] {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// A random 256-bit token (refresh tokens, generated server secrets, dummy passwords).
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes())
}

/// A random fraction in [0, 1) (jitter).
pub fn random_fraction() -> f64 {
    f64::from(OsRng.next_u32()) / (f64::from(u32::MAX) + 1.0)
}

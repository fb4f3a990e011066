//! The server's signing keys: the JWT key and the key that signs invite tokens, both derived from
//! one secret that is either configured (`CRM_JWT_SECRET`) or generated once and kept in the
//! database, so every instance behind a load balancer signs and verifies alike.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use crate::entities::server_settings;

/// The `server_settings` key under which a generated secret is kept.
const GENERATED_SECRET_KEY: &str = "jwt_secret";

/// Keys derived from the server secret. Cloned into the application state; never printed.
#[derive(Clone)]
pub struct AuthKeys {
    jwt: Vec<u8>,
    invite: Vec<u8>,
}

impl std::fmt::Debug for AuthKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthKeys(..)")
    }
}

impl AuthKeys {
    /// Derives both keys from `secret`, each with its own label, so one key never signs the
    /// other's messages.
    pub fn from_secret(secret: &[u8]) -> Self {
        Self {
            jwt: derive(secret, b"crm access token v1"),
            invite: derive(secret, b"crm invite token v1"),
        }
    }

    /// The configured secret, or the one kept in the database (created on first start). All
    /// instances race to insert the same row; the first insert wins and everyone reads it back.
    #[expect(
        clippy::disallowed_methods,
        reason = "server_settings is a global table, outside the tenant scope"
    )]
    pub async fn load(
        db: &DatabaseConnection,
        configured: Option<&SecretString>,
    ) -> Result<Self, DbErr> {
        if let Some(secret) = configured {
            return Ok(Self::from_secret(secret.expose_secret().as_bytes()));
        }
        let candidate = super::random::random_token();
        let row = server_settings::ActiveModel {
            key: Set(GENERATED_SECRET_KEY.to_owned()),
            value: Set(candidate),
            created_at: Set(crate::time::now()),
        };
        server_settings::Entity::insert(row)
            .on_conflict(
                OnConflict::column(server_settings::Column::Key)
                    .do_nothing()
                    .to_owned(),
            )
            .do_nothing()
            .exec(db)
            .await?;
        let stored = server_settings::Entity::find_by_id(GENERATED_SECRET_KEY.to_owned())
            .one(db)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("generated JWT secret".into()))?;
        tracing::warn!("CRM_JWT_SECRET is not set: using a generated secret kept in the database");
        Ok(Self::from_secret(stored.value.as_bytes()))
    }

    /// The HS256 key for access tokens.
    pub fn jwt_key(&self) -> &[u8] {
        &self.jwt
    }

    /// The HMAC key for invite tokens.
    pub fn invite_key(&self) -> &[u8] {
        &self.invite
    }
}

/// SHA-256(label || 0 || secret): a separate 256-bit key per purpose.
fn derive(secret: &[u8], label: &[u8]) -> Vec<u8> {
    Sha256::new()
        .chain_update(label)
        .chain_update([0u8])
        .chain_update(secret)
        .finalize()
        .to_vec()
}

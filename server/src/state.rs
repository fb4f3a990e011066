//! Shared state handed to every handler.

use std::sync::Arc;

use sea_orm::{DatabaseConnection, DbErr};

use crate::auth::AuthKeys;
use crate::auth::password::PasswordHasher;
use crate::config::Config;
use crate::gate::Gate;

/// What handlers share: the database pool, the configuration, the signing keys, the bounded
/// password hasher and the import gate. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Connection pool (SQLite or PostgreSQL).
    pub db: DatabaseConnection,
    /// Validated configuration, read once at start.
    pub config: Arc<Config>,
    /// Keys for access and invite tokens.
    pub keys: AuthKeys,
    /// Password hashing, a bounded number at a time.
    pub passwords: PasswordHasher,
    /// Contact imports, a bounded number at a time.
    pub imports: Gate,
    /// Open `GET /v1/events` streams: `CRM_EVENT_STREAMS` at once, none waiting.
    pub event_streams: Gate,
    /// Set to `true` when the server begins to shut down, so open event streams end (graceful
    /// shutdown waits for every answer in flight, and a stream would otherwise hold it for
    /// `CRM_EVENT_STREAM_SECONDS`).
    pub stopping: Arc<tokio::sync::watch::Sender<bool>>,
}

impl AppState {
    /// Bundles a connected, migrated pool with the configuration and loads the signing keys
    /// (the configured secret, or the one kept in the database).
    pub async fn load(db: DatabaseConnection, config: Arc<Config>) -> Result<Self, DbErr> {
        let keys = AuthKeys::load(&db, config.jwt_secret.as_ref()).await?;
        let passwords =
            PasswordHasher::new(config.password_hash_concurrency, config.password_hash_queue);
        let imports = Gate::new(config.import_concurrency, config.import_queue);
        let event_streams = Gate::new(config.event_streams, 0);
        let stopping = Arc::new(tokio::sync::watch::Sender::new(false));
        Ok(Self {
            db,
            config,
            keys,
            passwords,
            imports,
            event_streams,
            stopping,
        })
    }
}

//! Shared state handed to every handler.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::config::Config;

/// What handlers share: the database pool and the configuration. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Connection pool (SQLite or PostgreSQL).
    pub db: DatabaseConnection,
    /// Validated configuration, read once at start.
    pub config: Arc<Config>,
}

impl AppState {
    /// Bundles a connected pool with the configuration.
    pub fn new(db: DatabaseConnection, config: Arc<Config>) -> Self {
        Self { db, config }
    }
}

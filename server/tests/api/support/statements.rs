//! Counting the SQL statements an operation costs (the "no N+1" tests): a second pool on the
//! test app's database whose every statement bumps a counter.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use sea_orm::{Database, DatabaseConnection};

use super::TestApp;

/// A connection to the app's database that counts its statements.
pub struct CountingDb {
    /// Run the operations to measure on this connection.
    pub db: DatabaseConnection,
    count: Arc<AtomicUsize>,
}

impl CountingDb {
    /// A new pool on `app`'s database, counting from 0.
    pub async fn connect(app: &TestApp) -> Self {
        let mut db = Database::connect(app.db.url.clone())
            .await
            .expect("second pool");
        let count = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&count);
        db.set_metric_callback(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        Self { db, count }
    }

    /// Statements run so far.
    pub fn statements(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
}

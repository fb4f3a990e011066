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

/// A connection to the app's database that keeps every statement it runs (SQL and values), to
/// look at the plans of what an operation asks.
pub struct RecordingDb {
    /// Run the operations to record on this connection.
    pub db: DatabaseConnection,
    seen: Arc<std::sync::Mutex<Vec<sea_orm::Statement>>>,
}

impl RecordingDb {
    /// A new pool on `app`'s database, recording from now on.
    pub async fn connect(app: &TestApp) -> Self {
        let mut db = Database::connect(app.db.url.clone())
            .await
            .expect("second pool");
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        db.set_metric_callback(move |info| {
            sink.lock()
                .expect("statements")
                .push(info.statement.clone());
        });
        Self { db, seen }
    }

    /// The statements recorded since the last call (and forgets them).
    pub fn take(&self) -> Vec<sea_orm::Statement> {
        std::mem::take(&mut *self.seen.lock().expect("statements"))
    }
}

//! A bounded section of work: at most `concurrency` callers inside at a time, at most `queue`
//! more waiting for a turn, and the rest turned away at once. Password hashing and contact
//! imports go through one each, so a burst of requests can take neither all the CPU nor all the
//! memory; the caller answers a turned-away request with 503 and `Retry-After`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The gate. Cheap to clone (shared state).
#[derive(Debug, Clone)]
pub struct Gate {
    /// One permit per caller allowed inside.
    running: Arc<Semaphore>,
    /// Callers inside or waiting.
    admitted: Arc<AtomicUsize>,
    /// Most callers inside or waiting at once (`concurrency + queue`).
    capacity: usize,
}

/// A caller's turn inside the gate; leaving is dropping it.
#[derive(Debug)]
pub struct Turn {
    _permit: OwnedSemaphorePermit,
    _admission: Admission,
}

/// Takes one caller off the admitted count when dropped (done, or gone while waiting).
#[derive(Debug)]
struct Admission(Arc<AtomicUsize>);

impl Drop for Admission {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Gate {
    /// At most `concurrency` (at least 1) inside at a time, `queue` more waiting.
    pub fn new(concurrency: usize, queue: usize) -> Self {
        let concurrency = concurrency.max(1);
        Self {
            running: Arc::new(Semaphore::new(concurrency)),
            admitted: Arc::new(AtomicUsize::new(0)),
            capacity: concurrency.saturating_add(queue),
        }
    }

    /// Waits for a turn; `None` at once when the queue is full. A caller that goes away while
    /// waiting gives its place back.
    pub async fn enter(&self) -> Option<Turn> {
        let admission = Admission(Arc::clone(&self.admitted));
        if self.admitted.fetch_add(1, Ordering::SeqCst) >= self.capacity {
            return None;
        }
        let permit = Arc::clone(&self.running).acquire_owned().await.ok()?;
        Some(Turn {
            _permit: permit,
            _admission: admission,
        })
    }

    /// Callers inside or waiting now.
    pub fn admitted(&self) -> usize {
        self.admitted.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn past_the_queue_callers_are_turned_away_and_places_come_back() {
        let gate = Gate::new(1, 1);
        let inside = gate.enter().await;
        assert!(inside.is_some());
        let gate2 = gate.clone();
        let waiting = tokio::spawn(async move { gate2.enter().await.is_some() });
        tokio::task::yield_now().await;
        while gate.admitted() < 2 {
            tokio::task::yield_now().await;
        }
        assert!(gate.enter().await.is_none(), "the queue is full");
        drop(inside);
        assert!(waiting.await.unwrap(), "the waiting caller gets its turn");
        assert_eq!(gate.admitted(), 0, "every place is given back");
    }
}

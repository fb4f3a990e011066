//! Time-sensitive helpers: staying inside one rate-limit window, and sending requests at once.

use std::time::Duration;

use chrono::{Timelike, Utc};
use reqwest::Method;
use serde_json::Value;
use tokio::task::JoinSet;

use super::TestApp;

/// Rate-limit counters are per wall-clock minute: start a burst early enough in one that it
/// cannot straddle two, or the second half would find a fresh budget.
pub async fn wait_for_a_fresh_minute() {
    let second = Utc::now().second();
    if second >= 50 {
        tokio::time::sleep(Duration::from_secs(u64::from(61 - second))).await;
    }
}

/// One request for [`TestApp::all_at_once`]: method, path, bearer token, JSON body.
pub type Call = (Method, String, Option<String>, Value);

impl TestApp {
    /// Sends every call concurrently; answers the statuses in the order of `calls`.
    pub async fn all_at_once(&self, calls: Vec<Call>) -> Vec<u16> {
        let mut set = JoinSet::new();
        for (index, (method, path, token, body)) in calls.into_iter().enumerate() {
            let mut request = self.client.request(method, self.url(&path)).json(&body);
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            set.spawn(async move {
                let status = request.send().await.expect("request is sent").status();
                (index, status.as_u16())
            });
        }
        let mut statuses = set.join_all().await;
        statuses.sort_unstable();
        statuses.into_iter().map(|(_, status)| status).collect()
    }
}

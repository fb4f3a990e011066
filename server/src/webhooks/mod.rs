//! Webhooks and the live event stream (handoff P2.1): every activity is an event. Its
//! deliveries to the matching subscriptions are queued in the change's own transaction
//! ([`crate::store::outbox`]); a [`dispatcher`] in every `serve` process claims due deliveries,
//! POSTs them signed the Standard Webhooks way ([`signature`], [`sender`]) to targets the
//! [`target`] rules allow, retries with backoff for a day and keeps a log ([`deliveries`]).
//! [`subscriptions`] are managed through the API; [`event`] is the JSON both webhooks and the
//! stream (`GET /v1/events`, [`crate::http::events`]) carry.

pub mod deliveries;
pub mod dispatcher;
pub mod event;
pub mod patterns;
pub mod sender;
pub mod signature;
pub mod subscriptions;
pub mod target;

use std::time::Duration;

use crate::config::Config;
use target::TargetPolicy;

/// How this process delivers, from the configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Which targets are allowed.
    pub policy: TargetPolicy,
    /// How often an idle dispatcher looks for due deliveries.
    pub poll: Duration,
    /// The first retry's delay; each later one doubles (capped at an hour), with jitter.
    pub retry_base: Duration,
    /// How long a delivery (and a failing subscription) is retried before giving up.
    pub give_up: Duration,
    /// Days delivered rows stay in the log.
    pub log_days: u32,
    /// Attempts in flight at once in this process.
    pub concurrency: usize,
}

impl Settings {
    /// The settings `config` names.
    pub fn from_config(config: &Config) -> Self {
        Self {
            policy: TargetPolicy {
                allow_http: config.webhook_allow_http,
                allow_private: config.webhook_allow_private,
            },
            poll: config.event_poll,
            retry_base: config.webhook_retry_base,
            give_up: config.webhook_give_up,
            log_days: config.webhook_log_days,
            concurrency: config.webhook_concurrency,
        }
    }
}

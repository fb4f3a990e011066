//! The HTTP side of a delivery: the client (TLS with the webpki roots over ring, the guarded
//! resolver, no redirects, a 10-second budget) and one signed POST.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::signature;
use super::target::{self, GuardedResolver, TargetPolicy};

/// The whole budget of one attempt (connect, send, answer).
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// The most of an answer's body kept as the error excerpt, in characters.
pub const EXCERPT_CHARS: usize = 500;
/// The most of an answer's body read.
const READ_BYTES: usize = 4096;

/// Why the client could not be built.
#[derive(Debug, thiserror::Error)]
#[error("webhook HTTP client: {0}")]
pub struct ClientError(String);

/// The client every delivery of this process uses.
pub fn client(policy: TargetPolicy) -> Result<reqwest::Client, ClientError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ClientError(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .dns_resolver(Arc::new(GuardedResolver {
            allow_private: policy.allow_private,
        }))
        .redirect(reqwest::redirect::Policy::none())
        // A proxy would resolve the target itself, past the guarded resolver.
        .no_proxy()
        .timeout(ATTEMPT_TIMEOUT)
        .connect_timeout(Duration::from_secs(5))
        .user_agent(concat!("crm-server-webhooks/", env!("CARGO_PKG_VERSION")))
        .pool_max_idle_per_host(4)
        .build()
        .map_err(|e| ClientError(e.to_string()))
}

/// What a receiver made of one POST.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The status, when an answer came.
    pub status: Option<u16>,
    /// `Retry-After` in seconds, when given as a number.
    pub retry_after_secs: Option<u64>,
    /// How long the attempt took.
    pub latency: Duration,
    /// What went wrong (the cause, or an excerpt of a non-2xx body); `None` on 2xx.
    pub error: Option<String>,
}

impl Answer {
    /// A 2xx came.
    pub fn delivered(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// One signed POST of `body` to `url`. Never fails: every problem is in the answer.
pub async fn post(
    client: &reqwest::Client,
    policy: TargetPolicy,
    url: &str,
    event_id: &str,
    secrets: &[&str],
    body: Vec<u8>,
) -> Answer {
    let started = Instant::now();
    if let Some(why) = target::refusal(url, policy) {
        return Answer {
            status: None,
            retry_after_secs: None,
            latency: started.elapsed(),
            error: Some(format!("refused to send: the URL {why}")),
        };
    }
    let timestamp = crate::time::now().timestamp();
    let signature = signature::header(secrets.iter().copied(), event_id, timestamp, &body);
    let sent = client
        .post(url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("webhook-id", event_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(body)
        .send()
        .await;
    let mut response = match sent {
        Ok(response) => response,
        Err(err) => {
            return Answer {
                status: None,
                retry_after_secs: None,
                latency: started.elapsed(),
                error: Some(excerpt(&error_chain(&err))),
            };
        }
    };
    let status = response.status().as_u16();
    let retry_after_secs = response
        .headers()
        .get(http::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(retry_after);
    let error = if (200..300).contains(&status) {
        None
    } else {
        let mut read = Vec::new();
        while read.len() < READ_BYTES {
            match response.chunk().await {
                Ok(Some(chunk)) => read.extend_from_slice(&chunk),
                _ => break,
            }
        }
        let text = String::from_utf8_lossy(&read);
        Some(excerpt(&format!("HTTP {status}: {}", text.trim())))
    };
    Answer {
        status: Some(status),
        retry_after_secs,
        latency: started.elapsed(),
        error,
    }
}

/// `Retry-After` in seconds from now: delay-seconds, or an HTTP date (RFC 9110).
fn retry_after(value: &str) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse() {
        return Some(secs);
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = at.timestamp() - crate::time::now().timestamp();
    Some(u64::try_from(wait).unwrap_or(0))
}

/// `err` and its sources, joined (reqwest's top-level message alone says little).
fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// At most [`EXCERPT_CHARS`] characters of `text`.
fn excerpt(text: &str) -> String {
    text.chars().take(EXCERPT_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(retry_after(" 120 "), Some(120));
        assert_eq!(retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(0));
        let later = (crate::time::now() + chrono::Duration::seconds(90)).to_rfc2822();
        assert!(retry_after(&later).is_some_and(|s| (85..=90).contains(&s)));
        assert_eq!(retry_after("soon"), None);
    }
}

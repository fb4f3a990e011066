//! The client's IP address, for per-IP rate limits and logs.
//!
//! The TCP peer is the client unless it is one of `CRM_TRUSTED_PROXIES`; then `X-Forwarded-For`
//! is read from the right (nearest hop first), skipping trusted proxies, and the first address
//! not trusted is the client. Entries left of it were written by the client and prove nothing.

use std::net::{IpAddr, SocketAddr};

use super::connection::PeerAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

/// Request extension holding the resolved client address (absent without connection info).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

tokio::task_local! {
    /// The client address of the request being served, for the handlers: the generated
    /// handlers pass no request extensions to the API traits, so the address travels with the
    /// request's task instead.
    static CLIENT: Option<IpAddr>;
}

/// The client address of the request this task serves (`None` outside a request or without
/// connection info).
pub fn current() -> Option<IpAddr> {
    CLIENT.try_with(|client| *client).ok().flatten()
}

/// Resolves the client address from the peer, the proxies trusted and `X-Forwarded-For`.
pub fn resolve<'a>(
    peer: IpAddr,
    forwarded_for: impl DoubleEndedIterator<Item = &'a HeaderValue>,
    trusted: &[IpNet],
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let mut client = peer;
    for value in forwarded_for.rev() {
        let Ok(text) = value.to_str() else {
            return client;
        };
        for entry in text.rsplit(',') {
            let Some(ip) = parse_entry(entry) else {
                return client;
            };
            client = ip;
            if !is_trusted(&ip) {
                return client;
            }
        }
    }
    client
}

/// Accepts `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` and `[2001:db8::1]:5678`.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    entry
        .parse()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|addr| addr.ip()))
}

/// Middleware: stores [`ClientIp`] in the request extensions and serves the request with it as
/// [`current`].
pub async fn client_ip(
    State(trusted): State<Arc<[IpNet]>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<PeerAddr>>()
        .map(|info| info.0.0.ip());
    let client = peer.map(|peer| {
        let forwarded = request.headers().get_all("x-forwarded-for").iter();
        resolve(peer, forwarded, &trusted)
    });
    if let Some(ip) = client {
        request.extensions_mut().insert(ClientIp(ip));
    }
    CLIENT.scope(client, next.run(request)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve_with(peer: &str, xff: &[&str], trusted: &[&str]) -> String {
        let values: Vec<HeaderValue> = xff
            .iter()
            .map(|v| HeaderValue::from_str(v).unwrap())
            .collect();
        let trusted: Vec<IpNet> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        resolve(peer.parse().unwrap(), values.iter(), &trusted).to_string()
    }

    #[test]
    fn untrusted_peer_is_the_client_whatever_it_claims() {
        assert_eq!(
            resolve_with("203.0.113.9", &["1.1.1.1"], &[]),
            "203.0.113.9"
        );
    }

    #[test]
    fn trusted_proxies_are_skipped_from_the_right() {
        let trusted = ["10.0.0.0/8"];
        assert_eq!(
            resolve_with("10.0.0.2", &["6.6.6.6, 198.51.100.7, 10.0.0.5"], &trusted),
            "198.51.100.7"
        );
        assert_eq!(
            resolve_with("10.0.0.2", &["6.6.6.6", "198.51.100.7:4711"], &trusted),
            "198.51.100.7"
        );
        assert_eq!(
            resolve_with("10.0.0.2", &["[2001:db8::1]:443"], &trusted),
            "2001:db8::1"
        );
    }

    #[test]
    fn garbage_or_missing_header_falls_back_to_the_nearest_hop() {
        let trusted = ["10.0.0.0/8"];
        assert_eq!(resolve_with("10.0.0.2", &[], &trusted), "10.0.0.2");
        assert_eq!(
            resolve_with("10.0.0.2", &["1.1.1.1, unknown, 10.0.0.7"], &trusted),
            "10.0.0.7"
        );
    }
}

//! Where a subscription may send: an absolute `https` URL (`http` only with
//! `CRM_WEBHOOK_ALLOW_HTTP`) without credentials, whose host is no loopback, private,
//! link-local, shared, multicast or unspecified address (unless `CRM_WEBHOOK_ALLOW_PRIVATE`).
//! A URL is checked when it is saved (its literal host) and again at every delivery, where the
//! resolver the HTTP client uses ([`GuardedResolver`]) refuses names that resolve to such
//! addresses, so a DNS answer changed after the check (rebinding) reaches nothing inside.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use url::{Host, Url};

use crate::error::{ApiError, ErrorCode, Issue};

/// What the operator allows beyond public `https` targets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TargetPolicy {
    /// `http://` URLs are accepted (`CRM_WEBHOOK_ALLOW_HTTP`).
    pub allow_http: bool,
    /// Loopback and private addresses are reachable (`CRM_WEBHOOK_ALLOW_PRIVATE`).
    pub allow_private: bool,
}

/// Why a URL is refused, as the sentence of a 400 at `url` or of a failed delivery.
pub fn refusal(raw: &str, policy: TargetPolicy) -> Option<&'static str> {
    let Ok(url) = Url::parse(raw) else {
        return Some("must be an absolute URL");
    };
    match url.scheme() {
        "https" => {}
        "http" if policy.allow_http => {}
        "http" => return Some("must use https (this server does not send to http URLs)"),
        _ => return Some("must be an https URL"),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Some("must not contain credentials");
    }
    if policy.allow_private {
        return None;
    }
    match url.host() {
        None => Some("must name a host"),
        Some(Host::Ipv4(ip)) if forbidden(IpAddr::V4(ip)) => Some(PRIVATE),
        Some(Host::Ipv6(ip)) if forbidden(IpAddr::V6(ip)) => Some(PRIVATE),
        Some(Host::Domain(name)) if local_name(name) => Some(PRIVATE),
        Some(_) => None,
    }
}

/// The sentence of a refused private target.
const PRIVATE: &str = "must not point at a loopback, private, link-local or multicast address";

/// The URL of a request body, or a 422 `TARGET_NOT_ALLOWED` at `url` saying why this server
/// will not send there (the contract's pattern, `^https?://\S+$`, was checked before).
pub fn check(raw: &str, policy: TargetPolicy) -> Result<String, ApiError> {
    match refusal(raw, policy) {
        Some(why) => Err(ApiError::new(
            ErrorCode::TargetNotAllowed,
            "This server does not send webhooks to that URL",
        )
        .with_issues(vec![Issue::new("url", why)])),
        None => Ok(raw.to_owned()),
    }
}

/// Names that always mean this machine.
fn local_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost")
}

/// Whether `ip` is an address a webhook must not reach from inside the network.
pub fn forbidden(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => forbidden_v4(v4),
            None => forbidden_v6(v6),
        },
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_unspecified()
        || a == 0
        // Shared address space (RFC 6598, carrier-grade NAT) and 192.0.0.0/24.
        || (a == 100 && (64..128).contains(&b))
        || (a == 192 && b == 0 && ip.octets()[2] == 0)
        // Benchmarking (198.18.0.0/15).
        || (a == 198 && (b == 18 || b == 19))
        // Reserved (240.0.0.0/4).
        || a >= 240
}

fn forbidden_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        // IPv4-compatible (::a.b.c.d, deprecated): refused whatever the IPv4 part.
        || ip.segments()[..6].iter().all(|s| *s == 0)
        || ip.is_multicast()
        // Unique local (fc00::/7) and link-local (fe80::/10).
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        // Site-local (fec0::/10, deprecated).
        || (first & 0xffc0) == 0xfec0
        // Translation and tunnels that embed an IPv4 address, which may be a private one:
        // NAT64 (64:ff9b::/96, 64:ff9b:1::/48), IPv4-translated (::ffff:0:a.b.c.d), 6to4
        // (2002::/16) and Teredo (2001::/32) are refused whole.
        || (first == 0x0064 && ip.segments()[1] == 0xff9b)
        || (ip.segments()[..4].iter().all(|s| *s == 0) && ip.segments()[4] == 0xffff)
        || first == 0x2002
        || (first == 0x2001 && ip.segments()[1] == 0)
}

/// The words of a resolver refusal, which the dispatcher does not retry.
pub const PRIVATE_NAME: &str = "resolves only to private or reserved addresses";

/// The HTTP client's resolver: the system's, minus forbidden addresses. A name with only
/// forbidden addresses fails to resolve ("resolves only to private addresses").
#[derive(Debug, Clone, Copy)]
pub struct GuardedResolver {
    /// Pass every address through (`CRM_WEBHOOK_ALLOW_PRIVATE`).
    pub allow_private: bool,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        let allow_private = self.allow_private;
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = found
                .into_iter()
                .filter(|addr| allow_private || !forbidden(addr.ip()))
                .collect();
            if allowed.is_empty() {
                return Err(format!("{host} {PRIVATE_NAME}").into());
            }
            let addrs: reqwest::dns::Addrs = Box::new(allowed.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRICT: TargetPolicy = TargetPolicy {
        allow_http: false,
        allow_private: false,
    };

    #[test]
    fn public_https_is_accepted() {
        assert_eq!(refusal("https://hooks.example.com/crm?x=1", STRICT), None);
        assert_eq!(refusal("https://93.184.215.14:8443/in", STRICT), None);
        assert_eq!(
            refusal("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/", STRICT),
            None
        );
    }

    #[test]
    fn inside_addresses_and_other_schemes_are_refused() {
        for url in [
            "http://hooks.example.com/",
            "ftp://hooks.example.com/",
            "https://user:pw@hooks.example.com/",
            "https://127.0.0.1/",
            "https://localhost:8080/",
            "https://api.localhost/",
            "https://10.1.2.3/",
            "https://172.20.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/",
            "https://0.0.0.0/",
            "https://[::1]/",
            "https://[fd00::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::127.0.0.1]/",
            "https://2130706433/",
            "https://0177.0.0.1/",
            "https://0x7f.1/",
            "https://198.18.0.1/",
            "https://[fec0::1]/",
            "https://[2002:7f00:1::1]/",
            "https://[2001:0:4136:e378::1]/",
            "https://[::ffff:0:10.0.0.1]/",
            "https://224.0.0.1/",
            "not a url",
        ] {
            assert!(refusal(url, STRICT).is_some(), "{url} is refused");
        }
    }

    #[test]
    fn the_operator_can_allow_http_and_private_targets() {
        let open = TargetPolicy {
            allow_http: true,
            allow_private: true,
        };
        assert_eq!(refusal("http://127.0.0.1:9000/hook", open), None);
        assert!(refusal("https://u:p@127.0.0.1/", open).is_some());
    }
}

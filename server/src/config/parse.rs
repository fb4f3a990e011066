//! Parsers for single configuration values, and the [`Reader`] that collects their problems.
//!
//! Each parser returns the typed value or a reason that reads after the variable's name
//! (`CRM_BIND: "abc" is not a socket address like 127.0.0.1:8080`).

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::http::Uri;
use ipnet::IpNet;
use secrecy::SecretString;

use super::{ConfigError, CorsOrigins, DatabaseKind, ENV_VARS, LogFormat, Problem};

/// Seconds in a (non-leap) year: the upper bound of every lifetime setting.
pub(super) const YEAR_SECS: u64 = 365 * 24 * 3600;

/// Reads variables through a lookup function, falling back to [`ENV_VARS`] defaults, and
/// remembers every problem instead of stopping at the first.
pub(super) struct Reader<F> {
    lookup: F,
    problems: Vec<Problem>,
}

impl<F: Fn(&str) -> Option<String>> Reader<F> {
    pub(super) fn new(lookup: F) -> Self {
        Self {
            lookup,
            problems: Vec::new(),
        }
    }

    /// The trimmed value, or the default when unset or blank.
    fn raw(&self, name: &'static str) -> Option<String> {
        (self.lookup)(name)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
            .or_else(|| default_of(name).map(str::to_owned))
    }

    /// A variable that always has a value (its own or the default).
    pub(super) fn required<T>(
        &mut self,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        match self.raw(name) {
            Some(value) => self.check(name, parse(&value)),
            None => {
                self.problem(name, "must be set".to_owned());
                None
            }
        }
    }

    /// A variable that may stay unset: `Some(None)` when unset, `None` when invalid.
    pub(super) fn optional<T>(
        &mut self,
        name: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<Option<T>> {
        match self.raw(name) {
            Some(value) => self.check(name, parse(&value)).map(Some),
            None => Some(None),
        }
    }

    /// Records a problem found by a check across variables.
    pub(super) fn problem(&mut self, variable: &'static str, reason: String) {
        self.problems.push(Problem { variable, reason });
    }

    fn check<T>(&mut self, name: &'static str, parsed: Result<T, String>) -> Option<T> {
        parsed.map_err(|reason| self.problem(name, reason)).ok()
    }

    /// The built value if nothing was wrong, else every problem in [`ENV_VARS`] order.
    pub(super) fn finish<T>(mut self, value: Option<T>) -> Result<T, ConfigError> {
        self.problems.sort_by_key(|p| {
            ENV_VARS
                .iter()
                .position(|var| var.name == p.variable)
                .unwrap_or(usize::MAX)
        });
        match value {
            Some(value) if self.problems.is_empty() => Ok(value),
            _ if !self.problems.is_empty() => Err(ConfigError {
                problems: self.problems,
            }),
            _ => Err(ConfigError {
                problems: vec![Problem {
                    variable: "configuration",
                    reason: "could not be assembled (a number is out of range for this platform)"
                        .to_owned(),
                }],
            }),
        }
    }
}

fn default_of(name: &str) -> Option<&'static str> {
    ENV_VARS
        .iter()
        .find(|var| var.name == name)
        .and_then(|var| var.default)
}

/// Quotes a (non-secret) value for a message, cut to a readable length.
fn shown(value: &str) -> String {
    let cut: String = value.chars().take(64).collect();
    if cut.len() < value.len() {
        format!("{cut:?}…")
    } else {
        format!("{cut:?}")
    }
}

pub(super) fn database_url(value: &str) -> Result<(SecretString, DatabaseKind), String> {
    let kind = if value.starts_with("sqlite:") {
        DatabaseKind::Sqlite
    } else if value.starts_with("postgres:") || value.starts_with("postgresql:") {
        DatabaseKind::Postgres
    } else {
        // The URL may carry a password: describe, never echo.
        return Err("must start with sqlite:, postgres: or postgresql: \
                    (for example sqlite://crm.db?mode=rwc)"
            .to_owned());
    };
    Ok((SecretString::from(value), kind))
}

pub(super) fn socket_addr(value: &str) -> Result<SocketAddr, String> {
    value.parse().map_err(|_| {
        format!(
            "{} is not a socket address like 127.0.0.1:8080",
            shown(value)
        )
    })
}

pub(super) fn jwt_secret(value: &str) -> Result<SecretString, String> {
    if value.len() < 32 {
        return Err(format!(
            "must be at least 32 bytes long (it has {})",
            value.len()
        ));
    }
    Ok(SecretString::from(value))
}

pub(super) fn on_off(value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "on" | "true" | "1" => Ok(true),
        "off" | "false" | "0" => Ok(false),
        _ => Err("must be `on` or `off`".into()),
    }
}

pub(super) fn metrics_token(value: &str) -> Result<SecretString, String> {
    if value.len() < 16 {
        return Err(format!(
            "must be at least 16 characters long (it has {})",
            value.len()
        ));
    }
    Ok(SecretString::from(value))
}

pub(super) fn log_format(value: &str) -> Result<LogFormat, String> {
    match value.to_ascii_lowercase().as_str() {
        "pretty" => Ok(LogFormat::Pretty),
        "json" => Ok(LogFormat::Json),
        _ => Err(format!("{} is not one of: pretty, json", shown(value))),
    }
}

pub(super) fn log_filter(value: &str) -> Result<String, String> {
    tracing_subscriber::EnvFilter::builder()
        .parse(value)
        .map(|_| value.to_owned())
        .map_err(|e| format!("{} is not a valid log filter ({e})", shown(value)))
}

pub(super) fn cors_origins(value: &str) -> Result<CorsOrigins, String> {
    let items: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items == ["*"] {
        return Ok(CorsOrigins::Any);
    }
    if items.contains(&"*") {
        return Err("`*` (any origin) cannot be combined with a list of origins".to_owned());
    }
    items
        .into_iter()
        .map(origin)
        .collect::<Result<_, _>>()
        .map(CorsOrigins::List)
}

/// Normalises one origin to `scheme://host[:port]` (lower case, no trailing slash).
fn origin(value: &str) -> Result<String, String> {
    let refuse = || {
        format!(
            "{} is not an origin like https://app.example.com (scheme://host[:port], no path)",
            shown(value)
        )
    };
    let uri: Uri = value.parse().map_err(|_| refuse())?;
    let scheme = uri
        .scheme_str()
        .filter(|s| *s == "http" || *s == "https")
        .ok_or_else(refuse)?;
    let authority = uri
        .authority()
        .filter(|a| !a.as_str().contains('@'))
        .ok_or_else(refuse)?;
    if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
        return Err(refuse());
    }
    Ok(format!(
        "{scheme}://{}",
        authority.as_str().to_ascii_lowercase()
    ))
}

/// A whole number within `min..=max`.
pub(super) fn number(value: &str, min: u64, max: u64) -> Result<u64, String> {
    let number: u64 = value
        .parse()
        .map_err(|_| format!("{} is not a whole number", shown(value)))?;
    if !(min..=max).contains(&number) {
        return Err(format!("must be between {min} and {max} (it is {number})"));
    }
    Ok(number)
}

/// A number of seconds within `min..=max`.
pub(super) fn seconds(value: &str, min: u64, max: u64) -> Result<Duration, String> {
    number(value, min, max).map(Duration::from_secs)
}

/// A comma-separated list of IP addresses (taken as single-host networks) or CIDRs.
pub(super) fn ip_nets(value: &str) -> Result<Vec<IpNet>, String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| {
                    format!(
                        "{} is not an IP address or CIDR like 10.0.0.0/8",
                        shown(item)
                    )
                })
        })
        .collect()
}

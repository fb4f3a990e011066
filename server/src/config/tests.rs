use std::collections::HashMap;
use std::time::Duration;

use secrecy::ExposeSecret;

use super::*;

fn with(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|name| map.get(name).cloned())
}

fn problems(vars: &[(&str, &str)]) -> Vec<Problem> {
    with(vars)
        .expect_err("configuration should be refused")
        .problems
}

#[test]
fn defaults_are_valid_and_match_the_table() {
    let config = with(&[]).expect("defaults parse");
    assert_eq!(
        config.database_url.expose_secret(),
        "sqlite://crm.db?mode=rwc"
    );
    assert_eq!(config.database_kind, DatabaseKind::Sqlite);
    assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
    assert!(config.jwt_secret.is_none());
    assert_eq!(config.log_format, LogFormat::Pretty);
    assert_eq!(config.log_filter, "info");
    assert_eq!(
        config.cors_origins,
        CorsOrigins::List(vec!["http://localhost:3000".into()])
    );
    assert_eq!(config.request_timeout, Duration::from_secs(30));
    assert_eq!(config.access_token_ttl, Duration::from_secs(900));
    assert_eq!(config.refresh_token_ttl, Duration::from_secs(2_592_000));
    assert_eq!(config.invite_ttl, Duration::from_secs(604_800));
    assert_eq!(config.auth_rate_limit_per_minute, 20);
    assert!(config.trusted_proxies.is_empty());
    assert_eq!(config.db_max_connections, 10);
    assert_eq!(config.import_body_limit_bytes, 10_485_760);
}

#[test]
fn every_variable_read_is_in_the_table_once() {
    let read = std::cell::RefCell::new(Vec::new());
    let _ = Config::from_lookup(|name| {
        read.borrow_mut().push(name.to_owned());
        None
    });
    let mut read = read.into_inner();
    read.sort();
    let mut table: Vec<String> = ENV_VARS.iter().map(|v| v.name.to_owned()).collect();
    table.sort();
    assert_eq!(read, table);
}

#[test]
fn blank_values_count_as_unset() {
    let config = with(&[("CRM_BIND", "  "), ("CRM_JWT_SECRET", "")]).expect("blank is unset");
    assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
    assert!(config.jwt_secret.is_none());
}

#[test]
fn bad_bind_names_the_variable_and_the_value() {
    let problems = problems(&[("CRM_BIND", "abc")]);
    assert_eq!(
        problems,
        vec![Problem {
            variable: "CRM_BIND",
            reason: "\"abc\" is not a socket address like 127.0.0.1:8080".into()
        }]
    );
    let message = with(&[("CRM_BIND", "abc")]).unwrap_err().to_string();
    assert!(
        message.contains("CRM_BIND: \"abc\" is not a socket address"),
        "{message}"
    );
}

#[test]
fn database_url_scheme_is_checked_without_echoing_the_url() {
    let problems = problems(&[("DATABASE_URL", "mysql://root:hunter2@db/crm")]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].variable, "DATABASE_URL");
    assert!(!problems[0].reason.contains("hunter2"));
    let pg = with(&[("DATABASE_URL", "postgresql://u:p@h/db")]).expect("postgres url");
    assert_eq!(pg.database_kind, DatabaseKind::Postgres);
    assert!(
        !format!("{pg:?}").contains("u:p@h"),
        "Debug must not print the URL"
    );
}

#[test]
fn short_jwt_secret_is_refused_without_echo() {
    let problems = problems(&[("CRM_JWT_SECRET", "too-short-secret")]);
    assert_eq!(problems[0].variable, "CRM_JWT_SECRET");
    assert!(!problems[0].reason.contains("too-short"));
    let secret = "x".repeat(32);
    let config = with(&[("CRM_JWT_SECRET", &secret)]).expect("32 bytes is enough");
    assert_eq!(config.jwt_secret.map(|s| s.expose_secret().len()), Some(32));
}

#[test]
fn every_problem_is_reported_at_once_in_table_order() {
    let problems = problems(&[
        ("CRM_DB_MAX_CONNECTIONS", "0"),
        ("CRM_LOG_FORMAT", "xml"),
        ("CRM_BIND", "nonsense"),
        ("CRM_REQUEST_TIMEOUT_SECS", "soon"),
    ]);
    let names: Vec<_> = problems.iter().map(|p| p.variable).collect();
    assert_eq!(
        names,
        [
            "CRM_BIND",
            "CRM_LOG_FORMAT",
            "CRM_REQUEST_TIMEOUT_SECS",
            "CRM_DB_MAX_CONNECTIONS"
        ]
    );
    assert_eq!(problems[3].reason, "must be between 1 and 1000 (it is 0)");
    assert_eq!(problems[2].reason, "\"soon\" is not a whole number");
}

#[test]
fn cors_origins_are_normalised_and_checked() {
    let config = with(&[(
        "CRM_CORS_ORIGINS",
        "https://App.Example.com/, http://localhost:3000",
    )])
    .expect("valid origins");
    assert_eq!(
        config.cors_origins,
        CorsOrigins::List(vec![
            "https://app.example.com".into(),
            "http://localhost:3000".into()
        ])
    );
    assert_eq!(
        with(&[("CRM_CORS_ORIGINS", "*")]).unwrap().cors_origins,
        CorsOrigins::Any
    );
    for bad in [
        "*,http://a.example",
        "ftp://a.example",
        "https://a.example/app",
        "localhost",
    ] {
        let problems = problems(&[("CRM_CORS_ORIGINS", bad)]);
        assert_eq!(problems[0].variable, "CRM_CORS_ORIGINS", "{bad}");
    }
}

#[test]
fn trusted_proxies_accept_addresses_and_cidrs() {
    let config = with(&[("CRM_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7,::1")]).unwrap();
    let shown: Vec<String> = config
        .trusted_proxies
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(shown, ["10.0.0.0/8", "192.168.1.7/32", "::1/128"]);
    let problems = problems(&[("CRM_TRUSTED_PROXIES", "10.0.0.0/8,proxy.local")]);
    assert_eq!(
        problems[0].reason,
        "\"proxy.local\" is not an IP address or CIDR like 10.0.0.0/8"
    );
}

#[test]
fn refresh_ttl_may_not_be_shorter_than_access_ttl() {
    let problems = problems(&[
        ("CRM_ACCESS_TOKEN_TTL", "3600"),
        ("CRM_REFRESH_TOKEN_TTL", "600"),
    ]);
    assert_eq!(problems[0].variable, "CRM_REFRESH_TOKEN_TTL");
}

#[test]
fn log_filter_and_format_are_checked() {
    assert!(
        with(&[
            ("RUST_LOG", "info,crm_server=debug"),
            ("CRM_LOG_FORMAT", "JSON")
        ])
        .is_ok()
    );
    assert_eq!(problems(&[("RUST_LOG", "info,[[")])[0].variable, "RUST_LOG");
}

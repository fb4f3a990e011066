//! `TestApp`: the real application on a fresh database, listening on `127.0.0.1:0`.
//!
//! Set `TEST_LOG=1` to see the server's logs.

pub mod accounts;
pub mod crm;
pub mod process;
pub mod raw_http;
pub mod records;
pub mod rows;
pub mod seeded_rows;
pub mod shapes;
pub mod spec;
pub mod statements;
pub mod team;
pub mod test_db;
pub mod timing;
pub mod tokens;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use crm_server::{AppState, Config, app};
use tokio::net::TcpListener;

pub use raw_http::RawResponse;
pub use test_db::TestDb;

/// A running server and a client for it. Dropping it drops the database.
pub struct TestApp {
    /// Where the server listens.
    pub addr: SocketAddr,
    /// A plain HTTP client (no proxy, no TLS).
    pub client: reqwest::Client,
    /// The server's state (pool and configuration).
    pub state: AppState,
    /// The database; dropped last.
    pub db: TestDb,
}

/// Options for [`TestApp`].
#[derive(Default)]
pub struct TestAppBuilder {
    env: HashMap<String, String>,
    bare_routes: Option<Router>,
}

impl TestApp {
    /// The full application with the default configuration.
    pub async fn spawn() -> Self {
        Self::builder().spawn().await
    }

    /// Configure before spawning.
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    /// Absolute URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request is sent")
    }

    /// A raw HTTP exchange (see [`raw_http::send`]).
    pub async fn raw(&self, parts: &[&[u8]]) -> RawResponse {
        raw_http::send(self.addr, parts).await
    }

    /// Takes the database away from the running server.
    pub async fn make_database_unavailable(&self) {
        self.db.make_unavailable(&self.state.db).await;
    }
}

impl TestAppBuilder {
    /// Sets a configuration variable (as if in the environment).
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.insert(name.to_owned(), value.to_owned());
        self
    }

    /// Serves only `router` (plus the 404 fallback) inside the production middleware stack,
    /// instead of the application's routes: for test-only routes (panics, slow handlers).
    pub fn bare_routes(mut self, router: Router) -> Self {
        self.bare_routes = Some(router);
        self
    }

    /// Creates the database, connects and migrates like `serve`, and starts listening.
    pub async fn spawn(self) -> TestApp {
        let db = TestDb::migrated().await;
        let mut env = self.env;
        env.entry("DATABASE_URL".into())
            .or_insert_with(|| db.url.clone());
        let config = Config::from_lookup(|name| env.get(name).cloned())
            .expect("test configuration is valid");
        let config = Arc::new(config);
        if std::env::var_os("TEST_LOG").is_some() {
            let _ = crm_server::telemetry::init(&config);
        }
        let pool = crm_server::db::connect(&config)
            .await
            .expect("database connects");
        crm_server::db::migrate(&pool)
            .await
            .expect("migrations apply");
        let state = AppState::load(pool, Arc::clone(&config))
            .await
            .expect("signing keys load");
        if env.get("CRM_WEBHOOK_DISPATCH").map(String::as_str) == Some("on") {
            let settings = crm_server::webhooks::Settings::from_config(&config);
            crm_server::webhooks::dispatcher::spawn(state.db.clone(), settings)
                .expect("the webhook dispatcher starts");
        }
        let router = match self.bare_routes {
            Some(routes) => app::with_middleware(routes, &config),
            None => app::build_router(state.clone()),
        };
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a free port");
        let addr = app::spawn_on(listener, router).expect("server starts");
        install_tls_provider();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client builds");
        TestApp {
            addr,
            client,
            state,
            db,
        }
    }
}

/// Makes ring rustls' process-wide provider. The server's reqwest is built without a default
/// one (its webhook client brings its own, `webhooks::sender`), and the tests share that build,
/// so a plain `reqwest::Client` needs it installed first; every test spawns an app, which calls
/// this, before it builds a client.
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Asserts the contract's error envelope and returns it: `{error, code, issues?}`, JSON, with
/// the code's status and an `X-Request-Id`.
pub async fn assert_envelope(
    response: reqwest::Response,
    status: u16,
    code: &str,
) -> serde_json::Value {
    assert_eq!(response.status().as_u16(), status, "status");
    assert!(
        response.headers().contains_key("x-request-id"),
        "x-request-id on error answers"
    );
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        content_type.starts_with("application/json"),
        "content type {content_type}"
    );
    let body: serde_json::Value = response.json().await.expect("JSON body");
    assert_envelope_body(&body, code);
    body
}

/// Asserts the envelope's shape on an already parsed body.
pub fn assert_envelope_body(body: &serde_json::Value, code: &str) {
    assert_eq!(body["code"], code, "code in {body}");
    let error = body["error"]
        .as_str()
        .unwrap_or_else(|| panic!("`error` is a string in {body}"));
    assert!(!error.is_empty(), "`error` is a sentence");
    if let Some(issues) = body.get("issues") {
        let issues = issues.as_array().expect("issues is an array");
        assert!(!issues.is_empty(), "issues is omitted when empty");
        for issue in issues {
            assert!(
                issue["path"].is_string() && issue["message"].is_string(),
                "issue shape {issue}"
            );
        }
    }
    let keys: Vec<&String> = body.as_object().expect("object").keys().collect();
    assert!(
        keys.iter()
            .all(|k| ["error", "code", "issues"].contains(&k.as_str())),
        "keys {keys:?}"
    );
}

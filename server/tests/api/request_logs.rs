//! What the logs say about a request: the request span names the resolved caller, and an error
//! is logged once, inside that span (so JSON logs, which show the current span, carry its id).
//!
//! The capture is the test binary's global subscriber: a thread-local one misses callsites that
//! other tests' threads register first (tracing caches their interest from the global one).
//! It keeps only events logged inside a request span, and each check looks up its own request
//! by id, so the other tests running alongside do not disturb it.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex, OnceLock};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Record};
use tracing::{Event, Id, Level, Subscriber};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::{PASSWORD, User};
use crate::support::process::ServerProcess;
use crate::support::{TestApp, assert_envelope};

/// Fields of one span or event, as text.
#[derive(Debug, Clone, Default)]
struct Fields(BTreeMap<String, String>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

/// One logged event with the spans it was logged in.
#[derive(Debug, Clone)]
struct Logged {
    level: Level,
    message: String,
    /// The innermost span's name: what JSON logs show as `span`.
    current_span: Option<String>,
    /// The `request` span's fields, if the event is inside one.
    request: Option<BTreeMap<String, String>>,
}

/// Keeps every event, with the fields of the spans around it.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Logged>>>);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        attrs.record(&mut fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id)
            && let Some(fields) = span.extensions_mut().get_mut::<Fields>()
        {
            values.record(fields);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let scope: Vec<_> = ctx.event_scope(event).into_iter().flatten().collect();
        let request = scope
            .iter()
            .find(|span| span.name() == "request")
            .and_then(|span| span.extensions().get::<Fields>().map(|f| f.0.clone()));
        if request.is_none() {
            return;
        }
        self.0.lock().unwrap().push(Logged {
            level: *event.metadata().level(),
            message: fields.0.remove("message").unwrap_or_default(),
            current_span: scope.first().map(|span| span.name().to_owned()),
            request,
        });
    }
}

impl Capture {
    /// The binary's capture, installed as the global subscriber on first use; `None` when another
    /// subscriber was installed first (`TEST_LOG=1`).
    fn global() -> Option<&'static Capture> {
        static CAPTURE: OnceLock<Option<Capture>> = OnceLock::new();
        CAPTURE
            .get_or_init(|| {
                let capture = Capture::default();
                let subscriber = tracing_subscriber::registry()
                    .with(capture.clone().with_filter(LevelFilter::INFO));
                let installed = tracing::subscriber::set_global_default(subscriber).is_ok();
                // Callsites seen before now were cached as uninteresting.
                tracing::callsite::rebuild_interest_cache();
                installed.then_some(capture)
            })
            .as_ref()
    }

    /// The events logged while answering the request with `X-Request-Id: request_id`.
    fn of_request(&self, response: &reqwest::Response) -> Vec<Logged> {
        let id = response.headers()["x-request-id"].to_str().unwrap();
        let logged = self.0.lock().unwrap();
        logged
            .iter()
            .filter(|event| {
                event
                    .request
                    .as_ref()
                    .is_some_and(|fields| fields.get("request_id").map(String::as_str) == Some(id))
            })
            .cloned()
            .collect()
    }
}

/// The `request answered` event of `events`.
fn answered(events: &[Logged]) -> &Logged {
    events
        .iter()
        .find(|event| event.message == "request answered")
        .unwrap_or_else(|| panic!("no 'request answered' in {events:?}"))
}

#[tokio::test]
async fn the_request_span_names_the_caller_and_an_outage_is_logged_once() {
    let Some(capture) = Capture::global() else {
        eprintln!("skipped: another tracing subscriber is installed (TEST_LOG)");
        return;
    };
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;

    let response = app.get_as(&ada, "/v1/contacts").await;
    assert_eq!(response.status(), 200);
    let events = capture.of_request(&response);
    let span = answered(&events).request.clone().unwrap();
    assert_eq!(span.get("user_id"), Some(&ada.id), "{span:?}");
    assert_eq!(
        span.get("workspace_id").map(String::as_str),
        Some(ada.workspace())
    );

    let anonymous = app.get("/v1/contacts").await;
    let span = answered(&capture.of_request(&anonymous))
        .request
        .clone()
        .unwrap();
    assert!(!span.contains_key("user_id"), "{span:?}");

    app.make_database_unavailable().await;
    let response = app.get_as(&ada, "/v1/contacts").await;
    let events = capture.of_request(&response);
    assert_envelope(response, 503, "SERVICE_UNAVAILABLE").await;
    let errors: Vec<_> = events.iter().filter(|e| e.level == Level::ERROR).collect();
    assert_eq!(errors.len(), 1, "logged once: {events:?}");
    assert_eq!(
        errors[0].current_span.as_deref(),
        Some("request"),
        "inside the request span itself: {errors:?}"
    );
}

/// The binary's JSON logs (`CRM_LOG_FORMAT=json`): one object per line; each answered request
/// names its id, route template, method, status, duration, user and workspace; no email,
/// password or token appears anywhere.
#[tokio::test]
async fn json_logs_carry_the_request_fields_and_no_secret() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let log_file = dir.path().join("server.log");
    let vars = [("CRM_LOG_FORMAT", "json")];
    let server = ServerProcess::spawn_logging(&app.db.url, &vars, &log_file).await;
    let email = "json-logs@example.com";
    let body = json!({ "name": "Logged", "email": email, "password": PASSWORD });
    let registered = server
        .send(Method::POST, "/v1/auth/register", None, Some(&body))
        .await;
    assert_eq!(registered.status(), 200);
    let user = User::from_auth(registered.json().await.expect("json"));
    let id = "0193a4c2-5d8e-7f10-9a2b-3c4d5e6f7a8b";
    let missing = server
        .send(
            Method::GET,
            &format!("/v1/contacts/{id}"),
            Some(&user),
            None,
        )
        .await;
    assert_eq!(missing.status(), 404);
    let request_id = missing.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    drop(server);

    let text = std::fs::read_to_string(&log_file).expect("log file");
    for secret in [
        email,
        PASSWORD,
        user.token.as_str(),
        user.refresh_token.as_str(),
        id,
    ] {
        assert!(!text.contains(secret), "{secret} is in the log:\n{text}");
    }
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    let answered = lines
        .iter()
        .find(|line| line["span"]["request_id"] == request_id.as_str())
        .unwrap_or_else(|| panic!("no line of request {request_id}:\n{text}"));
    let span = &answered["span"];
    assert_eq!(answered["message"], "request answered");
    assert_eq!(span["path"], "/v1/contacts/{id}");
    assert_eq!(span["method"], "GET");
    assert_eq!(span["status"], 404);
    assert!(span["duration_ms"].is_u64(), "{span}");
    assert_eq!(span["user_id"], user.id.as_str());
    assert_eq!(span["workspace_id"], user.workspace());
}

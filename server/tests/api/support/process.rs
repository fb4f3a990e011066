//! A second server: the real `crm-server serve` binary in its own process, on the database of a
//! [`TestApp`], for checks that must hold across instances behind a load balancer.

use std::net::SocketAddr;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crm_server::config::ENV_VARS;
use reqwest::{Method, Response};
use serde_json::Value;
use tokio::process::{Child, Command};

use super::accounts::User;

/// A running `crm-server serve`; killed when dropped.
pub struct ServerProcess {
    /// Where it listens.
    pub addr: SocketAddr,
    client: reqwest::Client,
    child: Child,
}

impl ServerProcess {
    /// Starts the binary on `database_url` with `vars` (and nothing else from the environment
    /// of this process), and waits until it is ready.
    pub async fn spawn(database_url: &str, vars: &[(&str, &str)]) -> Self {
        Self::spawn_with(database_url, vars, None).await
    }

    /// Like [`ServerProcess::spawn`], writing its `info` logs (stdout) to `log_file`.
    pub async fn spawn_logging(
        database_url: &str,
        vars: &[(&str, &str)],
        log_file: &std::path::Path,
    ) -> Self {
        Self::spawn_with(database_url, vars, Some(log_file)).await
    }

    async fn spawn_with(
        database_url: &str,
        vars: &[(&str, &str)],
        log_file: Option<&std::path::Path>,
    ) -> Self {
        let addr = free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_crm-server"));
        for var in ENV_VARS {
            command.env_remove(var.name);
        }
        let log_to_terminal = std::env::var_os("TEST_LOG").is_some();
        let log = log_to_terminal || log_file.is_some();
        let stdout = match log_file {
            Some(path) => Stdio::from(std::fs::File::create(path).expect("log file")),
            None => Stdio::null(),
        };
        command
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("CRM_BIND", addr.to_string())
            .env("RUST_LOG", if log { "info" } else { "error" })
            .envs(vars.iter().copied())
            .stdout(stdout)
            .stderr(if log_to_terminal {
                Stdio::inherit()
            } else {
                Stdio::null()
            })
            .kill_on_drop(true);
        let mut child = command.spawn().expect("crm-server starts");
        super::install_tls_provider();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client builds");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("crm-server exited early with {status} (TEST_LOG=1 shows why)");
            }
            let ready = client.get(format!("http://{addr}/readyz")).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "crm-server is not ready after 30 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Self {
            addr,
            client,
            child,
        }
    }

    /// Sends `signal` (`KILL`, `TERM`) to the process.
    pub fn signal(&self, signal: &str) {
        let pid = self.child.id().expect("the process is running");
        let sent = std::process::Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(sent.success(), "kill -{signal} {pid}");
    }

    /// Waits (at most `limit`) for the process to exit; its exit code (`None`: killed by a
    /// signal).
    pub async fn exit_code(&mut self, limit: Duration) -> Option<i32> {
        tokio::time::timeout(limit, self.child.wait())
            .await
            .expect("the process exits in time")
            .expect("the exit status is read")
            .code()
    }

    /// Sends `method path` (as `user`, when given) with an optional JSON body.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        user: Option<&User>,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self
            .client
            .request(method, format!("http://{}{path}", self.addr));
        if let Some(user) = user {
            request = request.bearer_auth(&user.token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        request.send().await.expect("request is sent")
    }
}

/// A port free right now (the binary binds it a moment later; a clash fails loudly).
fn free_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address")
}

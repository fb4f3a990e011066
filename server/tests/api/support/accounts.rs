//! Signing up and acting as a user through the API: `app.register(..)`, `app.login(..)`, and a
//! [`User`] that sends requests with its bearer token (and, optionally, `X-Workspace-Id`).

use reqwest::{Method, RequestBuilder, Response};
use serde_json::{Value, json};

use super::TestApp;

/// The password every helper-made account uses.
pub const PASSWORD: &str = "correct horse battery";

/// A signed-in user: the auth response's tokens plus who it is.
#[derive(Debug, Clone)]
pub struct User {
    /// The access token.
    pub token: String,
    /// The refresh token of the same answer.
    pub refresh_token: String,
    /// `user.id`.
    pub id: String,
    /// `user.email`.
    pub email: String,
    /// The session's `workspaceId` (`None` when null).
    pub workspace_id: Option<String>,
    /// Sent as `X-Workspace-Id` when set (see [`User::in_workspace`]).
    pub header_workspace: Option<String>,
    /// The whole auth response.
    pub auth: Value,
}

impl User {
    /// Reads an auth response (`{token, refreshToken, expiresIn, user, workspaceId}`).
    pub fn from_auth(auth: Value) -> Self {
        let text = |v: &Value| v.as_str().map(str::to_owned);
        Self {
            token: text(&auth["token"]).unwrap_or_else(|| panic!("token in {auth}")),
            refresh_token: text(&auth["refreshToken"])
                .unwrap_or_else(|| panic!("refreshToken in {auth}")),
            id: text(&auth["user"]["id"]).unwrap_or_else(|| panic!("user.id in {auth}")),
            email: text(&auth["user"]["email"]).unwrap_or_else(|| panic!("user.email in {auth}")),
            workspace_id: text(&auth["workspaceId"]),
            header_workspace: None,
            auth,
        }
    }

    /// The session's workspace, which the helpers' accounts always have.
    pub fn workspace(&self) -> &str {
        self.workspace_id
            .as_deref()
            .expect("the session has a workspace")
    }

    /// The same user sending `X-Workspace-Id: workspace` on every request.
    pub fn in_workspace(&self, workspace: &str) -> Self {
        Self {
            header_workspace: Some(workspace.to_owned()),
            ..self.clone()
        }
    }

    /// The same user with another access token (e.g. a forged one).
    pub fn with_token(&self, token: &str) -> Self {
        Self {
            token: token.to_owned(),
            ..self.clone()
        }
    }
}

impl TestApp {
    /// `POST /v1/auth/register` with `body`, no token.
    pub async fn try_register(&self, body: Value) -> Response {
        self.send(Method::POST, "/v1/auth/register", None, Some(&body))
            .await
    }

    /// Registers `name <email>` with [`PASSWORD`] and answers the signed-in user.
    pub async fn register(&self, name: &str, email: &str) -> User {
        let body = json!({ "name": name, "email": email, "password": PASSWORD });
        User::from_auth(expect_json(self.try_register(body).await, 200).await)
    }

    /// Registers with an invite token and answers the signed-in user.
    pub async fn register_invited(&self, name: &str, email: &str, invite_token: &str) -> User {
        let body = json!({
            "name": name, "email": email, "password": PASSWORD, "inviteToken": invite_token
        });
        User::from_auth(expect_json(self.try_register(body).await, 200).await)
    }

    /// `POST /v1/auth/login {email, password}`.
    pub async fn try_login(&self, email: &str, password: &str) -> Response {
        let body = json!({ "email": email, "password": password });
        self.send(Method::POST, "/v1/auth/login", None, Some(&body))
            .await
    }

    /// Logs in with [`PASSWORD`] and answers the signed-in user.
    pub async fn login(&self, email: &str) -> User {
        User::from_auth(expect_json(self.try_login(email, PASSWORD).await, 200).await)
    }

    /// `POST /v1/auth/refresh {refreshToken}`.
    pub async fn refresh(&self, refresh_token: &str) -> Response {
        let body = json!({ "refreshToken": refresh_token });
        self.send(Method::POST, "/v1/auth/refresh", None, Some(&body))
            .await
    }

    /// A request as `user` (bearer token, and `X-Workspace-Id` when the user carries one).
    pub fn request(&self, method: Method, path: &str, user: Option<&User>) -> RequestBuilder {
        let mut request = self.client.request(method, self.url(path));
        if let Some(user) = user {
            request = request.bearer_auth(&user.token);
            if let Some(workspace) = &user.header_workspace {
                request = request.header("X-Workspace-Id", workspace);
            }
        }
        request
    }

    /// Sends `method path` as `user` with an optional JSON body.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        user: Option<&User>,
        body: Option<&Value>,
    ) -> Response {
        let mut request = self.request(method, path, user);
        if let Some(body) = body {
            request = request.json(body);
        }
        request.send().await.expect("request is sent")
    }

    /// `GET path` as `user`.
    pub async fn get_as(&self, user: &User, path: &str) -> Response {
        self.send(Method::GET, path, Some(user), None).await
    }

    /// `POST path` as `user`.
    pub async fn post_as(&self, user: &User, path: &str, body: Value) -> Response {
        self.send(Method::POST, path, Some(user), Some(&body)).await
    }

    /// `PATCH path` as `user`.
    pub async fn patch_as(&self, user: &User, path: &str, body: Value) -> Response {
        self.send(Method::PATCH, path, Some(user), Some(&body))
            .await
    }

    /// `DELETE path` as `user`.
    pub async fn delete_as(&self, user: &User, path: &str) -> Response {
        self.send(Method::DELETE, path, Some(user), None).await
    }

    /// `GET path` as `user`, expecting 200; answers the body.
    pub async fn get_ok(&self, user: &User, path: &str) -> Value {
        expect_json(self.get_as(user, path).await, 200).await
    }
}

/// Asserts `status` (showing the body when it differs) and answers the JSON body.
pub async fn expect_json(response: Response, status: u16) -> Value {
    let actual = response.status().as_u16();
    let text = response.text().await.expect("body is readable");
    assert_eq!(actual, status, "status; body: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("body is not JSON ({e}): {text}"))
}

/// The `rows` of a list answer.
pub fn rows(list: &Value) -> &Vec<Value> {
    list["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("rows in {list}"))
}

/// A fresh, unique email address for `who` (tests run in parallel on separate databases, so
/// uniqueness only matters within a test).
pub fn email(who: &str) -> String {
    format!("{who}@example.com")
}

//! SessionsApi: the operations tagged Sessions.

use super::{configuration, Error};

/// The error bodies [`session_id_delete`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SessionIdDeleteError {
    Status400(crate::models::ProblemDetails),
    UnknownValue(serde_json::Value),
}

/// The error bodies [`session_id_get`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SessionIdGetError {
    Status400(crate::models::ProblemDetails),
    UnknownValue(serde_json::Value),
}

/// The error bodies [`session_id_put`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SessionIdPutError {
    Status400(crate::models::ProblemDetails),
    UnknownValue(serde_json::Value),
}

/// The error bodies [`session_post`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SessionPostError {
    Status400(crate::models::ProblemDetails),
    UnknownValue(serde_json::Value),
}

/// The error bodies [`static_session_id_get`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum StaticSessionIdGetError {
    Status400(crate::models::ProblemDetails),
    UnknownValue(serde_json::Value),
}

/// Delete session
pub async fn session_id_delete(
    configuration: &configuration::Configuration,
    x_g4_tenant: &str,
    id: &str,
) -> Result<(), Error<SessionIdDeleteError>> {
    let mut local_var_path = String::from("/session/");
    local_var_path.push_str(&super::urlencode(id));
    let mut local_var_req = configuration.request(reqwest::Method::DELETE, &local_var_path);
    local_var_req = super::header(
        local_var_req,
        "Accept",
        "application/json, text/json, text/plain",
    );
    local_var_req = super::header(local_var_req, "x-g4-tenant", x_g4_tenant);
    local_var_req = configuration.bearer(local_var_req);
    super::empty_response(local_var_req).await
}

/// Get session
pub async fn session_id_get(
    configuration: &configuration::Configuration,
    x_g4_tenant: &str,
    id: &str,
) -> Result<crate::models::GetSessionResponse, Error<SessionIdGetError>> {
    let mut local_var_path = String::from("/session/");
    local_var_path.push_str(&super::urlencode(id));
    let mut local_var_req = configuration.request(reqwest::Method::GET, &local_var_path);
    local_var_req = super::header(
        local_var_req,
        "Accept",
        "application/json, text/json, text/plain",
    );
    local_var_req = super::header(local_var_req, "x-g4-tenant", x_g4_tenant);
    local_var_req = configuration.bearer(local_var_req);
    super::json_response(local_var_req).await
}

/// Update session data
pub async fn session_id_put(
    configuration: &configuration::Configuration,
    x_g4_tenant: &str,
    id: &str,
    body: Option<serde_json::Value>,
) -> Result<(), Error<SessionIdPutError>> {
    let mut local_var_path = String::from("/session/");
    local_var_path.push_str(&super::urlencode(id));
    let mut local_var_req = configuration.request(reqwest::Method::PUT, &local_var_path);
    local_var_req = super::header(
        local_var_req,
        "Accept",
        "application/json, text/json, text/plain",
    );
    local_var_req = super::header(local_var_req, "x-g4-tenant", x_g4_tenant);
    if let Some(value) = body {
        local_var_req = local_var_req.json(&value);
    }
    local_var_req = configuration.bearer(local_var_req);
    super::empty_response(local_var_req).await
}

/// Create a persistent session
pub async fn session_post(
    configuration: &configuration::Configuration,
    x_g4_tenant: &str,
    create_session_request: crate::models::CreateSessionRequest,
    x_g4_application: Option<&str>,
) -> Result<crate::models::AuthenticatedSessionResponse, Error<SessionPostError>> {
    let local_var_path = String::from("/session");
    let mut local_var_req = configuration.request(reqwest::Method::POST, &local_var_path);
    local_var_req = super::header(
        local_var_req,
        "Accept",
        "application/json, text/json, text/plain",
    );
    local_var_req = super::header(local_var_req, "x-g4-tenant", x_g4_tenant);
    local_var_req = local_var_req.json(&create_session_request);
    if let Some(value) = x_g4_application {
        local_var_req = super::header(local_var_req, "x-g4-application", value);
    }
    local_var_req = configuration.bearer(local_var_req);
    super::json_response(local_var_req).await
}

/// Get session without updating ttl (internal use)
pub async fn static_session_id_get(
    configuration: &configuration::Configuration,
    x_g4_tenant: &str,
    id: &str,
) -> Result<crate::models::GetSessionResponse, Error<StaticSessionIdGetError>> {
    let mut local_var_path = String::from("/static-session/");
    local_var_path.push_str(&super::urlencode(id));
    let mut local_var_req = configuration.request(reqwest::Method::GET, &local_var_path);
    local_var_req = super::header(
        local_var_req,
        "Accept",
        "application/json, text/json, text/plain",
    );
    local_var_req = super::header(local_var_req, "x-g4-tenant", x_g4_tenant);
    local_var_req = configuration.bearer(local_var_req);
    super::json_response(local_var_req).await
}

//! SessionApi: the operations tagged Session.

use super::{configuration, Error};

/// The error bodies [`session`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SessionError {
    Status400(crate::models::Error),
    Status404(crate::models::Error),
    UnknownValue(serde_json::Value),
}

/// The error bodies [`update_session`] declares, tried in order; any other body is `UnknownValue`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UpdateSessionError {
    Status400(crate::models::Error),
    Status404(crate::models::Error),
    Status422(crate::models::ValidationError),
    Status429(crate::models::Error),
    UnknownValue(serde_json::Value),
}

/// Get Session
pub async fn session(
    configuration: &configuration::Configuration,
) -> Result<crate::models::ApiSession, Error<SessionError>> {
    let local_var_path = String::from("/session");
    let mut local_var_req = configuration.request(reqwest::Method::GET, &local_var_path);
    local_var_req = super::header(local_var_req, "Accept", "application/json");
    super::json_response(local_var_req).await
}

/// Update Session
pub async fn update_session(
    configuration: &configuration::Configuration,
    body: crate::models::ApiSession,
) -> Result<crate::models::ApiSession, Error<UpdateSessionError>> {
    let local_var_path = String::from("/session");
    let mut local_var_req = configuration.request(reqwest::Method::PATCH, &local_var_path);
    local_var_req = super::header(local_var_req, "Accept", "application/json");
    local_var_req = local_var_req.json(&body);
    super::json_response(local_var_req).await
}

//! Every operation of the three product crates, called as a user calls it, against Prism mocking
//! the crate's spec with request validation on: Prism answers a request the spec does not allow
//! with an error, so each success also says the request was valid. test/e2e/rust.test.ts starts
//! the servers and passes their addresses in SDKGEN_PRISM_* variables.

use g4api::apis::{configuration::Configuration as G4Configuration, sessions_api, Error};
use g4api::models::CreateSessionRequest;

const TOKEN: &str = "e2e-token-7Hq2";
const TENANT: &str = "e2e-tenant";

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{} is not set: run test/e2e/rust.test.ts", name))
}

fn g4(token: Option<&str>) -> G4Configuration {
    let mut configuration = G4Configuration::new();
    configuration.base_path = env("SDKGEN_PRISM_G4");
    configuration.bearer_access_token = token.map(str::to_owned);
    configuration
}

#[tokio::test]
async fn g4_session_post() {
    let request = CreateSessionRequest {
        username: "user@microsearch.net".to_owned(),
        password: "password123".to_owned(),
        data: None,
        timeout: Some(60),
        detail: None,
    };
    let session = sessions_api::session_post(&g4(Some(TOKEN)), TENANT, request, Some("e2e-app"))
        .await
        .expect("session_post");
    assert!(!session.version.is_empty());
}

#[tokio::test]
async fn g4_session_id_get() {
    let session = sessions_api::session_id_get(&g4(Some(TOKEN)), TENANT, "s-1")
        .await
        .expect("session_id_get");
    assert!(!session.bearer.is_empty());
}

#[tokio::test]
async fn g4_session_id_put() {
    let data = serde_json::json!({ "theme": "dark" });
    sessions_api::session_id_put(&g4(Some(TOKEN)), TENANT, "s-1", Some(data))
        .await
        .expect("session_id_put");
}

#[tokio::test]
async fn g4_session_id_delete() {
    sessions_api::session_id_delete(&g4(Some(TOKEN)), TENANT, "s-1")
        .await
        .expect("session_id_delete");
}

#[tokio::test]
async fn g4_static_session_id_get() {
    let session = sessions_api::static_session_id_get(&g4(Some(TOKEN)), TENANT, "s-1")
        .await
        .expect("static_session_id_get");
    assert!(!session.bearer.is_empty());
}

/// Prism refuses a call without the bearer token: the token the crate sends is what it checks.
#[tokio::test]
async fn g4_without_token_is_401() {
    match sessions_api::session_id_get(&g4(None), TENANT, "s-1").await {
        Err(Error::ResponseError(response)) => assert_eq!(response.status.as_u16(), 401),
        other => panic!("expected a 401, got {:?}", other),
    }
}

#[tokio::test]
async fn looker3_session() {
    let mut configuration = looker3::apis::configuration::Configuration::new();
    configuration.base_path = env("SDKGEN_PRISM_LOOKER3");
    let session = looker3::apis::session_api::session(&configuration)
        .await
        .expect("session");
    assert!(session.workspace_id.is_some());
}

#[tokio::test]
async fn looker3_update_session() {
    let mut configuration = looker3::apis::configuration::Configuration::new();
    configuration.base_path = env("SDKGEN_PRISM_LOOKER3");
    let body = looker3::models::ApiSession {
        workspace_id: Some("dev".to_owned()),
        can: None,
    };
    let session = looker3::apis::session_api::update_session(&configuration, body)
        .await
        .expect("update_session");
    assert!(session.workspace_id.is_some());
}

#[tokio::test]
async fn looker4_session() {
    let mut configuration = looker4::apis::configuration::Configuration::new();
    configuration.base_path = env("SDKGEN_PRISM_LOOKER4");
    let session = looker4::apis::session_api::session(&configuration)
        .await
        .expect("session");
    assert!(session.sudo_user_id.is_some());
}

#[tokio::test]
async fn looker4_update_session() {
    let mut configuration = looker4::apis::configuration::Configuration::new();
    configuration.base_path = env("SDKGEN_PRISM_LOOKER4");
    let body = looker4::models::ApiSession {
        workspace_id: Some("dev".to_owned()),
        can: None,
        sudo_user_id: None,
    };
    let session = looker4::apis::session_api::update_session(&configuration, body)
        .await
        .expect("update_session");
    assert!(session.workspace_id.is_some());
}

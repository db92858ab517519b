//! The G4 crate against a server that misbehaves on purpose (test/e2e/rust.test.ts runs it; its
//! address is SDKGEN_FAULTS). The first path segment picks the behaviour, so tests running at
//! once never share one: `echo` answers with the request it got, `problem` a declared 400 body,
//! `unavailable` a 503 in plain text, `garbage` a 200 that is not JSON, `wrongshape` a 200 of the
//! wrong shape, `reset` drops the connection, `slow` never answers.

use g4api::apis::{configuration::Configuration, sessions_api, Error};
use g4api::models::ProblemDetails;
use std::time::Duration;

const TOKEN: &str = "fault-token-Zr8";
const TENANT: &str = "fault-tenant";

fn at(behaviour: &str) -> Configuration {
    let base = std::env::var("SDKGEN_FAULTS")
        .expect("SDKGEN_FAULTS is not set: run test/e2e/rust.test.ts");
    let mut configuration = Configuration::new();
    configuration.base_path = format!("{}/{}", base, behaviour);
    configuration.bearer_access_token = Some(TOKEN.to_owned());
    configuration
}

/// What went on the wire: method, path, token, tenant and user agent, as the server saw them.
#[tokio::test]
async fn sends_path_token_tenant_and_agent() {
    let session = sessions_api::session_id_get(&at("echo"), TENANT, "s 1/2")
        .await
        .expect("echo");
    let seen = session.data.expect("the echo of the request");
    assert_eq!(seen["method"], "GET");
    assert_eq!(seen["url"], "/echo/session/s%201%2F2");
    assert_eq!(
        seen["headers"]["authorization"],
        format!("Bearer {}", TOKEN)
    );
    assert_eq!(seen["headers"]["x-g4-tenant"], TENANT);
    assert_eq!(seen["headers"]["user-agent"], "sdkgen/1.6.5/rust");
    // JSON first: a server that also speaks text/plain (Prism for G4) answers with JSON.
    assert_eq!(
        seen["headers"]["accept"],
        "application/json, text/json, text/plain"
    );
}

#[tokio::test]
async fn a_declared_error_body_is_typed() {
    match sessions_api::session_id_get(&at("problem"), TENANT, "s-1").await {
        Err(Error::ResponseError(response)) => {
            assert_eq!(response.status.as_u16(), 400);
            match response.entity {
                Some(sessions_api::SessionIdGetError::Status400(ProblemDetails {
                    title,
                    status,
                    ..
                })) => {
                    assert_eq!(title.as_deref(), Some("Bad session"));
                    assert_eq!(status, Some(400));
                }
                other => panic!("expected Status400, got {:?}", other),
            }
        }
        other => panic!("expected a response error, got {:?}", other),
    }
}

#[tokio::test]
async fn an_error_that_is_not_json_keeps_its_text() {
    match sessions_api::session_id_delete(&at("unavailable"), TENANT, "s-1").await {
        Err(Error::ResponseError(response)) => {
            assert_eq!(response.status.as_u16(), 503);
            assert_eq!(response.content, "busy, try later");
            assert!(response.entity.is_none());
        }
        other => panic!("expected a 503, got {:?}", other),
    }
}

#[tokio::test]
async fn a_success_that_is_not_json_is_a_serde_error() {
    let result = sessions_api::session_id_get(&at("garbage"), TENANT, "s-1").await;
    assert!(matches!(result, Err(Error::Serde(_))), "{:?}", result);
}

#[tokio::test]
async fn a_success_of_the_wrong_shape_is_a_serde_error() {
    let result = sessions_api::session_id_get(&at("wrongshape"), TENANT, "s-1").await;
    assert!(matches!(result, Err(Error::Serde(_))), "{:?}", result);
}

#[tokio::test]
async fn a_dropped_connection_is_a_reqwest_error() {
    let result = sessions_api::session_id_get(&at("reset"), TENANT, "s-1").await;
    assert!(matches!(result, Err(Error::Reqwest(_))), "{:?}", result);
}

/// The crate's client is the user's: a timeout set on it ends a call the server never answers.
#[tokio::test]
async fn a_client_timeout_ends_a_call_that_never_answers() {
    let mut configuration = at("slow");
    configuration.client = reqwest::Client::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .expect("client");
    match sessions_api::session_id_get(&configuration, TENANT, "s-1").await {
        Err(Error::Reqwest(error)) => assert!(error.is_timeout(), "{}", error),
        other => panic!("expected a timeout, got {:?}", other),
    }
}

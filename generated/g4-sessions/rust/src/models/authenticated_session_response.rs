#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthenticatedSessionResponse {
    #[serde(rename = "validCredentials")]
    pub valid_credentials: bool,
    #[serde(rename = "accessAllowed")]
    pub access_allowed: bool,
    #[serde(rename = "sessionId")]
    pub session_id: Option<String>,
    #[serde(rename = "userId")]
    pub user_id: Option<i32>,
    #[serde(rename = "username")]
    pub username: Option<String>,
    #[serde(rename = "fullname")]
    pub fullname: Option<String>,
    #[serde(rename = "email")]
    pub email: Option<String>,
    #[serde(rename = "bearer")]
    pub bearer: Option<String>,
    #[serde(rename = "claims")]
    pub claims: Option<Vec<String>>,
    #[serde(rename = "roles")]
    pub roles: Option<Vec<String>>,
    #[serde(rename = "profiles")]
    pub profiles: Option<Vec<String>>,
    #[serde(rename = "version")]
    pub version: String,
}

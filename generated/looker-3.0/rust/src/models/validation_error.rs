#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidationError {
    /// Error details
    #[serde(rename = "message")]
    pub message: String,
    /// Error detail array
    #[serde(rename = "errors")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<crate::models::ValidationErrorDetail>>,
    /// Documentation link
    #[serde(rename = "documentation_url")]
    pub documentation_url: String,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    /// Error details
    #[serde(rename = "message")]
    pub message: String,
    /// Documentation link
    #[serde(rename = "documentation_url")]
    pub documentation_url: String,
}

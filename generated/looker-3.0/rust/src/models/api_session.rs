#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ApiSession {
    /// The id of active workspace for this session
    #[serde(rename = "workspace_id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// Operations the current user is able to perform on this object
    #[serde(rename = "can")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can: Option<::std::collections::HashMap<String, bool>>,
}

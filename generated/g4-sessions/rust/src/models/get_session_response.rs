#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSessionResponse {
    #[serde(rename = "bearer")]
    pub bearer: String,
    #[serde(rename = "userId")]
    pub user_id: i32,
    #[serde(rename = "data")]
    pub data: Option<serde_json::Value>,
}

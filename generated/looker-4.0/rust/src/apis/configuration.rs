/// The API's first server.
pub const BASE_PATH: &str = "https://picomes.cloud.looker.com:443/api/4.0";

/// The User-Agent header sent unless `user_agent` says otherwise.
pub const USER_AGENT: &str = "sdkgen/4.0.7.18/rust";

/// Where and how to call the API: the base path, the client, and the credentials.
#[derive(Debug, Clone)]
pub struct Configuration {
    pub base_path: String,
    pub user_agent: Option<String>,
    pub client: reqwest::Client,
    pub basic_auth: Option<BasicAuth>,
    pub oauth_access_token: Option<String>,
    pub bearer_access_token: Option<String>,
    pub api_key: Option<ApiKey>,
}

pub type BasicAuth = (String, Option<String>);

#[derive(Debug, Clone)]
pub struct ApiKey {
    pub prefix: Option<String>,
    pub key: String,
}

impl Configuration {
    pub fn new() -> Configuration {
        Configuration::default()
    }

    /// A request to `path` under the base path, with the user agent.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base_path, path));
        if let Some(agent) = &self.user_agent {
            req = req.header(reqwest::header::USER_AGENT, agent);
        }
        req
    }

    /// HTTP Bearer authentication, when a token is set.
    pub fn bearer(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.bearer_access_token {
            Some(token) => req.bearer_auth(token),
            None => req,
        }
    }

    /// OAuth and OpenID Connect: the access token as a bearer token, when set.
    pub fn oauth(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.oauth_access_token {
            Some(token) => req.bearer_auth(token),
            None => req,
        }
    }

    /// HTTP Basic authentication, when set.
    pub fn basic(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.basic_auth {
            Some((user, password)) => req.basic_auth(user, password.as_ref()),
            None => req,
        }
    }

    /// The API key with its prefix, when set.
    pub fn api_key_value(&self) -> Option<String> {
        self.api_key.as_ref().map(|key| match &key.prefix {
            Some(prefix) => format!("{} {}", prefix, key.key),
            None => key.key.clone(),
        })
    }

    /// An API key sent in the header `name`.
    pub fn api_key_header(
        &self,
        req: reqwest::RequestBuilder,
        name: &str,
    ) -> reqwest::RequestBuilder {
        match self.api_key_value() {
            Some(value) => req.header(name, value),
            None => req,
        }
    }

    /// An API key sent as the query parameter `name`.
    pub fn api_key_query(
        &self,
        req: reqwest::RequestBuilder,
        name: &str,
    ) -> reqwest::RequestBuilder {
        match self.api_key_value() {
            Some(value) => req.query(&[(name, value)]),
            None => req,
        }
    }

    /// An API key sent as the cookie `name`.
    pub fn api_key_cookie(
        &self,
        req: reqwest::RequestBuilder,
        name: &str,
    ) -> reqwest::RequestBuilder {
        match self.api_key_value() {
            Some(value) => req.header(reqwest::header::COOKIE, format!("{}={}", name, value)),
            None => req,
        }
    }
}

impl Default for Configuration {
    fn default() -> Self {
        Configuration {
            base_path: BASE_PATH.to_owned(),
            user_agent: Some(USER_AGENT.to_owned()),
            client: reqwest::Client::new(),
            basic_auth: None,
            oauth_access_token: None,
            bearer_access_token: None,
            api_key: None,
        }
    }
}

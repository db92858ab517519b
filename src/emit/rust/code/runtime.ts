/**
 * The crate's fixed parts: Cargo.toml, src/lib.rs, src/apis/mod.rs (errors, sending, encoding)
 * and src/apis/configuration.rs, in the shape of openapi-generator 6.0's reqwest client. Only
 * names and versions vary per spec; everything else is the same text for every crate.
 */
import type { Api } from '../../../model/types.js';
import { ordinal } from '../../kit/api-classes.js';
import type { RustPlan } from '../plan.js';
import { docLine, file, rustString } from './printer.js';

/** Cargo accepts only semver; a spec version like `v1` falls back to 0.1.0. */
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * reqwest without default features: rustls instead of the system's OpenSSL (nothing to install,
 * and the same TLS on every machine), json for bodies, multipart for form-data bodies.
 */
export function cargoToml(plan: RustPlan, version: string): string {
  return file([
    '[package]',
    `name = ${rustString(plan.crateName)}`,
    `version = ${rustString(SEMVER.test(version) ? version : '0.1.0')}`,
    'edition = "2021"',
    'publish = false',
    '',
    '[dependencies]',
    'reqwest = { version = "0.11", default-features = false, features = ["json", "multipart", "rustls-tls"] }',
    'serde = { version = "1", features = ["derive"] }',
    'serde_json = "1"',
  ]);
}

export function libRs(api: Api): string {
  return file([
    ...docLine(`${api.title} ${api.version}: a Rust client (reqwest) written by sdkgen; see README.md.`).map((l) => l.replace('///', '//!')),
    '',
    '// Operations take every parameter as an argument, as the docs list them.',
    '#![allow(clippy::too_many_arguments)]',
    '// Error enums hold each declared error body unboxed, as it is on the wire.',
    '#![allow(clippy::large_enum_variant)]',
    '// Model and variant names keep the spec\'s words.',
    '#![allow(clippy::enum_variant_names, clippy::upper_case_acronyms)]',
    '// A field or parameter all in capitals keeps the spec\'s spelling (`DNIS`), as the docs print it.',
    '#![allow(non_snake_case)]',
    '',
    'pub mod apis;',
    'pub mod models;',
  ]);
}

const APIS_MOD = `use std::error;
use std::fmt;

/// A response outside 2xx: its status, its body, and the body read as the operation's error enum.
#[derive(Debug, Clone)]
pub struct ResponseContent<T> {
    pub status: reqwest::StatusCode,
    pub content: String,
    pub entity: Option<T>,
}

#[derive(Debug)]
pub enum Error<T> {
    Reqwest(reqwest::Error),
    Serde(serde_json::Error),
    Io(std::io::Error),
    ResponseError(ResponseContent<T>),
}

impl<T> fmt::Display for Error<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (module, e) = match self {
            Error::Reqwest(e) => ("reqwest", e.to_string()),
            Error::Serde(e) => ("serde", e.to_string()),
            Error::Io(e) => ("IO", e.to_string()),
            Error::ResponseError(e) => ("response", format!("status code {}", e.status)),
        };
        write!(f, "error in {}: {}", module, e)
    }
}

impl<T: fmt::Debug> error::Error for Error<T> {
    fn source(&self) -> Option<&(dyn error::Error + 'static)> {
        Some(match self {
            Error::Reqwest(e) => e,
            Error::Serde(e) => e,
            Error::Io(e) => e,
            Error::ResponseError(_) => return None,
        })
    }
}

impl<T> From<reqwest::Error> for Error<T> {
    fn from(e: reqwest::Error) -> Self {
        Error::Reqwest(e)
    }
}

impl<T> From<serde_json::Error> for Error<T> {
    fn from(e: serde_json::Error) -> Self {
        Error::Serde(e)
    }
}

impl<T> From<std::io::Error> for Error<T> {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

/// Percent-encodes a path segment: only RFC 3986's unreserved characters stay as they are.
pub fn urlencode<T: AsRef<str>>(s: T) -> String {
    let mut out = String::new();
    for byte in s.as_ref().bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{:02X}", byte));
        }
    }
    out
}

/// A value as text for a path, query or header: strings bare, anything else as JSON.
pub fn to_text<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// A cookie parameter: \`name=value\` in the Cookie header.
pub fn cookie(req: reqwest::RequestBuilder, name: &str, value: &str) -> reqwest::RequestBuilder {
    req.header(reqwest::header::COOKIE, format!("{}={}", name, value))
}

/// A query parameter.
pub fn query(req: reqwest::RequestBuilder, name: &str, value: &str) -> reqwest::RequestBuilder {
    req.query(&[(name, value)])
}

/// A header parameter (and Accept, Content-Type).
pub fn header(req: reqwest::RequestBuilder, name: &str, value: &str) -> reqwest::RequestBuilder {
    req.header(name, value)
}

/// An array parameter that is not exploded: its items as text, joined by \`separator\`.
pub fn join<T: serde::Serialize>(values: &[T], separator: &str) -> String {
    values
        .iter()
        .map(to_text)
        .collect::<Vec<_>>()
        .join(separator)
}

/// A multipart/form-data body from a model: one text part per field that has a value.
pub fn multipart<T: serde::Serialize>(body: &T) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(body) {
        for (name, value) in fields {
            if !value.is_null() {
                form = form.text(name, to_text(&value));
            }
        }
    }
    form
}

/// One text field of a multipart/form-data body given field by field.
pub fn part_text(
    form: reqwest::multipart::Form,
    name: &'static str,
    value: &str,
) -> reqwest::multipart::Form {
    form.text(name, value.to_owned())
}

/// One file field of a multipart/form-data body: the file's bytes, under its file name.
pub fn part_file(
    form: reqwest::multipart::Form,
    name: &'static str,
    path: &std::path::Path,
) -> std::io::Result<reqwest::multipart::Form> {
    let mut part = reqwest::multipart::Part::bytes(std::fs::read(path)?);
    if let Some(file_name) = path.file_name() {
        part = part.file_name(file_name.to_string_lossy().into_owned());
    }
    Ok(form.part(name, part))
}

/// One field of an x-www-form-urlencoded body given field by field.
pub fn form_field(
    mut form: Vec<(&'static str, String)>,
    name: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    form.push((name, value.to_owned()));
    form
}

/// Sends a request and returns the status and body of a 2xx answer, or the error for another.
pub async fn send<E: serde::de::DeserializeOwned>(
    req: reqwest::RequestBuilder,
) -> Result<String, Error<E>> {
    let resp = req.send().await?;
    let status = resp.status();
    let content = resp.text().await?;
    if status.is_success() {
        Ok(content)
    } else {
        let entity = serde_json::from_str(&content).ok();
        Err(Error::ResponseError(ResponseContent {
            status,
            content,
            entity,
        }))
    }
}

/// An operation that answers with JSON: the 2xx body read as \`T\`.
pub async fn json_response<T, E>(req: reqwest::RequestBuilder) -> Result<T, Error<E>>
where
    T: serde::de::DeserializeOwned,
    E: serde::de::DeserializeOwned,
{
    let content = send(req).await?;
    serde_json::from_str(&content).map_err(Error::from)
}

/// An operation that answers with text: the 2xx body as it is.
pub async fn text_response<E>(req: reqwest::RequestBuilder) -> Result<String, Error<E>>
where
    E: serde::de::DeserializeOwned,
{
    send(req).await
}

/// An operation without a response body: any 2xx is success.
pub async fn empty_response<E>(req: reqwest::RequestBuilder) -> Result<(), Error<E>>
where
    E: serde::de::DeserializeOwned,
{
    send(req).await.map(|_| ())
}
`;

export function apisMod(plan: RustPlan): string {
  // rustfmt orders a run of module declarations by name.
  const modules = plan.classes.map((c) => c.module).sort(ordinal);
  return file([APIS_MOD, ...modules.map((m) => `pub mod ${m};`), '', 'pub mod configuration;']);
}

export function configurationRs(api: Api, version: string): string {
  const agent = rustString(`sdkgen/${version}/rust`);
  const base = rustString(api.baseUrl);
  return file([
    // Constants: a literal too long for one line stays unbroken here, wherever rustfmt would move it.
    `/// The API's first server.
pub const BASE_PATH: &str = ${base};

/// The User-Agent header sent unless \`user_agent\` says otherwise.
pub const USER_AGENT: &str = ${agent};

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

    /// A request to \`path\` under the base path, with the user agent.
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

    /// An API key sent in the header \`name\`.
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

    /// An API key sent as the query parameter \`name\`.
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

    /// An API key sent as the cookie \`name\`.
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
}`,
  ]);
}

use std::error;
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

/// A cookie parameter: `name=value` in the Cookie header.
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

/// An array parameter that is not exploded: its items as text, joined by `separator`.
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

/// An operation that answers with JSON: the 2xx body read as `T`.
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
pub mod session_api;

pub mod configuration;

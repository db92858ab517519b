//! The forms crate's two bodies sent to a real server (test/e2e/rust.test.ts runs it; its address
//! is SDKGEN_FORMS). The server parses each body and test/e2e/rust.test.ts checks the fields it
//! got against the ones these calls pass; each call has a pet id of its own to be told apart.

use forms::apis::{configuration::Configuration, pet_api};
use forms::models::Tag;

/// The file part's bytes: a line break and a boundary-like `--` inside, so the part must be framed
/// by its boundary and not by what it holds.
const FILE_BYTES: &[u8] = b"first line\r\n--not-a-boundary\r\nlast line";

fn server() -> Configuration {
    let mut configuration = Configuration::new();
    configuration.base_path =
        std::env::var("SDKGEN_FORMS").expect("SDKGEN_FORMS is not set: run test/e2e/rust.test.ts");
    configuration
}

/// Both fields url-encoded, with characters that need escaping.
#[tokio::test]
async fn urlencoded_sends_every_field() {
    pet_api::update_pet_with_form(&server(), 7, Some("Rex & Co=1 ü"), Some("sold"))
        .await
        .expect("update 7");
}

/// A field left `None` is not sent at all.
#[tokio::test]
async fn urlencoded_leaves_out_a_missing_field() {
    pet_api::update_pet_with_form(&server(), 8, None, Some("available"))
        .await
        .expect("update 8");
}

/// A text part and a file part, the file under its own name; the answer is typed.
#[tokio::test]
async fn multipart_sends_text_and_file_parts() {
    let dir = std::env::temp_dir().join(format!("sdkgen-forms-wire-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("photo.txt");
    std::fs::write(&path, FILE_BYTES).expect("write the file");
    let answer = pet_api::upload_file(&server(), 9, Some("a note"), Some(path.clone())).await;
    std::fs::remove_dir_all(&dir).expect("remove the temp dir");
    let answer = answer.expect("upload 9");
    assert_eq!(answer.code, Some(200));
    assert_eq!(answer.message.as_deref(), Some("stored"));
}

/// A file that cannot be read fails the call before anything is sent.
#[tokio::test]
async fn multipart_with_a_missing_file_is_an_io_error() {
    let missing = std::env::temp_dir().join("sdkgen-forms-wire-no-such-file");
    let result = pet_api::upload_file(&server(), 10, Some("never sent"), Some(missing)).await;
    assert!(
        matches!(result, Err(forms::apis::Error::Io(_))),
        "{:?}",
        result
    );
}

/// A body given by reference goes whole, url-encoded as its media type says (`; charset=utf-8`
/// included): a field left `None` is not sent.
#[tokio::test]
async fn a_referenced_form_body_is_urlencoded_whole() {
    let tag = Tag {
        label: "red & blue".to_owned(),
        weight: None,
    };
    pet_api::tag_pet(&server(), 11, tag).await.expect("tag 11");
}

pub mod api_session;
pub use self::api_session::ApiSession;
pub mod error;
pub use self::error::Error;
pub mod validation_error;
pub use self::validation_error::ValidationError;
pub mod validation_error_detail;
pub use self::validation_error_detail::ValidationErrorDetail;

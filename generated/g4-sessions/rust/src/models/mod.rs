pub mod create_session_request;
pub use self::create_session_request::CreateSessionRequest;
pub mod get_session_response;
pub use self::get_session_response::GetSessionResponse;
pub mod authenticated_session_response;
pub use self::authenticated_session_response::AuthenticatedSessionResponse;
pub mod problem_details;
pub use self::problem_details::ProblemDetails;

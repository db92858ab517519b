/** The runtime's public surface: what generated API classes and their users import. */
export { BaseApi, type ApiResponse, type EventStreamOptions, type HttpMethod, type OperationCall, type RequestOptions } from './base-api.js';
export type { SecurityRequirement, SecuritySchemeUse } from './auth.js';
export type { RequestBodyValue, ResponseKind } from './body.js';
export {
  Configuration,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type AccessToken,
  type ApiKey,
  type ConfigurationParameters,
  type CrossOriginRedirects,
  type FetchApi,
} from './configuration.js';
export {
  ApiError,
  InvalidResponseError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnsafeValueError,
  type ErrorStatus,
  type ErrorStatusIn,
} from './errors.js';
export { EventStream, type ReconnectOptions, type ServerSentEvent } from './event-stream.js';
export type { ErrorContext, FetchParams, Middleware, RequestContext, ResponseContext } from './middleware.js';
export type { RetryOptions } from './retry.js';
export type { ParameterLocation, ParameterStyle, ParameterValue } from './serialize.js';
export type { ServerChoice, ServerDescription, ServerVariableDescription } from './servers.js';

/** The runtime's public surface: what generated API classes and their users import. */
export { BaseApi, type HttpMethod, type OperationCall, type RequestOptions } from './base-api.js';
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
export { ApiError, InvalidResponseError, NetworkError, RedirectError, ResponseTooLargeError, TimeoutError, UnsafeValueError } from './errors.js';
export type { RetryOptions } from './retry.js';
export type { ParameterLocation, ParameterStyle, ParameterValue } from './serialize.js';

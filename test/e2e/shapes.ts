/**
 * The documented response models as vitest matchers, written from the specs (not from the
 * generated types), so a client that decodes the wrong thing, or a model that drifts, fails here.
 */
import { expect } from 'vitest';

const string = (): unknown => expect.any(String);
const boolean = (): unknown => expect.any(Boolean);
const int32 = (): unknown => expect.toSatisfy((v: unknown) => Number.isInteger(v) && Math.abs(Number(v)) <= 2 ** 31, 'an int32');
const int64 = (): unknown => expect.toSatisfy((v: unknown) => Number.isInteger(v), 'an integer');
const nullable = (matcher: unknown): unknown => expect.toBeOneOf([null, matcher]);
const strings = (): unknown =>
  expect.toSatisfy((v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string'), 'an array of strings');
const booleanMap = (): unknown =>
  expect.toSatisfy(
    (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((item) => typeof item === 'boolean'),
    'an object of booleans',
  );
const anything = (): unknown => expect.toSatisfy(() => true, 'any JSON value, null included');

/** G4 AuthenticatedSessionResponse: every property required, most nullable. */
export const authenticatedSessionResponse = {
  validCredentials: boolean(),
  accessAllowed: boolean(),
  sessionId: nullable(string()),
  userId: nullable(int32()),
  username: nullable(string()),
  fullname: nullable(string()),
  email: nullable(string()),
  bearer: nullable(string()),
  claims: nullable(strings()),
  roles: nullable(strings()),
  profiles: nullable(strings()),
  version: string(),
};

/** G4 GetSessionResponse. */
export const getSessionResponse = { bearer: string(), userId: int32(), data: anything() };

/** Looker 3.0 ApiSession (Prism's mock fills in the optional properties too). */
export const apiSession3 = { workspace_id: string(), can: booleanMap() };

/** Looker 4.0 ApiSession adds sudo_user_id (int64). */
export const apiSession4 = { ...apiSession3, sudo_user_id: int64() };

/** Looker ValidationError, the 422 body of update_session. */
export const validationError = {
  message: string(),
  errors: expect.toSatisfy((v: unknown) => Array.isArray(v), 'an array of ValidationErrorDetail'),
  documentation_url: string(),
};

import { describe, expect, it } from 'vitest';
import { goModelName, goOperationName, goParamName, goPropertyName, words } from '../../../src/emit/go/naming.js';

describe('goOperationName (toOperationId: upper camel, call_ prefix)', () => {
  it.each([
    ['session', 'Session'],
    ['update_session', 'UpdateSession'],
    ['sessionIdDelete', 'SessionIdDelete'],
    ['static_sessionIdGet', 'StaticSessionIdGet'],
    ['all_lookml_models', 'AllLookmlModels'],
    // inner capitals are kept, as openapi-generator's camelize keeps them
    ['getHTTPThing', 'GetHTTPThing'],
    ['login-user', 'LoginUser'],
    ['get thing', 'GetThing'],
    // reserved words (case-sensitive) and leading digits get call_
    ['return', 'CallReturn'],
    ['type', 'CallType'],
    ['error', 'CallError'],
    // the id is first camelized with a lower first letter (removeNonNameElementToCamelCase)
    ['Return', 'CallReturn'],
    ['2fa_login', 'Call2faLogin'],
    // characters that cannot be in an identifier are dropped
    ['get$thing!', 'Getthing'],
    ['ünïcode_op', 'NcodeOp'],
    ['', 'Operation'],
  ])('%j → %s', (id, want) => {
    expect(goOperationName(id)).toBe(want);
  });
});

describe('goParamName (toParamName: camelize(toVarName) with the first letter lowered, _ suffix)', () => {
  it.each([
    ['x-g4-tenant', 'xG4Tenant'],
    ['x-g4-application', 'xG4Application'],
    ['theme_id', 'themeId'],
    ['body', 'body'],
    ['CreateSessionRequest', 'createSessionRequest'],
    ['userId', 'userId'],
    ['ID', 'iD'],
    ['HTTPServer', 'hTTPServer'],
    ['fields[]', 'fields'],
    ['filter.name', 'filterName'],
    ['type', 'type_'],
    ['map', 'map_'],
    ['string', 'string_'],
    ['nil', 'nil_'],
    ['Type', 'type_'],
    ['1st', 'var1st'],
    ['$', 'value'],
  ])('%j → %s', (name, want) => {
    expect(goParamName(name)).toBe(want);
  });
});

describe('goPropertyName (toVarName: exported upper camel)', () => {
  it.each([
    ['workspace_id', 'WorkspaceId'],
    ['sudo_user_id', 'SudoUserId'],
    ['can', 'Can'],
    ['userId', 'UserId'],
    ['documentation_url', 'DocumentationUrl'],
    ['ID', 'ID'],
    ['type', 'Type'],
    ['default', 'Default'],
    ['created-at', 'CreatedAt'],
    ['@odata.type', 'OdataType'],
    ['123abc', 'Var123abc'],
    ['_', '_'],
  ])('%j → %s', (name, want) => {
    expect(goPropertyName(name)).toBe(want);
  });
});

describe('goModelName (toModelName: underscore then camelize, model_ prefix)', () => {
  it.each([
    ['ApiSession', 'ApiSession'],
    ['ValidationErrorDetail', 'ValidationErrorDetail'],
    // `Error` is not reserved (case-sensitive): the Looker reference README lists `Error`
    ['Error', 'Error'],
    ['error', 'ModelError'],
    ['return', 'ModelReturn'],
    ['200_response', 'Model200Response'],
    ['DBConnection', 'DbConnection'],
    ['CIRun', 'CiRun'],
    ['api_session', 'ApiSession'],
    ['Foo.Bar', 'FooBar'],
    ['problem-details', 'ProblemDetails'],
    ['§', 'Model'],
    // Windows refuses these as file names (docs/Aux.md)
    ['aux', 'ModelAux'],
    ['NUL', 'ModelNul'],
    ['com1', 'ModelCom1'],
    ['console', 'Console'],
  ])('%j → %s', (name, want) => {
    expect(goModelName(name)).toBe(want);
  });
});

describe('words', () => {
  it.each([
    ['static_sessionIdGet', ['static', 'session', 'Id', 'Get']],
    ['x-g4-tenant', ['x', 'g4', 'tenant']],
    ['a b\tc', ['a', 'b', 'c']],
    ['naïve', ['nave']],
  ])('%j → %j', (name, want) => {
    expect(words(name)).toEqual(want);
  });
});

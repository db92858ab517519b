import { describe, expect, it } from 'vitest';
import { apiClassName, apiTag, fieldName, modelName, operationName, RUST_KEYWORDS } from '../../../src/emit/rust/naming.js';

describe('operationName', () => {
  it.each([
    ['sessionIdDelete', 'session_id_delete'],
    ['static_sessionIdGet', 'static_session_id_get'],
    ['sessionPost', 'session_post'],
    ['update_session', 'update_session'],
    ['session', 'session'],
    ['getHTTPStatus', 'get_http_status'],
    ['get-user by id', 'get_user_by_id'],
    ['Ünïcode Thing', 'unicode_thing'],
    ['v2Sessions', 'v2_sessions'],
    // 6.0 lower-cases only the first letter before its snake_case (AWS IAM's operationIds)
    ['GETAddClientIDToOpenIDConnectProvider', 'g_et_add_client_idto_open_id_connect_provider'],
    // keywords and leading digits take `call_`, as openapi-generator's Rust toOperationId does
    ['type', 'call_type'],
    ['Match', 'call_match'],
    ['self', 'call_self'],
    ['loop', 'call_loop'],
    ['2fa', 'call_2fa'],
    // nothing identifier-like left
    ['%%%', 'operation'],
  ])('%s → %s', (id, name) => {
    expect(operationName(id)).toBe(name);
  });
});

describe('fieldName', () => {
  it.each([
    ['x-g4-tenant', 'x_g4_tenant'],
    ['x-g4-application', 'x_g4_application'],
    ['userId', 'user_id'],
    ['validCredentials', 'valid_credentials'],
    ['workspace_id', 'workspace_id'],
    ['sessionID', 'session_id'],
    ['$filter', 'filter'],
    ['page[size]', 'page_size'],
    ['a.b.c', 'a_b_c'],
    // 6.0 keeps leading underscores (`_xgafv`); an acronym joins what follows unless it is a capitalised word
    ['__private', '__private'],
    ['__proto__', '__proto__'],
    // every `_` sanitizeName leaves stays, doubled or trailing (quirk underscores-kept)
    ['value (format: int8)', 'value__format_int8'],
    ['x-header-', 'x_header_'],
    ['_xgafv', '_xgafv'],
    ['SizeInMBs', 'size_in_mbs'],
    ['ARNs', 'arns'],
    // keywords take `_`, as in the reference ProblemDetails.md (`type` → `_type`)
    ['type', '_type'],
    ['Type', '_type'],
    ['ref', '_ref'],
    ['async', '_async'],
    ['yield', '_yield'],
    ['Self', '_self'],
    ['1st', 'var_1st'],
    ['---', 'field'],
  ])('%s → %s', (name, rust) => {
    expect(fieldName(name)).toBe(rust);
  });

  it('escapes every keyword the brief lists', () => {
    const listed =
      'as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while async await dyn abstract become box do final macro override priv typeof unsized virtual yield try';
    for (const word of listed.split(' ')) {
      expect(RUST_KEYWORDS.has(word), word).toBe(true);
      expect(fieldName(word)).toBe(`_${word.toLowerCase()}`);
      expect(operationName(word)).toBe(`call_${word.toLowerCase()}`);
    }
  });
});

describe('modelName', () => {
  it.each([
    ['ApiSession', 'ApiSession'],
    ['CreateSessionRequest', 'CreateSessionRequest'],
    ['api_session', 'ApiSession'],
    ['problem-details', 'ProblemDetails'],
    ['Model.V2', 'ModelV2'],
    ['version 1.2', 'Version12'],
    ['Self', 'ModelSelf'],
    ['200Response', 'Model200Response'],
    // Windows refuses these as file names (docs/Con.md)
    ['con', 'ModelCon'],
    ['AUX', 'ModelAux'],
    ['com1', 'ModelCom1'],
    ['Console', 'Console'],
    ['***', 'Model'],
  ])('%s → %s', (name, rust) => {
    expect(modelName(name)).toBe(rust);
  });
});

describe('apiClassName (6.0 toApiName(sanitizeTag(tag)))', () => {
  it.each([
    ['APIs', 'APIsApi'],
    ['Expense OIOUBL files', 'ExpenseOIOUBLFilesApi'],
    ['CSV (UI only)', 'CSVUIOnlyApi'],
    ['OAuth 2', 'OAuth2Api'],
    ['type/boulder_2017_election', 'TypeBoulder2017ElectionApi'],
    ['2fa', 'Class2faApi'],
    ['café menu', 'CafMenuApi'],
    ['***', 'DefaultApi'],
    [undefined, 'DefaultApi'],
  ])('%s → %s', (tag, name) => {
    expect(apiClassName(tag)).toBe(name);
  });

  it('orders by the camelized tag: an untagged operation sorts as Default, nothing left as the empty string', () => {
    expect([apiTag(undefined), apiTag('***'), apiTag('pet'), apiTag('Pet2')]).toEqual(['Default', '', 'Pet', 'Pet2']);
  });
});

import { describe, expect, test } from 'vitest';
import { apiClassName, camelize, modelName, operationName, variableName } from '../../../src/emit/python/naming.js';

describe('operationName: 2.2.2 removeNonNameElementToCamelCase, sanitizeName, underscore; reserved words prefixed with call_', () => {
  test.each([
    ['update_session', 'update_session'],
    ['session', 'session'],
    ['sessionIdDelete', 'session_id_delete'],
    ['static_sessionIdGet', 'static_session_id_get'],
    ['sessionPost', 'session_post'],
    ['getHTTPStatus', 'get_http_status'],
    ['get2FACode', 'get2_fa_code'],
    ['list-users', 'list_users'],
    ['find pets', 'find_pets'],
    ['return', 'call_return'],
    ['Import', 'call_import'],
    ['print', 'call_print'],
    ['property', 'call_property'],
    ['None', 'none'],
    ['async', 'call_async'],
    ['123go', 'call_123go'],
    ['créerSession', 'creer_session'],
    ['$$$', 'operation'],
    ['GET_AddClientIDToProvider', 'g_et_add_client_id_to_provider'],
    ['EASubscriptionListPost', 'e_a_subscription_list_post'],
    ['generateOtpUsingPOST_1', 'generate_otp_using_post1'],
    ['list-users:all#now', 'list_users_all_now'],
    ['(x)', '_x'],
  ])('%s → %s', (id, want) => {
    expect(operationName(id)).toBe(want);
  });

  test('without an operationId, the name 2.2.2 derives from path and method', () => {
    expect(operationName({ id: 'rest_lookupsbp_tribesGet', path: '/rest_lookups.bp_tribes', method: 'get' })).toBe('rest_lookups_bp_tribes_get');
    expect(operationName({ id: 'x', operationId: 'GET_Thing', path: '/t', method: 'get' })).toBe('g_et_thing');
    expect(operationName({ id: 'listItems', path: '/items', method: 'get' })).toBe('list_items');
  });
});

describe('variableName: params and properties snake_case, reserved words prefixed with _', () => {
  test.each([
    ['x-g4-tenant', 'x_g4_tenant'],
    ['x-g4-application', 'x_g4_application'],
    ['userId', 'user_id'],
    ['workspace_id', 'workspace_id'],
    ['validCredentials', 'valid_credentials'],
    ['API_KEY', 'api_key'],
    ['from', '_from'],
    ['class', '_class'],
    ['lambda', '_lambda'],
    ['self', '_self'],
    ['True', 'true'],
    ['None', 'none'],
    ['prefs/color_blind', 'prefscolor_blind'],
    ['enum (with default)', 'enum__with_default'],
    ['a:b', 'ab'],
    ['trail_', 'trail_'],
    ['resolução', 'resoluo'],
    ['property', '_property'],
    ['header_params', '_header_params'],
    ['str', 'str'],
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['1st', '_1st'],
    ['filter[name]', 'filter_name'],
    ['user.email', 'user_email'],
    ['_id', 'id'],
    ['', 'param'],
    ['$', 'value'],
    ['@LanguageCode', 'language_code'],
  ])('%s → %s', (name, want) => {
    expect(variableName(name)).toBe(want);
  });
});

describe('modelName: 2.2.2 toModelName (sanitizeName, camelize), reserved words prefixed with Model', () => {
  test.each([
    ['ApiSession', 'ApiSession'],
    ['api_session', 'ApiSession'],
    ['DBConnection', 'DBConnection'],
    ['LDAPConfig', 'LDAPConfig'],
    ['CreateSessionRequest', 'CreateSessionRequest'],
    ['problem-details', 'ProblemDetails'],
    ['Foo.Bar', 'FooBar'],
    ['return', 'ModelReturn'],
    ['200Response', 'Model200Response'],
    // 2.2.2 reserves none of Python's type names for models (read off its jar).
    ['Date', 'Date'],
    ['Float', 'Float'],
    ['print', 'ModelPrint'],
    ['all_params', 'ModelAllParams'],
    ['Item_Attribute_', 'ItemAttribute_'],
    ['Foo[bar](baz).q-r s$', 'FooBarBazQRS'],
    ['x/y', 'Xy'],
    ['créer', 'Crer'],
    // 2.2.2 writes a class `None`, which Python refuses.
    ['None', 'ModelNone'],
    ['***', 'Model'],
    // Windows refuses these as file names (docs/NUL.md)
    ['NUL', 'ModelNUL'],
    ['con', 'ModelCon'],
    ['lpt1', 'ModelLpt1'],
    ['console', 'Console'],
  ])('%s → %s', (name, want) => {
    expect(modelName(name)).toBe(want);
  });
});

describe('apiClassName: swagger-codegen 2.2.2 sanitizeTag, camelize, Api', () => {
  test.each([
    ['APIs', 'APIsApi'],
    ['flight-destinations', 'FlightdestinationsApi'],
    ['OAuth 2', 'OAuth2Api'],
    ['type/2017_boulder_data', 'Type2017BoulderDataApi'],
    ['service/media_tabular', 'ServicemediaTabularApi'],
    ['extraction.import.io', 'ExtractionimportioApi'],
    ['WMS / WMTS', 'WMSWMTSApi'],
    ['forgot health id/number', 'ForgotHealthIdnumberApi'],
    ['session', 'SessionApi'],
    ['ApiSession', 'ApiSessionApi'],
    ['日本', 'DefaultApi'],
    ['2fa', '_2faApi'],
  ])('%s → %s', (tag, want) => {
    expect(apiClassName(tag)).toBe(want);
  });

  test('untagged operations are DefaultApi', () => {
    expect(apiClassName(undefined)).toBe('DefaultApi');
  });
});

describe('camelize: 2.2 DefaultCodegen.camelize', () => {
  test.each([
    ['inline_response_200', 'InlineResponse200'],
    ['Success_Flights_', 'SuccessFlights_'],
    ['a__b', 'AB'],
    ['pets/tag', 'PetsTag'],
    ['already.Dotted', 'AlreadyDotted'],
  ])('%s → %s', (word, want) => {
    expect(camelize(word)).toBe(want);
  });
});

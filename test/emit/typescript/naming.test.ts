import { describe, expect, it } from 'vitest';
import { BaseApi } from '../../../src/emit/typescript/runtime/base-api.js';
import {
  BASE_API_MEMBERS,
  camelName,
  className,
  enumValuesName,
  errorNames,
  fieldName,
  fileScope,
  INHERITED_MEMBERS,
  isBindableIdentifier,
  isIdentifierName,
  methodName,
  modelNames,
  modelTypeName,
  NameScope,
  packageScope,
  requestTypeName,
  typeName,
  variantName,
} from '../../../src/emit/typescript/naming.js';

describe('camelName', () => {
  it.each([
    ['x-g4-tenant', 'xG4Tenant'],
    ['session', 'session'],
    ['update_session', 'updateSession'],
    ['sessionPost', 'sessionPost'],
    ['sessionIdGet', 'sessionIdGet'],
    ['static_sessionIdGet', 'staticSessionIdGet'],
    ['user.name', 'userName'],
    ['HTTPServer', 'httpServer'],
    ['2fa', '_2fa'],
    ['v1.2.3', 'v1_2_3'],
    ['ñandú', 'ñandú'],
    ['日本語', '日本語'],
    ['__proto__', 'proto'],
    ['$ref', 'ref'],
    ['', 'fallback'],
    ['---', 'fallback'],
  ])('%j → %s', (raw, expected) => {
    expect(camelName(raw, 'fallback')).toBe(expected);
  });
});

describe('typeName', () => {
  it.each([
    ['ApiSession', 'ApiSession'],
    ['api_session', 'ApiSession'],
    ['create-session.request', 'CreateSessionRequest'],
    ['200_response', 'Model200Response'],
    ['class', 'Class'],
    ['', 'Model'],
  ])('%j → %s', (raw, expected) => {
    expect(typeName(raw)).toBe(expected);
  });
});

describe('identifier tests', () => {
  it.each([
    ['id', true, true],
    ['default', true, false],
    ['delete', true, false],
    ['yield', true, false],
    ['let', true, false],
    ['await', true, false],
    ['arguments', true, false],
    ['string', true, false],
    ['_2fa', true, true],
    ['2fa', false, false],
    ['x-y', false, false],
    ['$', true, true],
    ['ñandú', true, true],
    ['', false, false],
  ])('%j: identifier name %s, bindable %s', (text, name, bindable) => {
    expect(isIdentifierName(text)).toBe(name);
    expect(isBindableIdentifier(text)).toBe(bindable);
  });
});

describe('modelTypeName', () => {
  it.each([
    ['Error', 'ModelError'],
    ['Response', 'ModelResponse'],
    ['Configuration', 'ModelConfiguration'],
    ['Promise', 'ModelPromise'],
    ['BaseApi', 'ModelBaseApi'],
    ['ApiError', 'ModelApiError'],
    ['BASE_PATH', 'BasePath'],
    ['Record', 'ModelRecord'],
    // Case matters to TypeScript: Json does not shadow JSON.
    ['Json', 'Json'],
    ['ApiSession', 'ApiSession'],
  ])('%j → %s', (raw, expected) => {
    expect(modelTypeName(raw)).toBe(expected);
  });
});

describe('modelNames', () => {
  it('suffixes names equal after casing, or equal but for case, in spec order', () => {
    const names = ['api_session', 'ApiSession', 'api-session', 'Error', 'ModelError', 'Pet', 'PeT'];
    expect(modelNames(packageScope(), names, [])).toEqual(['ApiSession', 'ApiSession2', 'ApiSession3', 'ModelError', 'ModelError2', 'Pet', 'PeT2']);
  });

  it('yields to the API classes, which claim their names first', () => {
    const scope = packageScope();
    expect(className(scope, fileScope(), 'SessionApi')).toBe('SessionApi');
    expect(modelNames(scope, ['SessionApi', 'sessionAPI'], ['SessionApi'])).toEqual(['SessionApi2', 'SessionApi3']);
  });
});

describe('className', () => {
  it.each([
    ['SessionsApi', 'SessionsApi'],
    ['1stApi', '_1stApi'],
    ['DefaultApi', 'DefaultApi'],
  ])('%j → %s', (candidate, expected) => {
    expect(className(packageScope(), fileScope(), candidate)).toBe(expected);
  });

  it('yields to runtime exports and keeps file names apart ignoring case', () => {
    const scope = packageScope();
    const files = fileScope();
    expect(className(scope, files, 'BaseApi')).toBe('BaseApi2');
    expect(className(scope, files, 'ÉtéApi')).toBe('ÉtéApi');
    expect(className(scope, files, 'éTéApi')).toBe('ÉTéApi2');
  });
});

describe('requestTypeName', () => {
  it('is <Method>Request, else <Method>OperationRequest when a model took it', () => {
    const scope = packageScope();
    modelNames(scope, ['CreateSessionRequest'], []);
    expect(requestTypeName(scope, 'sessionIdGet')).toBe('SessionIdGetRequest');
    expect(requestTypeName(scope, 'createSession')).toBe('CreateSessionOperationRequest');
    expect(requestTypeName(scope, 'createSession')).toBe('CreateSessionOperationRequest2');
  });
});

describe('methodName', () => {
  it.each([
    ['session', 'session'],
    ['update_session', 'updateSession'],
    ['static_sessionIdGet', 'staticSessionIdGet'],
    // Reserved words are valid method names: api.delete().
    ['delete', 'delete'],
    ['constructor', '_constructor'],
    ['toString', '_toString'],
    ['valueOf', '_valueOf'],
    ['hasOwnProperty', '_hasOwnProperty'],
    ['then', '_then'],
    ['catch', '_catch'],
    ['finally', '_finally'],
    ['send', '_send'],
    ['__proto__', 'proto'],
    ['2fa', '_2fa'],
    ['', 'operation'],
  ])('%j → %s', (id, expected) => {
    expect(methodName(new NameScope(), id)).toBe(expected);
  });

  it('suffixes ids equal after casing', () => {
    const scope = new NameScope();
    expect(['get_item', 'getItem', 'get-item'].map((id) => methodName(scope, id))).toEqual(['getItem', 'getItem2', 'getItem3']);
  });
});

describe('the rename rule’s lists', () => {
  it('hold every string-named member of Object.prototype and Promise.prototype in this Node', () => {
    const names = [Object.prototype, Promise.prototype].flatMap((proto) => Object.getOwnPropertyNames(proto));
    expect(names.filter((name) => !INHERITED_MEMBERS.has(name))).toEqual([]);
  });

  it('hold every member of BaseApi', () => {
    expect([...BASE_API_MEMBERS].sort()).toEqual(Object.getOwnPropertyNames(BaseApi.prototype).sort());
  });

  it('rename every listed method, and a renamed name that is taken gets a suffix', () => {
    for (const name of [...INHERITED_MEMBERS, ...BASE_API_MEMBERS]) expect(methodName(new NameScope(), name), name).not.toBe(name);
    const scope = new NameScope();
    expect(['_then', 'then'].map((id) => methodName(scope, id))).toEqual(['_then', '_then2']);
  });
});

describe('variants, error unions and enum arrays', () => {
  it('name a variant after its method, renamed methods included, and suffix it when an operation holds the name', () => {
    const scope = new NameScope();
    const methods = ['getPet', 'getPetRaw', 'then', 'send'].map((id) => methodName(scope, id));
    expect(methods).toEqual(['getPet', 'getPetRaw', '_then', '_send']);
    expect(methods.map((m) => variantName(scope, m, 'Raw'))).toEqual(['getPetRaw2', 'getPetRawRaw', '_thenRaw', '_sendRaw']);
    expect(variantName(scope, 'getPet', 'Stream')).toBe('getPetStream');
  });

  it('name the error union and its guard after the method, avoiding taken type names', () => {
    const scope = packageScope();
    scope.claim('GetPetError');
    expect(errorNames(scope, 'getPet')).toEqual({ errorType: 'GetPetOperationError', errorGuard: 'isGetPetOperationError' });
    expect(errorNames(scope, '_then')).toEqual({ errorType: 'ThenError', errorGuard: 'isThenError' });
    expect(errorNames(scope, '_1st')).toEqual({ errorType: '_1stError', errorGuard: 'is1stError' });
  });

  it('name the values array of an enum after its type', () => {
    const scope = packageScope();
    scope.claim('PetStatusValues');
    expect(enumValuesName(scope, 'PetStatus')).toBe('PetStatusValues2');
  });
});

describe('fieldName', () => {
  it.each([
    ['x-g4-tenant', 'xG4Tenant'],
    ['id', 'id'],
    ['default', 'default'],
    ['constructor', '_constructor'],
    ['hasOwnProperty', '_hasOwnProperty'],
    ['then', '_then'],
    ['send', 'send'],
    ['__proto__', 'proto'],
    ['1', '_1'],
  ])('%j → %s', (wire, expected) => {
    expect(fieldName(new NameScope(), wire)).toBe(expected);
  });

  it('suffixes wire names equal after casing, in declared order', () => {
    const scope = new NameScope();
    expect(['x-id', 'x_id', 'xId'].map((n) => fieldName(scope, n))).toEqual(['xId', 'xId2', 'xId3']);
  });
});

describe('NameScope', () => {
  it('claims the first free candidate, else suffixes the last', () => {
    const scope = new NameScope(['A']);
    expect(scope.claim('A', 'B')).toBe('B');
    expect(scope.claim('A', 'B')).toBe('B2');
    expect(scope.claim('B2')).toBe('B22');
  });

  it('ignores case only when asked', () => {
    expect(new NameScope(['foo']).claim('Foo')).toBe('Foo');
    expect(new NameScope(['foo'], { ignoreCase: true }).claim('Foo')).toBe('Foo2');
  });
});

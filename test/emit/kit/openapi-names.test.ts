import { describe, expect, it } from 'vitest';
import { camelize, operationIdCamel, sanitizeName, underscore } from '../../../src/emit/kit/openapi-names.js';

describe("openapi-generator 4.2.1's string helpers", () => {
  it.each([
    ['inline_response_200', 'InlineResponse200'],
    ['GPS_meters', 'GPSMeters'],
    ['Kite_tail_knot', 'KiteTailKnot'],
    ['one_of_flat_tipround_tip', 'OneOfFlatTiproundTip'],
    ['_dgmst_certificate', 'DgmstCertificate'],
    ['a/b', 'AB'],
    ['foo_', 'Foo'],
    ['bar__', 'Bar'],
    ['baz_1_', 'Baz1'],
  ])('camelize(%j) = %s', (word, want) => {
    expect(camelize(word)).toBe(want);
  });

  it('camelize lowers only the first letter when asked', () => {
    expect(camelize('UNKNOWN_BASE_TYPE', true)).toBe('uNKNOWNBASETYPE');
    expect(camelize('request_body', true)).toBe('requestBody');
  });

  it.each([
    ['HTTPGadget', 'http_gadget'],
    ['gizmo-part', 'gizmo_part'],
    ['DBConnection', 'db_connection'],
    ['ApiSession', 'api_session'],
  ])('underscore(%j) = %s', (word, want) => {
    expect(underscore(word)).toBe(want);
  });

  it.each([
    ['oneOf<FlatTip,round-tip>', 'oneOfFlatTipround_tip'],
    ['fields[]', 'fields'],
    ['a[b](c).d e-f', 'a_b_c_d_e_f'],
    ['$', 'value'],
  ])('sanitizeName(%j) = %s', (name, want) => {
    expect(sanitizeName(name)).toBe(want);
  });

  it('camel-cases operation ids on - _ : ; #', () => {
    expect(operationIdCamel('get_user-info:v2')).toBe('getUserInfoV2');
    expect(operationIdCamel('Return')).toBe('return');
  });
});

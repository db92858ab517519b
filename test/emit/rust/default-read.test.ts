import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/model/types.js';
import { readDefault } from '../../../src/emit/rust/default-read.js';

const COMMON = { nullable: false, readOnly: false, writeOnly: false, deprecated: false } as const;

function primitive(type: 'string' | 'integer' | 'number' | 'boolean', value: unknown, format?: string): Schema {
  return { ...COMMON, kind: 'primitive', type, format, default: { value } };
}

/** Cases beyond the quirk cases default-as-read and default-as-read-swagger2 (what 6.0.0 printed for them). */
describe('readDefault (OpenAPI 3.0)', () => {
  it.each([
    ['an int32 integer', primitive('integer', 2147483647), 2147483647],
    ['past int32', primitive('integer', 2147483648), undefined],
    ['the least int32', primitive('integer', -2147483648), -2147483648],
    ['a small fraction, plain to 10^-6', primitive('number', 0.0000015), '0.0000015'],
    ['a smaller fraction in E notation', primitive('number', 1.25e-9), '1.25E-9'],
    ['a negative small fraction', primitive('number', -0.0002), '-0.00020'],
    ['a date-time on the minute', primitive('string', '2020-01-01T10:20:00.000Z', 'date-time'), '2020-01-01T10:20Z'],
    ['a date-time with milliseconds', primitive('string', '2020-01-01T10:20:00.5-05:30', 'date-time'), '2020-01-01T10:20:00.500-05:30'],
    ['a date-time at +00:00', primitive('string', '2020-01-01T10:20:30+00:00', 'date-time'), '2020-01-01T10:20:30Z'],
    ['a date-time with a lower-case z', primitive('string', '2020-01-01t10:20:30z', 'date-time'), '2020-01-01T10:20:30Z'],
    ['no date-time: a space for T', primitive('string', '2020-01-01 10:20:30Z', 'date-time'), undefined],
    ['no date-time: February 30th', primitive('string', '2021-02-30T10:20:30Z', 'date-time'), undefined],
    ['a date that rolls over the year', primitive('string', '2019-12-32', 'date'), 'Wed Jan 01 00:00:00 UTC 2020'],
    ['no date: one-digit month', primitive('string', '2020-1-05', 'date'), undefined],
    ['a boolean written as a string', primitive('boolean', 'True'), true],
    ['a boolean written as a number', primitive('boolean', 1), undefined],
  ])('%s', (_, schema, printed) => {
    expect(readDefault(schema, 'openapi-3.0', 'property')?.value).toEqual(printed);
  });

  it('keeps none of a composition or a reference', () => {
    const ref: Schema = { ...COMMON, kind: 'ref', name: 'Level', default: { value: 1 } };
    const oneOf: Schema = { ...COMMON, kind: 'oneOf', members: [], default: { value: 1 } };
    expect(readDefault(ref, 'openapi-3.0', 'property')).toBeUndefined();
    expect(readDefault(oneOf, 'openapi-3.0', 'property')).toBeUndefined();
  });
});

describe('readDefault (Swagger 2.0)', () => {
  it('keeps a parameter default of another JSON type, re-reads its dates, drops a property date', () => {
    expect(readDefault(primitive('integer', '12345'), 'swagger-2.0', 'parameter')?.value).toBe('12345');
    expect(readDefault(primitive('string', '1985-04-12', 'date'), 'swagger-2.0', 'parameter')?.value).toBe('Fri Apr 12 00:00:00 UTC 1985');
    expect(readDefault(primitive('string', '1985-04-12', 'date'), 'swagger-2.0', 'property')).toBeUndefined();
    expect(readDefault(primitive('string', null), 'swagger-2.0', 'parameter')).toBeUndefined();
  });
});

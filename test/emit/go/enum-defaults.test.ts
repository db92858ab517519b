import { describe, expect, it } from 'vitest';
import { enumDefaultName } from '../../../src/emit/go/enum-defaults.js';
import type { Schema } from '../../../src/model/types.js';

const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false } as const;
const enumOf = (type: 'string' | 'integer' | 'number' | 'boolean', values: (string | number | boolean | null)[]): Schema => ({ ...common, kind: 'primitive', type, enum: values });

/** The rules of test/emit/go/cases/enum-defaults, one at a time (the case holds 4.2.1's output). */
describe('enumDefaultName', () => {
  it('names a string default by the field and the value in capitals', () => {
    expect(enumDefaultName('BufferCap', enumOf('string', ['ROUND', 'FLAT']), 'string', 'ROUND')).toBe('BUFFER_CAP_ROUND');
    expect(enumDefaultName('Type', enumOf('string', ['background_task.finished', 'other']), 'string', 'background_task.finished')).toBe('TYPE_BACKGROUND_TASK_FINISHED');
  });

  it('spells numbers out, and puts `_` before a name that starts with a digit', () => {
    expect(enumDefaultName('Minus', enumOf('integer', [1, -3]), 'int32', -3)).toBe('MINUS__MINUS_3');
    expect(enumDefaultName('Ratio', enumOf('number', [1.5, 2.5]), 'float32', 1.5)).toBe('RATIO__1_DOT_5');
    expect(enumDefaultName('Digit', enumOf('string', ['1st', 'x']), 'string', '1st')).toBe('DIGIT__1ST');
  });

  it('names a lone symbol and an empty value', () => {
    expect(enumDefaultName('Op', enumOf('string', ['>=', 'x']), 'string', '>=')).toBe('OP_GREATER_THAN_OR_EQUAL_TO');
    expect(enumDefaultName('Empty', enumOf('string', ['', 'x']), 'string', '')).toBe('EMPTY_EMPTY');
  });

  it('leaves out the prefix every string value shares, up to its last separator', () => {
    expect(enumDefaultName('Pre', enumOf('string', ['status_on', 'status_off']), 'string', 'status_off')).toBe('PRE_OFF');
    expect(enumDefaultName('Pre', enumOf('string', ['status-on', 'status-off']), 'string', 'status-on')).toBe('PRE_ON');
    // Not for numbers, nor for one value alone.
    expect(enumDefaultName('Big', enumOf('integer', [10, 11]), 'int64', 10)).toBe('BIG__10');
    expect(enumDefaultName('One', enumOf('string', ['status_on']), 'string', 'status_on')).toBe('ONE_STATUS_ON');
  });

  it('gives nothing for a default outside the enum or a schema without one', () => {
    expect(enumDefaultName('Missing', enumOf('string', ['a', 'b']), 'string', 'c')).toBeUndefined();
    expect(enumDefaultName('Plain', { ...common, kind: 'primitive', type: 'string' }, 'string', 'a')).toBeUndefined();
  });
});

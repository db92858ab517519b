import { describe, expect, test } from 'vitest';
import { jsonWithoutExtensions, withoutExtensions, withoutStrayRef } from '../../src/model/extensions.js';

describe('withoutExtensions', () => {
  test("drops a schema's extensions and closed mark at any depth, so schemas differing only there print the same", () => {
    const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
    const a = { ...common, kind: 'object', closed: true, extensions: { 'x-a': 1 }, properties: [{ name: 'p', schema: { ...common, kind: 'primitive', extensions: { 'x-b': 2 } } }] };
    const b = { ...common, kind: 'object', properties: [{ name: 'p', schema: { ...common, kind: 'primitive' } }] };
    expect(JSON.stringify(a, withoutExtensions)).toBe(JSON.stringify(b));
  });

  test('keeps an `extensions` key that is part of an example value, not of a schema', () => {
    const example = { value: { extensions: ['gz'] } };
    expect(JSON.parse(JSON.stringify(example, withoutExtensions))).toEqual(example);
  });
});

describe('withoutStrayRef', () => {
  test('drops only where a schema was written (strayRef), at any depth; withoutExtensions drops it too', () => {
    const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
    const written = { ...common, kind: 'array', extensions: { 'x-a': 1 }, items: { ...common, kind: 'object', strayRef: '#/paths/~1a', properties: [] } };
    const inline = { ...common, kind: 'array', extensions: { 'x-a': 1 }, items: { ...common, kind: 'object', properties: [] } };
    expect(JSON.stringify(written, withoutStrayRef)).toBe(JSON.stringify(inline));
    expect(JSON.stringify(written, withoutExtensions)).toBe(JSON.stringify(inline, withoutExtensions));
    expect(JSON.stringify(written)).not.toBe(JSON.stringify(inline));
  });
});

describe('jsonWithoutExtensions', () => {
  // Each key withoutExtensions may leave out, on a schema, a property and an example, and none.
  const common = { nullable: false, readOnly: false, writeOnly: false, deprecated: false };
  const keys = ['extensions', 'closed', 'strayRef', 'innerRef', 'typeObject', 'typeFromEnum', 'typeOmitted', 'emptyProperties', 'nullableByExtension', 'valuesBeside', 'formExample'];
  const values: unknown[] = [
    { ...common, kind: 'object', properties: [{ name: 'p', required: false, schema: { ...common, kind: 'primitive', type: 'string' } }] },
    ...keys.flatMap((key) => [
      { ...common, kind: 'primitive', type: 'string', [key]: true },
      { ...common, kind: 'object', properties: [{ name: 'p', required: false, [key]: { value: 1 }, schema: { ...common, kind: 'any', [key]: 'x' } }] },
      { ...common, kind: 'any', example: { value: { [key]: ['kept'] } }, description: `"${key}": in prose` },
      { [key]: 1, kind: undefined, nullable: false, readOnly: false },
    ]),
    undefined,
    'text',
  ];

  test.each(values.map((v) => [JSON.stringify(v) ?? 'undefined', v]))('%s: the text JSON.stringify with withoutExtensions gives', (_, value) => {
    expect(jsonWithoutExtensions(value)).toBe(JSON.stringify(value, withoutExtensions));
  });
});

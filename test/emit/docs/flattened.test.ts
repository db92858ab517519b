import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlattenedProperties } from '../../../src/emit/docs/flattened.js';
import { emptyCommon } from '../../../src/model/schema.js';
import type { Property, Schema } from '../../../src/model/types.js';

const ref = (name: string): Schema => ({ ...emptyCommon(), kind: 'ref', name });
/** Property names are JSON keys: unique within one object. */
const object = (...names: string[]): Schema => ({
  ...emptyCommon(),
  kind: 'object',
  properties: names.map((name) => ({ name, required: false, schema: { ...emptyCommon(), kind: 'primitive', type: 'string' } })),
});
const allOf = (...members: Schema[]): Schema => ({ ...emptyCommon(), kind: 'allOf', members });

function flattened(schemas: Record<string, Schema>): FlattenedProperties {
  return new FlattenedProperties(Object.keys(schemas), (name) => schemas[name]);
}

const names = (properties: readonly Property[]) => properties.map((p) => p.name);

/**
 * The walk the Go and Python docs made before, kept as the specification: every path afresh, a
 * name skipped only when it is on the path already, the first of each property name kept.
 */
function pathWalk(schema: Schema, schemas: Record<string, Schema>, seen: ReadonlySet<string>): Property[] {
  switch (schema.kind) {
    case 'object':
      return [...schema.properties];
    case 'ref': {
      const target = schemas[schema.name];
      return target && !seen.has(schema.name) ? pathWalk(target, schemas, new Set([...seen, schema.name])) : [];
    }
    case 'allOf': {
      const all = schema.members.flatMap((m) => pathWalk(m, schemas, seen));
      return all.filter((p, i) => all.findIndex((q) => q.name === p.name) === i);
    }
    default:
      return [];
  }
}

describe('the properties of a composition', () => {
  it('gathers allOf members in order, references followed, the first of each name kept', () => {
    const flat = flattened({
      Base: object('id', 'name'),
      Named: allOf(ref('Base'), object('name', 'label')),
      Alias: ref('Named'),
      Thing: allOf(ref('Alias'), object('extra', 'id')),
      Choice: { ...emptyCommon(), kind: 'oneOf', members: [ref('Base')] },
    });
    expect(names(flat.ofNamed('Thing'))).toEqual(['id', 'name', 'label', 'extra']);
    expect(names(flat.ofNamed('Alias'))).toEqual(['id', 'name', 'label']);
    expect(names(flat.ofNamed('Choice'))).toEqual([]);
    expect(names(flat.ofNamed('Missing'))).toEqual([]);
  });

  it('lists properties written beside allOf first on its own page only, when asked (openapi-generator 6.0)', () => {
    const beside = (members: Schema[], ...own: string[]): Schema => {
      const props = object(...own);
      return { ...emptyCommon(), kind: 'allOf', members, properties: props.kind === 'object' ? props.properties : [] };
    };
    const schemas: Record<string, Schema> = {
      Base: object('id', 'name'),
      A: beside([ref('Base')], 'a1', 'id'),
      B: beside([ref('A'), beside([ref('Base')], 'c1')], 'b1'),
    };
    const six = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], false, ['allOf'], true);
    expect(names(six.ofNamed('A'))).toEqual(['a1', 'id', 'name']);
    // A's and the inline member's beside properties are not B's.
    expect(names(six.ofNamed('B'))).toEqual(['b1', 'id', 'name']);
    expect(names(six.ofSchema(beside([ref('Base')], 'x')))).toEqual(['x', 'id', 'name']);
    // Without the option they are nobody's (Go and Python docs).
    expect(names(flattened(schemas).ofNamed('A'))).toEqual(['id', 'name']);
  });

  it('with requiredFromAny, a name is required when any definition or a walked composition\'s own list requires it (openapi-generator 6.0)', () => {
    const field = (name: string, required: boolean, type: 'string' | 'integer'): Property => ({ name, required, schema: { ...emptyCommon(), kind: 'primitive', type } });
    const obj = (...properties: Property[]): Schema => ({ ...emptyCommon(), kind: 'object', properties });
    const schemas: Record<string, Schema> = {
      Cat: obj(field('kind', true, 'string'), field('name', true, 'string')),
      Dog: obj(field('kind', false, 'string'), field('name', false, 'integer'), field('bark', false, 'string')),
      Pet: { ...emptyCommon(), kind: 'oneOf', members: [ref('Cat'), ref('Dog')] },
      Listed: { ...emptyCommon(), kind: 'allOf', members: [ref('Dog')], required: ['bark'] },
      Outer: allOf(ref('Listed')),
    };
    const six = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true, ['allOf', 'oneOf', 'anyOf'], true, true);
    const shown = (name: string) => six.ofNamed(name).map((p) => `${p.name}:${p.schema.kind === 'primitive' ? p.schema.type : '?'}:${p.required}`);
    // Dog's later definitions win, at Cat's places; Cat's requiring them holds.
    expect(shown('Pet')).toEqual(['kind:string:true', 'name:integer:true', 'bark:string:false']);
    expect(shown('Listed')).toEqual(['kind:string:false', 'name:integer:false', 'bark:string:true']);
    expect(shown('Outer')).toEqual(['kind:string:false', 'name:integer:false', 'bark:string:true']);
    // Without the option the kept definition says (Python docs).
    const plain = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true, ['allOf', 'oneOf', 'anyOf']);
    expect(plain.ofNamed('Pet').map((p) => p.required)).toEqual([false, false, false]);
  });

  it('with requiredFromAny, a member requires another member\'s properties by its requiredOthers, inline or named (sendgrid, nexmo)', () => {
    const field = (name: string): Property => ({ name, required: false, schema: { ...emptyCommon(), kind: 'primitive', type: 'string' } });
    const schemas: Record<string, Schema> = {
      Id: { ...emptyCommon(), kind: 'object', properties: [field('nickname'), field('city')] },
      Extra: { ...emptyCommon(), kind: 'object', properties: [field('from')], requiredOthers: ['city'] },
      Inline: allOf(ref('Id'), { ...emptyCommon(), kind: 'any', object: false, requiredOthers: ['nickname'] }),
      Named: allOf(ref('Id'), ref('Extra')),
    };
    const six = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true, ['allOf', 'oneOf', 'anyOf'], true, true);
    const required = (name: string) => six.ofNamed(name).filter((p) => p.required).map((p) => p.name);
    expect(required('Inline')).toEqual(['nickname']);
    expect(required('Named')).toEqual(['city']);
    expect(required('Id')).toEqual([]);
    const plain = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true, ['allOf', 'oneOf', 'anyOf']);
    expect(plain.ofNamed('Named').filter((p) => p.required)).toEqual([]);
  });

  it('with requiredFromAny, a name any member requires stays required, whichever definition is kept (openapi-generator 4.2.1)', () => {
    const requiring = (required: string, ...names: string[]): Schema => {
      const o = object(...names);
      return o.kind === 'object' ? { ...o, properties: o.properties.map((p) => ({ ...p, required: p.name === required })) } : o;
    };
    const schemas: Record<string, Schema> = {
      Text: requiring('text', 'attachments', 'text'),
      Attachments: requiring('attachments', 'attachments', 'text'),
      Merged: allOf(ref('Text'), ref('Attachments')),
      Choice: { ...emptyCommon(), kind: 'oneOf', members: [ref('Text'), ref('Attachments')] },
    };
    const required = (properties: readonly Property[]) => properties.filter((p) => p.required).map((p) => p.name);
    const union = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true, ['allOf', 'oneOf'], false, true);
    expect(required(union.ofNamed('Merged'))).toEqual(['attachments', 'text']);
    expect(required(union.ofNamed('Choice'))).toEqual(['attachments', 'text']);
    const firstWins = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], false, ['allOf'], false, true);
    expect(required(firstWins.ofNamed('Merged'))).toEqual(['attachments', 'text']);
    // Without it each name is required as the definition kept says.
    const laterWins = new FlattenedProperties(Object.keys(schemas), (name) => schemas[name], true);
    expect(required(laterWins.ofNamed('Merged'))).toEqual(['attachments']);
  });

  it('40 levels that each name the next twice: the leaf once, each level flattened once', () => {
    const schemas: Record<string, Schema> = { S40: object('leaf') };
    for (let i = 39; i >= 0; i--) schemas[`S${i}`] = allOf(ref(`S${i + 1}`), ref(`S${i + 1}`), object(`own${i}`));
    let lookups = 0;
    const flat = new FlattenedProperties(Object.keys(schemas), (name) => {
      lookups++;
      return schemas[name];
    });
    expect(names(flat.ofNamed('S0'))).toEqual(['leaf', ...Array.from({ length: 40 }, (_, i) => `own${39 - i}`)]);
    // Once to find what each extends and once to flatten it; a fresh walk per path would take 2^40.
    expect(lookups).toBe(2 * 41);
  });

  it('a chain of 20,000 models, each extending the next twice, without exhausting the stack', () => {
    const n = 20_000;
    const schemas: Record<string, Schema> = { [`S${n}`]: object('leaf') };
    for (let i = 0; i < n; i++) schemas[`S${i}`] = allOf(ref(`S${i + 1}`), ref(`S${i + 1}`));
    const flat = flattened(schemas);
    expect(names(flat.ofNamed('S0'))).toEqual(['leaf']);
    expect(names(flat.ofSchema(allOf(ref('S0'), object('own'))))).toEqual(['leaf', 'own']);
  });

  it('is the same as walking every path afresh, loops included', () => {
    const nameOf = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    const leaf = fc.oneof(nameOf.map(ref), fc.uniqueArray(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 3 }).map((ps) => object(...ps)));
    const schema = fc.oneof(leaf, fc.array(fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }).map((ms) => allOf(...ms))), { maxLength: 4 }).map((ms) => allOf(...ms)));
    const graphs = fc.record({ A: schema, B: schema, C: schema, D: schema, E: schema }, { requiredKeys: [] });
    fc.assert(
      fc.property(graphs, (schemas) => {
        const flat = flattened(schemas);
        for (const [name, schema] of Object.entries(schemas)) {
          // Go and Rust pages start with the model itself in progress; Python's with nothing.
          expect(names(flat.ofNamed(name))).toEqual(names(pathWalk(schema, schemas, new Set([name]))));
          expect(names(flat.ofSchema(schema))).toEqual(names(pathWalk(schema, schemas, new Set())));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

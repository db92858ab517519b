/**
 * openapi-generator 6.0's older flattening, which it still uses for the inline members of a named
 * allOf (flattenComposedChildren → modelFromProperty → flattenProperties), where the rest of the
 * spec goes through gatherInlineModels (inline-models-gather.ts). It differs from that walk:
 *
 * - only a `type: object` with properties (and no additionalProperties but `false`) is hoisted, as
 *   a property, as array items or as map values; an untyped object, a oneOf or anyOf stays inline;
 * - array items and map values are named `<path>_<prop>`, without `_inner` / `_value`, and the
 *   properties of those items are named after `<path>` itself, not after the items;
 * - each model is rebuilt (modelFromProperty), dropping additionalProperties and default and
 *   turning the example into its text, and it is that rebuilt model which is compared for reuse:
 *   `{additionalProperties: false, ...}` elsewhere is not the same schema.
 *
 * Checked with 6.0.0's jar (test/emit/rust/quirks/allof-member-flattened).
 */
import type { Property, Schema } from '../../model/types.js';

type ObjectSchema = Extract<Schema, { kind: 'object' }>;

/** What the flattening needs of the gathering resolver: names, and the shared map of hoisted models. */
export interface Hoister {
  readonly swagger2: boolean;
  resolveName(title: string | undefined, wanted: string): string;
  hoist(name: string, schema: Schema, pointer: string, compared?: Schema): Schema;
}

/** The Java parser's ObjectSchema with properties: `type: object`, no map values, no allOf around it. */
function plainObject(schema: Schema | true | undefined, swagger2: boolean): ObjectSchema | undefined {
  if (schema === undefined || schema === true || schema.kind !== 'object' || schema.allOfWrapper !== undefined) return undefined;
  return (swagger2 || schema.typed !== false) && schema.additionalProperties === undefined && schema.properties.length > 0 ? schema : undefined;
}

/** modelFromProperty: the object rebuilt without additionalProperties (false included) and default, its properties flattened under `path`. */
export function modelFromProperty(g: Hoister, object: ObjectSchema, path: string, pointer: string): { model: ObjectSchema; compared: ObjectSchema } {
  const model: ObjectSchema = { ...object, additionalProperties: undefined, closed: undefined, default: undefined, properties: flattenProperties(g, object.properties, path, pointer) };
  const value = object.example?.value;
  // The rebuilt model's example is `example.toString()`: `5` becomes "5"; an object's text (Java's
  // `{n=x}`) is marked so that it never equals a JSON object nor a string written in the spec.
  const text = value !== null && typeof value === 'object' ? `\u0000${JSON.stringify(value)}` : String(value);
  const example = object.example === undefined || typeof value === 'string' ? object.example : { value: text };
  return { model, compared: { ...model, example } };
}

/** One object hoisted under `<path>_<prop>` (or its title), its remaining properties flattened under that name. */
function place(g: Hoister, object: ObjectSchema, wanted: string, pointer: string): Schema {
  const name = g.resolveName(object.title, wanted);
  const { model, compared } = modelFromProperty(g, object, name, pointer);
  return g.hoist(name, model, pointer, compared);
}

export function flattenProperties(g: Hoister, properties: readonly Property[], path: string, pointer: string): Property[] {
  return properties.map((p) => {
    const s = p.schema;
    const wanted = `${path}_${p.name}`;
    const object = plainObject(s, g.swagger2);
    if (object) return { ...p, schema: place(g, object, wanted, pointer) };
    // Items and values: their own properties are flattened under the parent's path first.
    const nested = (o: ObjectSchema): Schema => place(g, { ...o, properties: flattenProperties(g, o.properties, path, pointer) }, wanted, pointer);
    const items = s.kind === 'array' ? plainObject(s.items, g.swagger2) : undefined;
    if (s.kind === 'array' && items) return { ...p, schema: { ...s, items: nested(items) } };
    const values = s.kind === 'map' ? plainObject(s.values, g.swagger2) : undefined;
    if (s.kind === 'map' && values) return { ...p, schema: { ...s, values: nested(values) } };
    const beside = s.kind === 'object' && typeof s.additionalProperties === 'object' ? plainObject(s.additionalProperties, g.swagger2) : undefined;
    if (s.kind === 'object' && beside) return { ...p, schema: { ...s, additionalProperties: nested(beside) } };
    return p;
  });
}

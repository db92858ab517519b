/**
 * The graph-shaped hostile specs of test/hostile/graph.test.ts, shared with the benchmark
 * (bench/sections/hostile-inputs.ts): small documents whose references would expand enormously
 * if a stage followed them.
 */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** An OpenAPI document whose one operation returns S0, with these schemas. */
export function spec(schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { operationId: 'getA', responses: { 200: { description: 'ok', content: { 'application/json': { schema: ref('S0') } } } } } } },
    components: { schemas },
    ...extra,
  };
}

/** `levels` schemas, each naming the next twice under `kind`, above one small object. */
export function composed(levels: number, kind: 'allOf' | 'oneOf' | 'anyOf' | 'properties'): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) {
    const next = ref(`S${i + 1}`);
    schemas[`S${i}`] = kind === 'properties' ? { type: 'object', properties: { a: next, b: next } } : { [kind]: [next, next] };
  }
  schemas[`S${levels}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  return spec(schemas);
}

/** `levels` unnamed schemas in an extension, each naming the next twice under allOf. */
function extensionComposition(levels: number): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) defs[`D${i}`] = { allOf: [{ $ref: `#/x-defs/D${i + 1}` }, { $ref: `#/x-defs/D${i + 1}` }] };
  defs[`D${levels}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  return defs;
}

/** The composition in an extension rather than under components, named by S0: references the model inlines. */
export function composedUnnamed(levels: number): Record<string, unknown> {
  return spec({ S0: { $ref: '#/x-defs/D0' } }, { 'x-defs': extensionComposition(levels) });
}

/** The composition in an extension that nothing names: no stage follows it, the measure counts it all the same. */
export function composedUnused(levels: number): Record<string, unknown> {
  return spec({ S0: { type: 'object', properties: { leaf: { type: 'string' } } } }, { 'x-defs': extensionComposition(levels) });
}

/**
 * Swagger 2.0: `levels` definitions of type object with a required property, each an allOf of
 * the next twice. swagger-parser's rule that required properties exist walks allOf members through
 * every reference, named or not: 2^levels steps.
 */
export function swaggerComposed(levels: number): Record<string, unknown> {
  const next = (i: number) => ({ $ref: `#/definitions/S${i + 1}` });
  const definitions: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) definitions[`S${i}`] = { type: 'object', required: ['leaf'], allOf: [next(i), next(i)] };
  definitions[`S${levels}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  return {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { operationId: 'getA', produces: ['application/json'], responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/S0' } } } } } },
    definitions,
  };
}

/** `count` schemas, each an object whose one property is the next. */
export function nested(count: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) schemas[`S${i}`] = { type: 'object', properties: { next: ref(`S${i + 1}`) } };
  schemas[`S${count}`] = { type: 'string' };
  return spec(schemas);
}

/**
 * `count` unnamed schemas in an extension, each an object whose one property is the next (or an
 * array whose items are), named by S0: the model inlines them.
 */
export function nestedUnnamed(count: number, via: 'property' | 'items' = 'property'): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const next = { $ref: `#/x-defs/D${i + 1}` };
    defs[`D${i}`] = via === 'property' ? { type: 'object', properties: { next } } : { type: 'array', items: next };
  }
  defs[`D${count}`] = { type: 'string' };
  return spec({ S0: { $ref: '#/x-defs/D0' } }, { 'x-defs': defs });
}

/** `count` schemas, each only a `$ref` to the next, ending in an object. */
export function aliases(count: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) schemas[`S${i}`] = ref(`S${i + 1}`);
  schemas[`S${count}`] = { type: 'object', properties: { leaf: { type: 'string' } } };
  return spec(schemas);
}


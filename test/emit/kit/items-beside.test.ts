import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../src/model/build.js';
import { withItemsBesideAsArrays } from '../../../src/emit/kit/items-beside.js';

/** A spec whose `Config.cmd` writes items beside a oneOf, and whose `filters` parameter items beside `type: string`. */
function spec(version: 'openapi' | 'swagger'): Record<string, unknown> {
  const cmd = { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }], items: { type: 'string' }, description: 'A command' };
  const filters = { name: 'filters', in: 'query', ...(version === 'openapi' ? { schema: { type: 'string', items: { type: 'string' } } } : { type: 'string', items: { type: 'string' } }) };
  const response = version === 'openapi' ? { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Config' } } } } : { description: 'ok', schema: { $ref: '#/definitions/Config' } };
  const paths = { '/entries': { get: { operationId: 'getEntries', parameters: [filters], responses: { '200': response } } } };
  const config = { type: 'object', properties: { cmd } };
  return version === 'openapi'
    ? { openapi: '3.0.0', info: { title: 't', version: '1' }, paths, components: { schemas: { Config: config } } }
    : { swagger: '2.0', info: { title: 't', version: '1' }, paths, definitions: { Config: config } };
}

/** As openapi-generator (6.0, 4.2.1) reads them (referenceDocs), and as the wire has them (the Rust crate). */
const AS_6_0 = { asGenerator: true };
const WIRE = { asGenerator: false };

/** The details of test/emit/rust/deviations/items-beside-type, whose expected files 6.0.0's jar wrote. */
describe('withItemsBesideAsArrays', () => {
  it('reads items beside a composition or a primitive type as an array of them, keeping the description', () => {
    const api = withItemsBesideAsArrays(buildApi(spec('openapi'), 'openapi-3.0'), AS_6_0);
    const config = api.schemas.find((s) => s.name === 'Config')?.schema;
    expect(config).toMatchObject({ kind: 'object', properties: [{ name: 'cmd', schema: { kind: 'array', description: 'A command', items: { kind: 'primitive', type: 'string' } } }] });
    expect(api.operations[0]?.parameters[0]?.schema).toMatchObject({ kind: 'array', items: { kind: 'primitive', type: 'string' } });
  });

  it('for the crate, keeps a primitive and a composition that allows no array as written, and reads one that allows an array', () => {
    const written = buildApi(spec('openapi'), 'openapi-3.0');
    const api = withItemsBesideAsArrays(written, WIRE);
    const config = api.schemas.find((s) => s.name === 'Config')?.schema;
    expect(config).toMatchObject({ kind: 'object', properties: [{ name: 'cmd', schema: { kind: 'array', items: { kind: 'primitive', type: 'string' } } }] });
    expect(api.operations[0]?.parameters[0]?.schema).toMatchObject({ kind: 'primitive', type: 'string' });
    const union = { anyOf: [{ $ref: '#/components/schemas/Part' }, { type: 'string' }], items: { $ref: '#/components/schemas/Part' } };
    const part = { type: 'object', properties: { id: { type: 'integer' } } };
    const closed = buildApi({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Part: part, Parts: union } } }, 'openapi-3.0');
    expect(withItemsBesideAsArrays(closed, WIRE)).toBe(closed);
    expect(withItemsBesideAsArrays(closed, AS_6_0).schemas.find((s) => s.name === 'Parts')?.schema).toMatchObject({ kind: 'array' });
  });

  it('leaves an API that writes no such items as it is, and a Swagger 2.0 one too (its converter was not checked)', () => {
    const plain = buildApi({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {} }, 'openapi-3.0');
    expect(withItemsBesideAsArrays(plain, AS_6_0)).toBe(plain);
    const swagger = buildApi(spec('swagger'), 'swagger-2.0');
    expect(withItemsBesideAsArrays(swagger, AS_6_0)).toBe(swagger);
  });
});

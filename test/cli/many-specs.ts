/** Small specs and configs for the tests of generating many specs at once (spec-pool, select). */
import { configText } from './project.js';

/** A valid OpenAPI 3 spec with `operations` operations, its names numbered from `tag`. */
export function smallSpec(tag: string, operations = 2, version = '1.0.0'): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    paths[`/${tag}/items${i}`] = {
      get: {
        operationId: `get${tag}${i}`,
        tags: [tag],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    };
  }
  const spec = {
    openapi: '3.0.3',
    info: { title: `API ${tag}`, version },
    paths,
    components: { schemas: { Thing: { type: 'object', properties: { name: { type: 'string' } } } } },
  };
  return JSON.stringify(spec);
}

/** A spec the loader refuses: its only response refers to a schema that does not exist. */
export function brokenSpec(tag: string): string {
  return smallSpec(tag).replace('#/components/schemas/Thing', '#/components/schemas/Missing');
}

/** Files of a project with specs a…(n) and a config generating each for go and python into `gen`. */
export function manySpecsProject(names: readonly string[], specs: (name: string) => string = (name) => smallSpec(name)): Record<string, string> {
  const files: Record<string, string> = {};
  const configured: Record<string, [string, Record<string, string>]> = {};
  for (const name of names) {
    files[`specs/${name}.json`] = specs(name);
    configured[name] = [`specs/${name}.json`, { go: 'api', python: 'api' }];
  }
  files['sdkgen.config.yaml'] = configText('gen', configured);
  return files;
}

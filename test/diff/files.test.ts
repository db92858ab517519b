import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compareApis } from '../../src/diff/compare.js';
import { loadApi } from '../../src/load/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-diff-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = (name: string) => new URL(`../../specs/${name}.yaml`, import.meta.url).pathname;

describe('the same API in other files gives no finding', () => {
  it.each(['looker-3.0', 'looker-4.0', 'g4-sessions'])('%s as JSON instead of YAML', async (name) => {
    const json = join(dir, `${name}.json`);
    writeFileSync(json, JSON.stringify(parse(readFileSync(spec(name), 'utf8')), null, 1));
    expect(compareApis(await loadApi(spec(name)), await loadApi(json))).toEqual([]);
  });

  it('g4-sessions split into a root file and one file per schema', async () => {
    const doc = parse(readFileSync(spec('g4-sessions'), 'utf8'));
    const schemas = doc.components.schemas as Record<string, unknown>;
    // Every reference to a schema now names its file; the schemas section is gone from the root.
    const text = stringify(doc).replace(/#\/components\/schemas\/(\w+)/g, 'schemas/$1.yaml');
    const root = parse(text);
    delete root.components.schemas;
    const folder = join(dir, 'split');
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'schemas'), { recursive: true });
    writeFileSync(join(folder, 'api.yaml'), stringify(root));
    for (const [name, schema] of Object.entries(schemas)) {
      writeFileSync(join(folder, 'schemas', `${name}.yaml`), stringify(schema).replace(/#\/components\/schemas\/(\w+)/g, '$1.yaml'));
    }
    expect(readFileSync(join(folder, 'api.yaml'), 'utf8')).toContain('schemas/CreateSessionRequest.yaml');
    expect(compareApis(await loadApi(spec('g4-sessions')), await loadApi(join(folder, 'api.yaml')))).toEqual([]);
  });
});

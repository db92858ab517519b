import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WarningPrinter } from '../../src/cli/warnings.js';
import type { SpecWarning } from '../../src/load/warnings.js';
import { resolvePointer } from '../../src/model/pointer.js';
import { tempProject } from './project.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

const warning = (pointer: string, kind = 'unknown-type'): SpecWarning => ({ file: 'a.yaml', pointer, kind, problem: 'type "any" is not a JSON Schema type', assumed: 'read as no constraint' });

describe('WarningPrinter', () => {
  it('prints each line once, five of a kind, then counts the rest', () => {
    const out: string[] = [];
    const printer = new WarningPrinter((text) => out.push(text), false);
    for (let i = 0; i < 9; i++) printer.add(warning(`/x/${i}`));
    printer.add(warning('/x/0'));
    printer.add(warning('/y', 'no-responses'));
    printer.flush();
    expect(out.join('')).toBe(
      [0, 1, 2, 3, 4].map((i) => `sdkgen: warning: a.yaml#/x/${i}: type "any" is not a JSON Schema type; read as no constraint\n`).join('') +
        'sdkgen: warning: a.yaml#/y: type "any" is not a JSON Schema type; read as no constraint\n' +
        'sdkgen: warning: and 4 more like this (a.yaml: read as no constraint)\n',
    );
  });

  it('prints nothing when quiet', () => {
    const out: string[] = [];
    const printer = new WarningPrinter((text) => out.push(text), true);
    for (let i = 0; i < 9; i++) printer.add(warning(`/x/${i}`));
    printer.flush();
    expect(out).toEqual([]);
  });
});

/** Seven schemas of `type: any` and an operation without responses. */
const SPEC = `openapi: 3.0.3
info: { title: Loose, version: 1.0.0 }
paths:
  /a:
    get:
      operationId: getA
components:
  schemas:
${[1, 2, 3, 4, 5, 6, 7].map((i) => `    S${i}: { type: any }\n`).join('')}`;

describe('sdkgen generate over a spec that breaks the OpenAPI schema in ways sdkgen understands', () => {
  it('generates, with capped warnings on stderr', async () => {
    const dir = await tempProject({ 'spec.yaml': SPEC });
    const run = sdkgen(['generate', 'spec.yaml', '--target', 'go', '--out', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'sdkgen: warning: spec.yaml#/paths/~1a/get: the operation has no "responses"; read as no documented response: it returns nothing\n' +
        [1, 2, 3, 4, 5].map((i) => `sdkgen: warning: spec.yaml#/components/schemas/S${i}/type: type "any" is not a JSON Schema type; read as no constraint\n`).join('') +
        'sdkgen: warning: and 2 more like this (spec.yaml: read as no constraint)\n',
    );
    expect(existsSync(join(dir, 'out/docs/DefaultApi.md'))).toBe(true);
  });

  it('--quiet prints no warnings', async () => {
    const dir = await tempProject({ 'spec.yaml': SPEC });
    const run = sdkgen(['generate', 'spec.yaml', '--target', 'go', '--out', 'out', '--quiet'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });

  it('--strict refuses it with one line, exit 1, writing nothing', async () => {
    const dir = await tempProject({ 'spec.yaml': SPEC });
    const run = sdkgen(['generate', 'spec.yaml', '--target', 'go', '--out', 'out', '--strict'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'sdkgen: spec.yaml#/paths/~1a/get: the operation has no "responses" (refused under --strict; without it, read as no documented response: it returns nothing)\n',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('strict: true in the config refuses it too', async () => {
    const config = 'output: gen\nstrict: true\nspecs:\n  loose:\n    spec: spec.yaml\n    targets:\n      go: { packageName: loose }\n';
    const dir = await tempProject({ 'spec.yaml': SPEC, 'sdkgen.config.yaml': config });
    const run = sdkgen(['generate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sdkgen: spec\.yaml#\/paths\/~1a\/get: the operation has no "responses" \(refused under --strict;/);
  });

  it("Looker's published 4.0 spec generates, each warning naming a place that exists in the file", async () => {
    const dir = await tempProject();
    const spec = join(ROOT, '../shared/specs/looker-4.0.oas.json');
    const run = sdkgen(['generate', spec, '--target', 'go', '--out', join(dir, 'out')], dir);
    expect(run.code).toBe(0);
    const document = JSON.parse(readFileSync(spec, 'utf8')) as unknown;
    // Past 200 operations progress shows too, as plain `sdkgen: 3/5 ...` lines off a terminal.
    const lines = run.stderr.trimEnd().split('\n').filter((line) => !/^sdkgen: \d+\/\d+ /.test(line));
    const places = lines.flatMap((line) => /^sdkgen: warning: [^#]*looker-4\.0\.oas\.json#(\/[^:]*): /.exec(line)?.[1] ?? []);
    expect(places.length).toBeGreaterThan(5);
    for (const place of places) expect(resolvePointer(document, place), place).not.toBeUndefined();
    expect(lines.filter((line) => !/^sdkgen: warning: [^#]*looker-4\.0\.oas\.json#\//.test(line))).toEqual([
      expect.stringMatching(/^sdkgen: warning: and \d+ more like this \([^)]*looker-4\.0\.oas\.json: read as "form" \(comma-separated\)\)$/),
      expect.stringMatching(/^sdkgen: warning: and \d+ more like this \([^)]*looker-4\.0\.oas\.json: read as no constraint\)$/),
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { configText, repoSpec, tempProject } from './project.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

const BASE = `${ROOT}test/fixtures/diff/pets-base.yaml`;
const REVISION = `${ROOT}test/fixtures/diff/pets-revision.yaml`;
const schema = JSON.parse(readFileSync(`${ROOT}schemas/diff-report.schema.json`, 'utf8'));

describe('sdkgen diff <base> <revision>', () => {
  it('prints "No API changes" and exits 0 for equal specs, in every format', () => {
    for (const format of ['markdown', 'text', 'github']) {
      const run = sdkgen(['diff', BASE, BASE, '--format', format, '--fail-on', 'warning']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('No API changes');
      expect(run.stderr).toBe('');
    }
    const json = JSON.parse(sdkgen(['diff', BASE, BASE, '--format', 'json']).stdout);
    expect(json).toMatchObject({ changes: [], bump: 'none' });
  });

  it('writes JSON that the published JSON Schema accepts', () => {
    const run = sdkgen(['diff', BASE, REVISION, '--format', 'json', '--current-version', '2.4.1']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.bump).toBe('major');
    expect(report.currentVersion).toBe('2.4.1');
    expect(report.nextVersion).toBe('3.0.0');
    expect(report.counts).toEqual({ breaking: 10, warning: 1, info: 2 });
    expect(report.changes).toContainEqual({
      id: 'request-maximum-tightened',
      level: 'breaking',
      operation: 'GET /pets',
      basePointer: '/paths/~1pets/get/parameters/0/schema',
      revisionPointer: '/paths/~1pets/get/parameters/1/schema',
      base: 100,
      revision: 50,
      message: 'Maximum of query parameter `limit` tightened from `100` to `50`',
      spec: REVISION,
    });
    expect(report.specs[0].specVersion).toMatchObject({ base: '1.2.0', revision: '1.3.0', needed: 'major', ok: false });
  });

  it('rejects output the schema forbids (the schema test can fail)', () => {
    const validate = new Ajv({ strict: true }).compile(schema);
    const report = JSON.parse(sdkgen(['diff', BASE, REVISION, '--format', 'json']).stdout);
    report.changes[0].level = 'fatal';
    expect(validate(report)).toBe(false);
  });

  it('--fail-on exits 1 when a finding at or above the level exists', () => {
    expect(sdkgen(['diff', BASE, REVISION, '--fail-on', 'breaking']).code).toBe(1);
    expect(sdkgen(['diff', BASE, REVISION, '--fail-on', 'warning']).code).toBe(1);
    expect(sdkgen(['diff', BASE, REVISION]).code).toBe(0);
  });

  it('--format text has one line per finding and no colour off a terminal; github writes annotations', () => {
    const text = sdkgen(['diff', BASE, REVISION, '--format', 'text']).stdout;
    expect(text).not.toContain('\u001b[');
    expect(text).toMatch(/^breaking request-maximum-tightened {2}GET \/pets: Maximum of query parameter `limit` tightened/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('10 breaking, 1 warning, 2 other changes; implies a major version bump');
    const github = sdkgen(['diff', BASE, REVISION, '--format', 'github']).stdout;
    expect(github).toContain('::error file=');
    expect(github).toMatch(/^::warning file=[^,]+,title=operation-removed-after-deprecation \(DELETE \/pets\/\{petId}\)::DELETE \/pets\/\{petId} was removed/m);
    expect(github).toMatch(/^::notice /m);
  });

  it('compares a spec that breaks the OpenAPI schema, with a warning on stderr', async () => {
    const bent = readFileSync(BASE, 'utf8').replace('title: Pets', 'title: Pets\n  x-ok: 1\n  bogus: true');
    const dir = await tempProject({ 'a.yaml': readFileSync(BASE, 'utf8'), 'b.yaml': bent });
    const run = sdkgen(['diff', 'a.yaml', 'b.yaml', '--format', 'text'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No API changes');
    expect(run.stderr).toMatch(/^sdkgen: warning: b\.yaml#\/info\/bogus: does not match the OpenAPI schema: unexpected property "bogus" \(compared anyway\)\n$/);
  });

  it('refuses what generate refuses: a $ref outside the spec folder is an error, not a warning', async () => {
    const dir = await tempProject({
      'a.yaml': readFileSync(BASE, 'utf8'),
      'specs/b.yaml': readFileSync(BASE, 'utf8').replace("items: { $ref: '#/components/schemas/Pet' }", "items: { $ref: '../outside.yaml' }"),
      'outside.yaml': 'type: string\n',
    });
    const run = sdkgen(['diff', 'a.yaml', 'specs/b.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sdkgen: specs\/b\.yaml#.*outside/);
  });

  it('needs two specs without --base', () => {
    const run = sdkgen(['diff', BASE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('diff needs <base-spec> <revision-spec>');
  });

  it('applies the config: levels per check id and ignores with their reasons', async () => {
    const config = [
      configText('gen', { pets: [REVISION, { go: 'pets' }] }).replace('{ packageName: pets }', '{ packageName: pets, packageVersion: "0.4.2" }'),
      'diff:',
      '  levels: { response-became-nullable: warning }',
      '  ignore:',
      "    - { id: parameter-renamed, operation: 'GET /pets/{id}', reason: 'path names are not on the wire' }",
    ].join('\n');
    const dir = await tempProject({ 'sdkgen.config.yaml': config });
    const run = sdkgen(['diff', BASE, REVISION, '--format', 'json', '--no-docs'], dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.changes.filter((c: { id: string }) => c.id === 'response-became-nullable').map((c: { level: string }) => c.level)).toEqual(['warning', 'warning', 'warning']);
    expect(report.changes.some((c: { id: string }) => c.id === 'parameter-renamed')).toBe(false);
    expect(report.specs[0].ignored).toEqual([
      expect.objectContaining({ id: 'parameter-renamed', operation: 'GET /pets/{id}', reason: 'path names are not on the wire' }),
    ]);
    // 0.x: a breaking change bumps the minor version.
    expect(report).toMatchObject({ bump: 'major', currentVersion: '0.4.2', nextVersion: '0.5.0' });
    const markdown = sdkgen(['diff', BASE, REVISION, '--no-docs'], dir).stdout;
    expect(markdown).toContain('#### Ignored (1)');
    expect(markdown).toContain('path names are not on the wire');
  });

  it('refuses an ignore without a reason and an unknown check id', async () => {
    const base = configText('gen', { g4: [repoSpec('g4-sessions'), { go: 'g4api' }] });
    const noReason = await tempProject({ 'sdkgen.config.yaml': `${base}diff:\n  ignore:\n    - { id: parameter-removed }\n` });
    expect(sdkgen(['diff', BASE, REVISION], noReason).stderr).toBe("sdkgen: sdkgen.config.yaml#/diff/ignore/0: needs a 'reason': the report prints why a finding is ignored\n");
    const unknown = await tempProject({ 'sdkgen.config.yaml': `${base}diff:\n  levels: { no-such-check: info }\n` });
    const run = sdkgen(['diff', BASE, REVISION], unknown);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("#/diff/levels/no-such-check: unknown check id 'no-such-check'");
  });
});

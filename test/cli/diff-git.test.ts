import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from './project.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });

/** The pets spec split over three files: the root, a schema file, and a file it references in turn. */
function splitSpec(maximum: number): Record<string, string> {
  const root = readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8')
    .replace('schema: { type: integer, maximum: 100 }', `schema: { type: integer, maximum: ${maximum} }`)
    .replace(/\$ref: '#\/components\/schemas\/Pet'/g, "$ref: 'schemas/pet.yaml'");
  return {
    'specs/pets/api.yaml': root,
    'specs/pets/schemas/pet.yaml': "type: object\nrequired: [id]\nproperties:\n  id: { type: integer }\n  owner: { $ref: 'owner.yaml' }\n",
    'specs/pets/schemas/owner.yaml': 'type: object\nproperties:\n  name: { type: string }\n',
  };
}

const config = (specs: string[]) =>
  ['output: gen', 'specs:', ...specs.flatMap((s) => [`  ${s}:`, `    spec: specs/${s}/api.yaml`, '    targets:', `      go: { packageName: ${s}, packageVersion: "1.0.0" }`])].join('\n') + '\n';

describe('sdkgen diff --base <git-ref>', () => {
  it('compares every configured spec with the ref, multi-file specs included, without touching the work tree', async () => {
    const dir = await tempProject({ 'sdkgen.config.yaml': config(['pets', 'old']), ...splitSpec(100), 'specs/old/api.yaml': readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8') });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');

    // The revision: a tighter limit in the root file, a property gone from a referenced file,
    // the spec "old" deleted and a spec "new" added.
    for (const [path, text] of Object.entries(splitSpec(50))) await writeFile(join(dir, path), text);
    await writeFile(join(dir, 'specs/pets/schemas/owner.yaml'), 'type: object\nproperties: {}\n');
    await rm(join(dir, 'specs/old'), { recursive: true });
    await writeFile(join(dir, 'sdkgen.config.yaml'), config(['pets', 'old', 'new']));
    await mkdir(join(dir, 'specs/new'), { recursive: true });
    await writeFile(join(dir, 'specs/new/api.yaml'), readFileSync(`${ROOT}test/fixtures/diff/pets-base.yaml`, 'utf8'));
    const status = git(dir, 'status', '--porcelain');

    const run = sdkgen(['diff', '--base', 'main', '--format', 'json', '--no-docs'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.specs.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual(['pets:compared', 'old:removed', 'new:added']);
    const ids = report.changes.map((c: { id: string; operation: string }) => `${c.id} ${c.operation}`).sort();
    expect(ids).toContain('request-maximum-tightened GET /pets');
    expect(ids).toContain('response-property-removed GET /pets');
    // Pointers of a multi-file spec point into the bundled document: the referenced file's
    // content sits at its first use.
    expect(report.changes.find((c: { id: string }) => c.id === 'response-property-removed').basePointer).toMatch(/^\/paths\/.*\/properties\/owner\/properties\/name$/);
    expect(report.bump).toBe('major');
    // Nothing was checked out or written in the work tree.
    expect(git(dir, 'status', '--porcelain')).toBe(status);

    const one = sdkgen(['diff', '--base', 'HEAD', 'specs/pets/api.yaml', '--format', 'text', '--fail-on', 'breaking'], dir);
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(/^breaking request-maximum-tightened {2}GET \/pets:/m);
  });

  it('names the file at the ref in errors, and refuses a ref that is not a commit', async () => {
    const dir = await tempProject({ 'specs/a.yaml': 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "200": { $ref: "#/nope" } }\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    await writeFile(join(dir, 'specs/a.yaml'), 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n');
    const broken = sdkgen(['diff', '--base', 'main', 'specs/a.yaml'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^sdkgen: main:specs\/a\.yaml#\/paths\/~1a\/get\/responses\/200\/\$ref: /);
    const bad = sdkgen(['diff', '--base', 'no-such-branch', 'specs/a.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base no-such-branch is not a commit');
  });
});

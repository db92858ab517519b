/**
 * Case 3, files: schema and tag names become file names (docs/<Model>.md, src/apis/<Tag>Api.ts).
 * Names that would be a parent folder, an absolute or drive path, an encoded traversal, a Windows
 * device, a NUL byte or a case-only twin of another are Safe: every target writes only inside its
 * output folder, in names every OS accepts, case-only twins renamed by one rule in every target; the whole temporary root is listed before and after,
 * with the output nested deep so an escape of several levels would still land inside it. A name
 * too long for a file name is Rejected, naming its place. Links already in the output folder are
 * never followed.
 */
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathProblem } from '../../src/output/paths.js';
import { assertBuilt } from '../cli/run.js';
import { brokenLinks, outline } from '../support/markdown-links.js';
import { buildPackage, cli, everyTargetConfig, expectRejected, expectSafeOutput, filesUnder, listing, removeRoots, ROOT, TARGETS, tempRoot } from './support.js';

beforeAll(assertBuilt);
afterAll(removeRoots);

/** Names aimed at the file system. */
const FILE_NAMES = [
  '../x', '../../../../../../../escaped', '/abs/y', '/etc/passwd', 'C:\\x', 'c:x', '\\\\server\\share\\x', '..\\..\\x',
  '%2e%2e%2f', '%2e%2e/%2e%2e/x', 'x/../../y', '..', '.', '~', '$HOME', 'file:///etc/passwd',
  'NUL', 'CON', 'con.md', 'aux', 'Com1', 'LPT9', 'prn.txt', 'nul\u0000byte', 'a\u0000', '\u0000',
  'a:b', 'trailing.', 'trailing ', ' lead', 'new\nline', 'tab\there', 'café', 'cafe\u0301', 'é'.repeat(90),
];

/** Names that differ only in case or separators once sanitized. */
const CASE_TWINS = ['Aa', 'aA', 'AA', 'a_a', 'A-A', 'aa'];

function spec(schemaNames: readonly string[], tagNames: readonly string[]): string {
  const paths = Object.fromEntries(
    tagNames.map((tag, i) => [`/p${i}`, { get: { operationId: `op${i}`, tags: [tag], responses: { 200: { description: 'ok' } } } }]),
  );
  const schemas = Object.fromEntries(
    schemaNames.map((name, i) => [name, { type: 'object', properties: { [`p${i}`]: { type: 'string', enum: ['a', 'b'] } } }]),
  );
  return JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1.0.0' }, tags: tagNames.map((name) => ({ name })), paths, components: { schemas } });
}

/** Output six folders down, so a path escaping a few levels still lands in the listed root. */
const OUT = 'o/1/2/3/4/5/gen';

describe.concurrent('schema and tag names that would make unsafe file names', () => {
  it('are Safe: every target writes only inside its output folder, in portable names, and the TypeScript builds', async () => {
    const root = await tempRoot({
      'spec.json': spec([...FILE_NAMES, ...CASE_TWINS], FILE_NAMES),
      'sdkgen.config.yaml': everyTargetConfig('spec.json', OUT),
      // Files an escape would overwrite; the listing proves they stay as they are.
      'o/1/2/3/4/5/x': 'keep\n',
      'o/1/2/x': 'keep\n',
      'escaped': 'keep\n',
    });
    const before = await listing(root);
    const run = await cli(['generate'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = await expectSafeOutput(root, OUT, before);
    for (const target of TARGETS) {
      const written = [...(await filesUnder(join(root, OUT, 'h', target))).keys()];
      expect(written.length, target).toBeGreaterThan(0);
      expect(written.filter((path) => pathProblem(path) !== undefined), target).toEqual([]);
      // Names equal but for case would overwrite each other on macOS and Windows.
      const folded = written.map((path) => path.toLowerCase());
      expect(new Set(folded).size, target).toBe(folded.length);
    }
    expect(files.size).toBeGreaterThan(0);
    await buildPackage(join(root, OUT, 'h', 'typescript'));
  });

  // Tags name API classes, grouped by class name: `aA` and `Aa` make `AAApi` and `AaApi`.
  it.each(TARGETS)('%s: tags equal but for case are Safe: renamed, never refused', async (target) => {
    const root = await tempRoot({ 'spec.json': spec(['Thing'], CASE_TWINS), 'gen/old.md': 'old\n' });
    const run = await cli(['generate', 'spec.json', '--target', target, '--out', 'gen'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = [...(await filesUnder(join(root, 'gen'))).keys()];
    const docs = written.filter((path) => /^docs\/[^/]*Api\d*\.md$/i.test(path)).sort();
    // Aa, aA → AaApi; AA → AAApi; a_a, A-A, aa → AAApi or AaApi too: two classes, told apart.
    expect(docs.map((path) => path.toLowerCase())).toEqual(['docs/aaapi.md', 'docs/aaapi2.md']);
    const folded = written.map((path) => path.toLowerCase());
    expect(new Set(folded).size).toBe(folded.length);
    expect(written.filter((path) => pathProblem(path) !== undefined)).toEqual([]);
  });

  it.each([
    ['a schema name', spec(['a'.repeat(300)], []), `/components/schemas/${'a'.repeat(300)}`],
    ['a schema name of 300 bytes in 150 characters', spec(['é'.repeat(150)], []), `/components/schemas/${'é'.repeat(150)}`],
    ['a tag name', spec([], ['t'.repeat(300)]), '/tags/0/name'],
  ])('%s too long to be a file name is Rejected, naming it, and leaves the output untouched', async (_what, text, pointer) => {
    const root = await tempRoot({ 'spec.json': text, 'sdkgen.config.yaml': everyTargetConfig('spec.json'), 'gen/h/go/README.md': 'old\n' });
    const before = await listing(root);
    const run = await cli(['generate'], root);
    const line = expectRejected(run, before, await listing(root), 'spec.json');
    expect(line.startsWith(`spec.json#${pointer}: `), line).toBe(true);
    expect(line).toMatch(/may be at most 200$/);
  });

  it('a tag named only on an operation is Rejected at the operation', async () => {
    const text = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1.0.0' },
      paths: { '/a': { get: { tags: ['t'.repeat(250)], responses: { 200: { description: 'ok' } } } } },
    });
    const root = await tempRoot({ 'spec.json': text });
    const before = await listing(root);
    const run = await cli(['generate', 'spec.json', '--target', TARGETS[0]!, '--out', 'out'], root);
    const line = expectRejected(run, before, await listing(root), 'spec.json');
    expect(line).toBe('spec.json#/paths/~1a/get/tags/0: tag name is 250 bytes long; names that become file names may be at most 200');
  });
});

describe.concurrent('links already in the output folder', () => {
  it.each(TARGETS)('%s: are never followed: a link in place of a folder is refused, one at a generated path is replaced, and what they point at stays as it was', async (target) => {
    const root = await tempRoot({
      'spec.json': spec(['Thing'], ['things']),
      'victim/README.md': 'victim readme\n',
      'victim/docs/Thing.md': 'victim model\n',
      'victim/src/apis/ThingsApi.ts': 'victim api\n',
      'victim/secret.txt': 'secret\n',
    });
    const out = join(root, 'gen');
    await mkdir(out);
    // Links where a file will be written, where folders will be, and a stray one.
    await symlink(join(root, 'victim/README.md'), join(out, 'README.md'));
    await symlink(join(root, 'victim/docs'), join(out, 'docs'));
    await symlink(join(root, 'victim/src'), join(out, 'src'));
    await symlink(join(root, 'victim/secret.txt'), join(out, 'stray.txt'));
    const victim = await listing(join(root, 'victim'));
    const before = await listing(out);
    const refused = await cli(['generate', 'spec.json', '--target', target, '--out', 'gen'], root);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^sdkgen: \S*gen\/docs: is a symbolic link or special file; refusing to write docs\/\S+ through it\n$/);
    expect(await listing(out)).toEqual(before);
    expect(await listing(join(root, 'victim'))).toEqual(victim);

    await rm(join(out, 'docs'));
    await rm(join(out, 'src'));
    const run = await cli(['generate', 'spec.json', '--target', target, '--out', 'gen'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await listing(join(root, 'victim'))).toEqual(victim);
    const after = await listing(out);
    // The link at README.md was replaced by a real file; the stray one is not sdkgen's and stays.
    expect(Object.entries(after).filter(([, entry]) => entry.startsWith('->'))).toEqual([['stray.txt', `-> ${join(root, 'victim/secret.txt')}`]]);
    expect(after['README.md']).not.toMatch(/^->/);
    expect(Object.keys(after).length).toBeGreaterThan(2);
  });
});

describe.concurrent('tags and schemas equal but for case (fixtures/hostile/case-twins.yaml)', () => {
  /** Each target's own model name for `PET` (Python keeps capitals), then the shared suffix. */
  const LOUD_MODEL: Record<string, string> = { go: 'Pet2', python: 'PET2', rust: 'Pet2', typescript: 'Pet2' };

  it('are Safe in every target: the later twin gets the same numeric suffix, no file is lost, every link resolves', async () => {
    const root = await tempRoot({
      'spec.yaml': await readFile(join(ROOT, 'test/fixtures/hostile/case-twins.yaml')),
      'sdkgen.config.yaml': everyTargetConfig('spec.yaml'),
    });
    const run = await cli(['generate'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(TARGETS).toEqual(Object.keys(LOUD_MODEL));
    for (const target of TARGETS) {
      const files = await filesUnder(join(root, 'gen/h', target));
      const loud = LOUD_MODEL[target] ?? '';
      // Classes in name order (`PetSApi` < `PetsApi`): the first keeps its name. Models in spec order.
      const docs = [...files.keys()].filter((path) => path.startsWith('docs/')).sort();
      expect(docs, target).toEqual(['docs/Pet.md', `docs/${loud}.md`, 'docs/PetSApi.md', 'docs/PetsApi2.md'].sort());
      expect(files.get('docs/PetSApi.md'), target).toMatch(/loud/i);
      expect(files.get('docs/PetSApi.md'), target).not.toMatch(/quiet/i);
      expect(files.get('docs/PetsApi2.md'), target).toMatch(/quiet/i);
      expect(files.get('docs/PetsApi2.md'), target).not.toMatch(/loud/i);
      expect(files.get('docs/Pet.md'), target).toMatch(/whisper/i);
      expect(files.get(`docs/${loud}.md`), target).toMatch(/shout/i);
      expect(files.get(`docs/${loud}.md`), target).not.toMatch(/whisper/i);
      // The README and the pages name the renamed files, so every link lands.
      const readmeLinks = outline(files.get('README.md') ?? '').links.map((href) => href.split('#')[0]);
      expect(readmeLinks, target).toEqual(expect.arrayContaining([`docs/${loud}.md`, 'docs/PetsApi2.md', 'docs/PetSApi.md', 'docs/Pet.md']));
      for (const path of files.keys()) {
        if (path.endsWith('.md')) expect(brokenLinks(path, files), `${target}/${path}`).toEqual([]);
      }
    }
    const ts = await filesUnder(join(root, 'gen/h/typescript'));
    expect([...ts.keys()].filter((path) => path.startsWith('src/apis/')).sort()).toEqual(['src/apis/PetSApi.ts', 'src/apis/PetsApi2.ts']);
    await buildPackage(join(root, 'gen/h/typescript'));
  });
});

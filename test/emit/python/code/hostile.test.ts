/**
 * A package built from an Api full of text that would break naive Python generation: triple
 * quotes, backslashes and code in descriptions, names that are Python keywords or the package's
 * own attribute names, quotes in enum values and wire names, bidi characters. The package must
 * compile, import without running any of that text, keep the text readable in its docstrings,
 * and pass its own tests and the type check.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { target } from '../../../../src/emit/python/index.js';
import { api, int, named, object, ok, operation, param, prop, ref, schema, str } from '../api-fixtures.js';
import { MYPY_CACHE, runPython, shown } from '../venv.js';

const out = mkdtempSync(join(tmpdir(), 'sdkgen-py-hostile-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const PWNED = join(out, 'pwned');

const injection = `"""\nopen(${JSON.stringify(PWNED)}, 'w').write('x')\n"""`;
const hostile = api({
  title: `Evil """ API \\`,
  description: `Ends with a backslash \\\n${injection}`,
  tags: [{ name: 'Things', description: `Tag ${injection} \u202e` }],
  operations: [
    operation({
      id: 'class',
      method: 'post',
      path: "/things/{from}/it's",
      summary: `Summary """ with \\ and \u202e`,
      description: injection,
      parameters: [
        param('from', str(), { in: 'path', required: true }),
        param('kwargs', str(), { required: true }),
        param("X-Quote'Header", int(), { in: 'header' }),
        param('key', str()),
      ],
      requestBody: { required: true, content: [{ mediaType: 'application/json', schema: ref('Thing') }] },
      responses: [ok(ref('Thing')), { ...ok(ref('Thing')), status: '4XX' }],
    }),
  ],
  schemas: [
    named(
      'Thing',
      schema(
        {
          kind: 'object',
          properties: [
            prop('self', str(), true),
            prop('to_dict', str()),
            prop('swagger_types', int()),
            prop('mood', schema({ kind: 'primitive', type: 'string', enum: ["it's", 'a"b', 'back\\slash'] })),
          ],
        },
        { description: injection },
      ),
    ),
    named('return', object([prop('x', str())])),
  ],
});

for (const file of target.emit(hostile, { packageName: 'evil_pkg' })) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.contents);
}

test('compiles, imports without running spec text, and keeps that text readable', async () => {
  const script = [
    'import inspect, json, evil_pkg',
    'api = evil_pkg.ThingsApi',
    'thing = evil_pkg.Thing(_self="me", _to_dict="d", _swagger_types=3, mood="it\'s")',
    'print(json.dumps({',
    '  "sig": str(inspect.signature(api.call_class)),',
    '  "doc": inspect.getdoc(api.call_class),',
    '  "model_doc": inspect.getdoc(evil_pkg.Thing),',
    '  "dict": thing.to_dict(),',
    '  "renamed": evil_pkg.ModelReturn.__name__,',
    '}))',
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  expect(existsSync(PWNED)).toBe(false);
  const report = JSON.parse(result.stdout) as { sig: string; doc: string; model_doc: string; dict: Record<string, unknown>; renamed: string };
  expect(report.sig).toBe('(self, _from, _kwargs, thing, **kwargs)');
  expect(report.doc).toContain('Summary """ with \\ and \\u202e');
  expect(report.doc).toContain(`open(${JSON.stringify(PWNED)}, 'w')`);
  expect(report.model_doc).toContain('"""');
  expect(report.dict).toEqual({ _self: 'me', _to_dict: 'd', _swagger_types: 3, mood: "it's" });
  expect(report.renamed).toBe('ModelReturn');
});

test('an enum value outside the spec is refused by the setter; a quoted one is accepted', async () => {
  const script = [
    'import evil_pkg',
    "t = evil_pkg.Thing(_self='me')",
    "t.mood = 'a\"b'",
    "t.mood = 'back\\\\slash'",
    'try:',
    "    t.mood = 'other'",
    "    print('accepted')",
    'except ValueError as e:',
    "    print('refused')",
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  expect(result.stdout.trim()).toBe('refused');
});

test('its own tests pass and mypy finds no error', async () => {
  const tests = await runPython(['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], out);
  expect(tests.code, shown(tests)).toBe(0);
  const types = await runPython(['-m', 'mypy', '--cache-dir', MYPY_CACHE], out);
  expect(types.code, shown(types)).toBe(0);
});

/**
 * The generated Rust crates on the wire: test/rust/e2e's integration tests (tokio) call every
 * operation of the three product crates against Prism with request validation on
 * (tests/prism.rs), and the G4 crate against a server that misbehaves (tests/faults.rs); the
 * crate of test/fixtures/shapes/forms.openapi.yaml sends its form bodies to a server that parses
 * them (rust-forms/, a member of its own). This file starts the servers, runs `cargo test` in a
 * workspace of its own and holds the list of Rust tests that must have passed, so a test left
 * out, ignored or filtered fails here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCrate, assembleWorkspace, crateFilesOnDisk, workspaceDir } from '../../scripts/setup/rust.mjs';
import { cargo, cargoReport, CARGO_TIMEOUT_MS } from '../emit/rust/code/cargo.js';
import { runChild } from '../support/child.js';
import { answerLater, json, startScriptedServer, type ScriptedServer } from './http.js';
import { ROOT } from './packages.js';
import { usePrisms } from './prism.js';

const SPECS = ['g4-sessions', 'looker-3.0', 'looker-4.0'].map((spec) => ({ spec, specPath: join(ROOT, 'specs', `${spec}.yaml`) }));
const prismFor = usePrisms(SPECS);

/** Each Rust test by name; `prism` every operation of the three crates, `faults` the G4 crate's failures. */
const EXPECTED = {
  prism: [
    'g4_session_post',
    'g4_session_id_get',
    'g4_session_id_put',
    'g4_session_id_delete',
    'g4_static_session_id_get',
    'g4_without_token_is_401',
    'looker3_session',
    'looker3_update_session',
    'looker4_session',
    'looker4_update_session',
  ],
  faults: [
    'sends_path_token_tenant_and_agent',
    'a_declared_error_body_is_typed',
    'an_error_that_is_not_json_keeps_its_text',
    'a_success_that_is_not_json_is_a_serde_error',
    'a_success_of_the_wrong_shape_is_a_serde_error',
    'a_dropped_connection_is_a_reqwest_error',
    'a_client_timeout_ends_a_call_that_never_answers',
  ],
  forms: [
    'urlencoded_sends_every_field',
    'urlencoded_leaves_out_a_missing_field',
    'multipart_sends_text_and_file_parts',
    'multipart_with_a_missing_file_is_an_io_error',
    'a_referenced_form_body_is_urlencoded_whole',
  ],
};

/** What the forms server got, its body parsed by undici's form-data reader (Response.formData). */
interface FormRequest {
  readonly url: string;
  readonly contentType: string;
  readonly fields: [string, string | { file: string; text: string }][];
}

async function parseForm(url: string, contentType: string, body: string): Promise<FormRequest> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const fields: FormRequest['fields'] = [];
  for (const [name, value] of form.entries()) fields.push([name, typeof value === 'string' ? value : { file: value.name, text: await value.text() }]);
  return { url, contentType: contentType.replace(/;.*/, ''), fields };
}

let faults: ScriptedServer;
beforeAll(async () => {
  faults = await startScriptedServer();
  faults.handle((request, res) => {
    const [, behaviour] = request.url.split('/');
    switch (behaviour) {
      case 'echo':
        return json(res, 200, { bearer: 'echo', userId: 1, data: { method: request.method, url: request.url, headers: request.headers } });
      case 'problem':
        return json(res, 400, { type: 'about:blank', title: 'Bad session', status: 400 });
      case 'unavailable':
        return res.writeHead(503, { 'content-type': 'text/plain' }).end('busy, try later');
      case 'garbage':
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"bearer": "b", "userId": ');
      case 'wrongshape':
        return json(res, 200, { bearer: 5, userId: 'seven' });
      case 'reset':
        return res.socket?.destroy();
      case 'slow':
        return answerLater(res, 60_000, () => json(res, 200, { bearer: 'late', userId: 1 }));
      default:
        return json(res, 404, { title: `no behaviour ${behaviour}` });
    }
  });
});
afterAll(() => faults?.close());

let forms: ScriptedServer;
beforeAll(async () => {
  forms = await startScriptedServer();
  forms.handle((request, res) => {
    if (request.url.endsWith('/image')) return json(res, 200, { code: 200, type: 'ok', message: 'stored' });
    return res.writeHead(204).end();
  });
});
afterAll(() => forms?.close());

/** The forms crate, generated now from the fixture so the test sees what the emitter writes today. */
async function addFormsCrates(workspace: string): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'sdkgen-rust-forms-'));
  try {
    const args = ['dist/cli/main.js', 'generate', 'test/fixtures/shapes/forms.openapi.yaml', '--target', 'rust', '--out', out];
    const result = await runChild(process.execPath, args, { cwd: ROOT });
    if (result.code !== 0) throw new Error(`sdkgen ${args.join(' ')} failed:\n${result.stderr}`);
    addCrate(workspace, 'shapes-forms', crateFilesOnDisk(out));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const wire = join(ROOT, 'test', 'e2e', 'rust-forms');
  addCrate(
    workspace,
    'forms-wire',
    ['Cargo.toml', 'tests/forms.rs'].map((path) => ({ path, contents: readFileSync(join(wire, path), 'utf8') })),
  );
}

/** The names of the Rust tests cargo reports as passed (`test <name> ... ok` on stdout). */
function passed(stdout: string): string[] {
  return [...stdout.matchAll(/^test (\w+) \.\.\. ok$/gm)].map((m) => m[1] ?? '').sort();
}

describe('the Rust crates against Prism and a fault server', () => {
  it(
    'passes every Rust integration test, none ignored or left out',
    async () => {
      const workspace = assembleWorkspace(ROOT, workspaceDir(ROOT, 'rust-workspace-e2e'));
      await addFormsCrates(workspace);
      const args = ['test', '--offline', '-p', 'sdkgen-e2e', '-p', 'forms-wire', '--', '--include-ignored'];
      const result = await cargo(workspace, args, {
        SDKGEN_PRISM_G4: prismFor('g4-sessions').url,
        SDKGEN_PRISM_LOOKER3: prismFor('looker-3.0').url,
        SDKGEN_PRISM_LOOKER4: prismFor('looker-4.0').url,
        SDKGEN_FAULTS: faults.url,
        SDKGEN_FORMS: forms.url,
      });
      const report = `${cargoReport(args, result)}\n--- prism g4 log ---\n${prismFor('g4-sessions').log()}`;
      expect(result.code, report).toBe(0);
      expect(passed(result.stdout), report).toEqual([...EXPECTED.prism, ...EXPECTED.faults, ...EXPECTED.forms].sort());
      expect(result.stdout).not.toMatch(/[1-9]\d* ignored|[1-9]\d* filtered out/);

      // The forms server got exactly the fields each call passed, and no request for the unreadable file.
      const got = await Promise.all(forms.requests.map((r) => parseForm(r.url, String(r.headers['content-type']), r.body)));
      expect(got.sort((a, b) => a.url.localeCompare(b.url))).toEqual([
        { url: '/pets/11/tags', contentType: 'application/x-www-form-urlencoded', fields: [['label', 'red & blue']] },
        { url: '/pets/7', contentType: 'application/x-www-form-urlencoded', fields: [['name', 'Rex & Co=1 ü'], ['status', 'sold']] },
        { url: '/pets/8', contentType: 'application/x-www-form-urlencoded', fields: [['status', 'available']] },
        {
          url: '/pets/9/image',
          contentType: 'multipart/form-data',
          fields: [
            ['additionalMetadata', 'a note'],
            ['file', { file: 'photo.txt', text: 'first line\r\n--not-a-boundary\r\nlast line' }],
          ],
        },
      ]);
    },
    CARGO_TIMEOUT_MS,
  );
});

/**
 * The generated Rust crates on the wire: test/rust/e2e's integration tests (tokio) call every
 * operation of the three product crates against Prism with request validation on
 * (tests/prism.rs), and the G4 crate against a server that misbehaves (tests/faults.rs). This
 * file starts the servers, runs `cargo test` in a workspace of its own and holds the list of
 * Rust tests that must have passed, so a test left out, ignored or filtered fails here.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleWorkspace, workspaceDir } from '../../scripts/setup/rust.mjs';
import { cargo, cargoReport, CARGO_TIMEOUT_MS } from '../emit/rust/code/cargo.js';
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
};

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

/** The names of the Rust tests cargo reports as passed (`test <name> ... ok` on stdout). */
function passed(stdout: string): string[] {
  return [...stdout.matchAll(/^test (\w+) \.\.\. ok$/gm)].map((m) => m[1] ?? '').sort();
}

describe('the Rust crates against Prism and a fault server', () => {
  it(
    'passes every Rust integration test, none ignored or left out',
    async () => {
      const workspace = assembleWorkspace(ROOT, workspaceDir(ROOT, 'rust-workspace-e2e'));
      const args = ['test', '--offline', '-p', 'sdkgen-e2e', '--', '--include-ignored'];
      const result = await cargo(workspace, args, {
        SDKGEN_PRISM_G4: prismFor('g4-sessions').url,
        SDKGEN_PRISM_LOOKER3: prismFor('looker-3.0').url,
        SDKGEN_PRISM_LOOKER4: prismFor('looker-4.0').url,
        SDKGEN_FAULTS: faults.url,
      });
      const report = `${cargoReport(args, result)}\n--- prism g4 log ---\n${prismFor('g4-sessions').log()}`;
      expect(result.code, report).toBe(0);
      expect(passed(result.stdout), report).toEqual([...EXPECTED.prism, ...EXPECTED.faults].sort());
      expect(result.stdout).not.toMatch(/[1-9]\d* ignored|[1-9]\d* filtered out/);
    },
    CARGO_TIMEOUT_MS,
  );
});

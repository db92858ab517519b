/**
 * The Go clients on the wire: one `go test` process runs harness/*_test.go in a temporary module
 * that imports the three generated product modules through replace directives, as a user's
 * repository would. prism_test.go calls every operation against Prism (request validation on,
 * one server per spec, started here); faults_test.go runs its own loopback server for error
 * bodies, deadlines, cancellation and credentials; edge_test.go drives the client of our
 * edge-case spec (every parameter location, multipart with a file, a form, a binary answer).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GO_REQUIREMENTS, GO_SUM } from '../../../../src/emit/go/code/module.js';
import { usePrisms } from '../../../e2e/prism.js';
import { go, ROOT, writeGoModule } from './go.js';

const SPECS = [
  { spec: 'g4-sessions', packageName: 'g4api' },
  { spec: 'looker-3.0', packageName: 'looker' },
  { spec: 'looker-4.0', packageName: 'looker' },
].map((s) => ({ ...s, specPath: join(ROOT, 'specs', `${s.spec}.yaml`), modulePath: `sdkgen.test/${s.spec}` }));
/** Our edge-case spec: no Prism for it, only the recording server of edge_test.go. */
const EDGE = { spec: 'edge', packageName: 'edge', specPath: join(ROOT, 'test/fixtures/go/edge.yaml'), modulePath: 'sdkgen.test/edge' };
const MODULES = [...SPECS, EDGE];

const HARNESS = join(ROOT, 'test/emit/go/code/harness');
const prism = usePrisms(SPECS);
let work = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sdkgen-go-wire-'));
  for (const s of MODULES) await writeGoModule(s.specPath, join(work, s.spec), s.packageName, s.modulePath);
  const harness = join(work, 'harness');
  mkdirSync(harness);
  for (const file of readdirSync(HARNESS).filter((f) => f.endsWith('_test.go'))) copyFileSync(join(HARNESS, file), join(harness, file));
  const requires = [...GO_REQUIREMENTS.map(([path, version]) => `${path} ${version}`), ...MODULES.map((s) => `${s.modulePath} v0.0.0`)];
  const replaces = MODULES.map((s) => `replace ${s.modulePath} => ../${s.spec}`);
  writeFileSync(join(harness, 'go.mod'), ['module sdkgen.test/harness', '', 'go 1.18', '', 'require (', ...requires.map((r) => `\t${r}`), ')', '', ...replaces, ''].join('\n'));
  writeFileSync(join(harness, 'go.sum'), GO_SUM);
}, 60_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('generated Go clients on the wire', () => {
  it('call every operation on Prism and survive the fault server (one go test run)', async () => {
    const env = Object.fromEntries(SPECS.map((s) => [`SDKGEN_PRISM_${s.spec.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`, prism(s.spec).url]));
    const output = await go(['test', '-count=1', '-v', './...'], join(work, 'harness'), { ...env, GOWORK: 'off' }, 400_000);
    const passed = [...output.matchAll(/^--- PASS: (\w+)/gm)].map((m) => m[1]).sort();
    expect(passed).toEqual([
      'TestADeadlineInTheContextEndsTheCall',
      'TestAFormBodyGivenAsAModelIsSentAsItsFields',
      'TestAFormBodyIsURLEncoded',
      'TestAMultipartBodyOfAnotherSubtypeSendsItsParts',
      'TestAMultipartUploadSendsItsFileAndReadsABinaryAnswer',
      'TestCancellingTheContextEndsTheCall',
      'TestCredentialsComeFromTheContext',
      'TestDeclaredErrorBodiesDecodeIntoTheirModels',
      'TestEveryParameterLocationReachesTheServer',
      'TestG4PrismRefusesAMissingToken',
      'TestG4SessionsOnPrism',
      'TestLooker30OnPrism',
      'TestLooker40OnPrism',
      'TestTheRequestIsWhatTheSpecDescribes',
      'TestUndeclaredAndUndecodableErrorsKeepTheBody',
    ]);
  }, 420_000);
});

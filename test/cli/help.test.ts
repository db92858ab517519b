import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetNames } from '../../src/emit/registry.js';
import { assertBuilt, ROOT, sdkgen } from './run.js';

beforeAll(assertBuilt);

/** `"go", "python", ...` as yargs lists choices; new target folders join it by themselves. */
const choices = (await targetNames()).map((n) => `"${n}"`).join(', ');

describe('--help', () => {
  const cases: [string[], string, string[]][] = [
    [
      ['--help'],
      'sdkgen <command> [options]',
      ['sdkgen generate [spec]', 'sdkgen check', '--config', '--verbose', '--allow-remote-refs', '--allow-ref-root', '--max-bytes', '--max-depth', '--max-aliases', '--max-nodes'],
    ],
    [['generate', '--help'], 'sdkgen generate [spec]', ['--target', '--out', '--package-name', '--package-version', '--config', '--allow-ref-root', '--strict', '--quiet']],
    [['check', '--help'], 'sdkgen check', ['--config', '--verbose', '--allow-remote-refs']],
    [['init', '--help'], 'sdkgen init <spec>', ['--output', '--config']],
  ];
  it.each(cases)('sdkgen %j prints usage and exits 0', (args, usage, options) => {
    const run = sdkgen(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(usage);
    for (const option of options) expect(run.stdout).toContain(option);
  });

  it('lists the target folders as --target choices', () => {
    expect(choices).toContain('"go", "python", "rust"');
    expect(sdkgen(['generate', '--help']).stdout.replace(/\s+/g, ' ')).toContain(`[choices: ${choices}]`);
  });

  it("says what --package-version defaults to as the README does: the spec's info.version", () => {
    const help = sdkgen(['generate', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain("Package version (with <spec>; default: the spec's info.version)");
    expect(readFileSync(`${ROOT}README.md`, 'utf8')).toContain("`packageVersion` defaults to the spec's `info.version`");
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(sdkgen(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors exit 2 with one line', () => {
  const cases: [string, string[], string][] = [
    ['no command', [], 'sdkgen: choose a command: generate, check, diff or init (see sdkgen --help)'],
    ['an unknown command', ['publish'], 'sdkgen: Unknown argument: publish (see sdkgen --help)'],
    ['an unknown flag', ['check', '--fast'], 'sdkgen: Unknown argument: fast (see sdkgen --help)'],
    [
      'an unknown target',
      ['generate', 'specs/g4-sessions.yaml', '--target', 'cobol', '--out', 'x'],
      `sdkgen: Invalid values: Argument: target, Given: "cobol", Choices: ${choices} (see sdkgen --help)`,
    ],
    ['a spec without --out', ['generate', 'specs/g4-sessions.yaml', '--target', 'go'], 'sdkgen: generate <spec> needs --out (see sdkgen --help)'],
    ['a spec without --target', ['generate', 'specs/g4-sessions.yaml', '--out', 'x'], 'sdkgen: generate <spec> needs --target (see sdkgen --help)'],
    ['--out without a value', ['generate', 'specs/g4-sessions.yaml', '--target', 'go', '--out'], 'sdkgen: Not enough arguments following: out (see sdkgen --help)'],
    [
      '--out twice',
      ['generate', 'specs/g4-sessions.yaml', '--target', 'go', '--out', 'a', '--out', 'b'],
      'sdkgen: --out given more than once (see sdkgen --help)',
    ],
    [
      'pair flags without a spec',
      ['generate', '--out', 'x'],
      'sdkgen: --out needs a <spec>; without one every configured pair is generated (see sdkgen --help)',
    ],
    ['a limit that is not a number', ['check', '--max-bytes', 'lots'], 'sdkgen: --max-bytes needs a whole number of at least 1 (see sdkgen --help)'],
    ['a limit of zero', ['check', '--max-depth', '0'], 'sdkgen: --max-depth needs a whole number of at least 1 (see sdkgen --help)'],
    ['a fractional limit', ['check', '--max-aliases', '1.5'], 'sdkgen: --max-aliases needs a whole number of at least 1 (see sdkgen --help)'],
    ['a limit given twice', ['check', '--max-bytes', '1', '--max-bytes', '2'], 'sdkgen: --max-bytes given more than once (see sdkgen --help)'],
  ];
  it.each(cases)('%s', (_name, args, line) => {
    const run = sdkgen(args);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

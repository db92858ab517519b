import { optionProblem, specDefaultVersionProblem, type OptionsSchema } from '../emit/options.js';
import type { TargetOptionDeclarations } from './schema.js';

/** What `sdkgen init` knows when it writes a config: the spec and what its info says. */
export interface StarterInput {
  /** The spec's path relative to the config's folder, `/`-separated. */
  readonly specPath: string;
  readonly title: string;
  readonly version: string;
  /** Every known target with the options it declares. */
  readonly targets: TargetOptionDeclarations;
  readonly output: string;
}

/**
 * The text of a first sdkgen.config.yaml: every target for one spec, package names made from the
 * spec's title in each target's style, and comments that say what each line does. What it writes
 * passes the config's own validation (test/cli/init.test.ts generates from it).
 */
export function starterConfig(input: StarterInput): string {
  const specName = specKey(input.specPath);
  const words = input.title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const lines = [
    `# sdkgen.config.yaml, written by \`sdkgen init\` from ${input.specPath}.`,
    '# `sdkgen generate` writes every spec × target pair below into <output>/<spec>/<target>/, and',
    '# `sdkgen check` exits 1 when that output is not what generate would write. Paths are',
    '# relative to this file.',
    '',
    '# The folder sdkgen writes into. It lists the files it wrote in <output>/.sdkgen/FILES and never',
    '# touches any other file there; paths listed in <output>/.sdkgenignore are left to you.',
    `output: ${input.output}`,
    'specs:',
    `  # The key names the folder under ${input.output}/.`,
    `  ${specName}:`,
    `    spec: ${JSON.stringify(input.specPath)}`,
    '    targets:',
    "      # packageName is required. packageVersion is optional and defaults to the spec's",
    `      # info.version (${JSON.stringify(input.version)}). Further options, by target:`,
    ...furtherOptions(input.targets),
  ];
  for (const [target, declared] of input.targets) {
    const name = packageName(target, words, declared.schema);
    const versionProblem = specDefaultVersionProblem(declared.schema, target, input.version);
    if (versionProblem) lines.push(`      # info.version ${JSON.stringify(input.version)} is not semver, which npm needs: set the version here.`);
    lines.push(`      ${target}: { packageName: ${name}${versionProblem ? ', packageVersion: "1.0.0"' : ''} }`);
  }
  return `${lines.join('\n')}\n`;
}

/** The spec file's name without its extension, in the characters a spec key allows. */
function specKey(specPath: string): string {
  const base = (specPath.split('/').pop() ?? 'api').replace(/\.(ya?ml|json)$/i, '');
  const key = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return key === '' ? 'api' : key;
}

/** One comment line per further option a target declares: `#   go modulePath: <description>`. */
function furtherOptions(targets: TargetOptionDeclarations): string[] {
  return [...targets].flatMap(([target, declared]) =>
    Object.entries(declared.schema.properties)
      .filter(([key]) => key !== 'packageName' && key !== 'packageVersion')
      .map(([key, option]) => `      #   ${target} ${key}: ${option.description}`),
  );
}

/** The title's words in the target's style; `openapi` when that is no valid name. */
function packageName(target: string, words: readonly string[], schema: OptionsSchema): string {
  const leading = words[0] !== undefined && /^[0-9]/.test(words[0]) ? ['api', ...words] : words;
  const styles: Record<string, string> = {
    typescript: leading.join('-'),
    go: leading.join(''),
    python: leading.join('_'),
    rust: leading.join('_'),
  };
  const name = styles[target] ?? leading.join('_');
  const rule = schema.properties.packageName;
  return name !== '' && (rule === undefined || optionProblem(rule, name) === undefined) ? name : 'openapi';
}

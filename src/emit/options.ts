/**
 * Target options, declared by each target in src/emit/<target>/options.ts as a JSON Schema (so a
 * config editor or a test can validate with any JSON Schema tool) and parsed here into typed
 * options. Only the part of JSON Schema that options need is interpreted: an object of string
 * properties with `pattern`, `maxLength` and `not: { pattern }`, `required` and no other keys.
 * `x-allowed` is the one line a refusal says (`must be <x-allowed>`).
 */

/** One option: always a string (a config's 1.10 must be quoted, not read as 1.1). */
export interface OptionSchema {
  readonly type: 'string';
  readonly description: string;
  readonly pattern?: string;
  readonly maxLength?: number;
  /** A pattern the value must not match (reserved words). */
  readonly not?: { readonly pattern: string };
  /** What a valid value is, for messages: `must be ${x-allowed}`. */
  readonly 'x-allowed'?: string;
  /**
   * packageVersion only: when it is not given the spec's info.version stands in, and must then
   * match too (npm refuses a package without a semver version; documents may quote anything).
   */
  readonly 'x-specDefaultMustMatch'?: boolean;
}

export interface OptionsSchema {
  readonly $schema: 'http://json-schema.org/draft-07/schema#';
  readonly type: 'object';
  readonly additionalProperties: false;
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, OptionSchema>>;
}

/** A refused option: `at` is the key (empty for the options mapping itself), `message` one line. */
export class OptionProblem extends Error {
  constructor(
    readonly at: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'OptionProblem';
  }
}

/** The typed options a schema describes: required keys are strings, the others optional. */
export type ParsedOptions<S extends OptionsSchema> = { readonly [K in S['required'][number]]: string } & {
  readonly [K in Exclude<keyof S['properties'], S['required'][number]>]?: string;
};

export interface TargetOptionsDeclaration<S extends OptionsSchema> {
  readonly schema: S;
  /** Checks raw options (a config mapping, or the command line's) and types them; throws OptionProblem. */
  parse(raw: Readonly<Record<string, unknown>>): ParsedOptions<S>;
}

/** Every option: printable text, one word (they end up in paths, manifests and markdown). */
const TEXT = /^[^\s\u0000-\u001f\u007f]+$/;

/** semver.org's own pattern for MAJOR.MINOR.PATCH with optional pre-release and build parts. */
export const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';
export const SEMVER_ALLOWED = 'a semver version such as 1.2.3 or 2.0.0-beta.1';

/** The declaration every target starts from: packageName required, packageVersion optional. */
export function declareOptions<const S extends OptionsSchema>(schema: S): TargetOptionsDeclaration<S> {
  return { schema, parse: (raw) => parseOptions(schema, raw) as ParsedOptions<S> };
}

/**
 * A target's options: every target takes packageName (required) and packageVersion, with its own
 * patterns for them, and may add more. No other key is accepted (a misspelt option is an error).
 */
export function declareTargetOptions<const P extends { readonly packageName: OptionSchema; readonly packageVersion: OptionSchema } & Readonly<Record<string, OptionSchema>>>(properties: P) {
  return declareOptions({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    required: ['packageName'],
    properties,
  });
}

/** A target folder without an options.ts takes just these two, as any printable text. */
export const BASIC_OPTIONS = declareTargetOptions({
  packageName: { type: 'string', description: 'Package name' },
  packageVersion: { type: 'string', description: "Package version (default: the spec's info.version)" },
});

function parseOptions(schema: OptionsSchema, raw: Readonly<Record<string, unknown>>): Record<string, string> {
  const keys = Object.keys(schema.properties);
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(schema.properties, key)) throw new OptionProblem([key], `unknown key '${key}' (expected ${keys.join(', ')})`);
  }
  for (const key of schema.required) {
    if (raw[key] === undefined) throw new OptionProblem([], `missing required key '${key}'`);
  }
  const parsed: Record<string, string> = {};
  for (const key of keys) {
    const value = raw[key];
    if (value === undefined) continue;
    // A bare 1.10 in YAML is the number 1.1: make the user quote versions rather than guess.
    if (typeof value !== 'string') throw new OptionProblem([key], `must be a string, got ${describe(value)}${typeof value === 'number' ? ' (quote it)' : ''}`);
    const problem = optionProblem(schema.properties[key] as OptionSchema, value);
    if (problem !== undefined) throw new OptionProblem([key], problem);
    parsed[key] = value;
  }
  return parsed;
}

/** Why `value` does not fit `option` (`must ...`, or `'v' must be ...`), or undefined. */
export function optionProblem(option: OptionSchema, value: string): string | undefined {
  if (value === '') return 'must not be empty';
  const fits =
    (option.pattern === undefined || new RegExp(option.pattern, 'u').test(value)) &&
    value.length <= (option.maxLength ?? Infinity) &&
    (option.not === undefined || !new RegExp(option.not.pattern, 'u').test(value));
  // The option's own rule says more than the general one, so it speaks first.
  if (!fits) return `'${value}' must be ${option['x-allowed'] ?? option.description}`;
  return TEXT.test(value) ? undefined : 'must not contain spaces or control characters';
}

/** Why the spec's info.version cannot stand in for a packageVersion not given, or undefined. */
export function specDefaultVersionProblem(schema: OptionsSchema, target: string, version: string): string | undefined {
  const option = schema.properties.packageVersion;
  if (option?.['x-specDefaultMustMatch'] !== true || optionProblem(option, version) === undefined) return undefined;
  return `'${version}' is not ${option['x-allowed'] ?? 'a valid version'}, which a ${target} package needs; set packageVersion in the config or pass --package-version`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

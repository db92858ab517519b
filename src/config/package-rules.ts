/**
 * What each target accepts as a package name and version, checked before anything is emitted so
 * a bad value is the user's error with one line saying what is allowed (never a crash inside an
 * emitter). Targets not listed here get only the config's basic sanity check.
 */
interface Rules {
  readonly name: RegExp;
  /** One line: what a name may be. */
  readonly allowed: string;
  readonly maxLength?: number;
  /** Words the language reserves, refused as a name or as one of its parts. */
  readonly reserved?: ReadonlySet<string>;
  /** The version must be semver (npm and Cargo refuse anything else). */
  readonly semver: boolean;
  /**
   * The spec's info.version, used when no version is given, must be semver too: true where the
   * output is a package a tool builds (npm), false where it is documents that quote the spec.
   */
  readonly semverDefault?: boolean;
  /** Package metadata keys the target takes besides packageName and packageVersion. */
  readonly metadata?: readonly string[];
}

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

const RULES: Readonly<Record<string, Rules>> = {
  typescript: {
    name: /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/,
    allowed: "an npm package name: lowercase letters, digits, '-', '.', '_' and '~', not starting with '.' or '_', optionally @scope/name, at most 214 characters",
    maxLength: 214,
    semver: true,
    semverDefault: true,
    metadata: ['license', 'repository', 'homepage'],
  },
  go: {
    name: /^[A-Za-z0-9][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9][A-Za-z0-9._~-]*)*$/,
    allowed: "a Go import path: '/'-separated parts of letters, digits, '-', '.', '_' and '~', each starting with a letter or digit",
    semver: false,
    metadata: ['modulePath'],
  },
  python: {
    name: /^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*$/,
    allowed: "a PEP 8 module name: lowercase letters, digits and '_', not starting with a digit, dotted for a sub-package, and no Python keyword",
    reserved: PYTHON_KEYWORDS,
    semver: false,
  },
  rust: {
    name: /^[A-Za-z][A-Za-z0-9_-]*$/,
    allowed: "a crate name: ASCII letters, digits, '_' and '-', starting with a letter, at most 64 characters",
    maxLength: 64,
    semver: true,
  },
};

/** semver.org's own pattern for MAJOR.MINOR.PATCH with optional pre-release and build parts. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Why `name` cannot be `target`'s package name (`must be ...`), or undefined when it can. */
export function packageNameProblem(target: string, name: string): string | undefined {
  const rules = RULES[target];
  if (rules === undefined) return undefined;
  const fits =
    rules.name.test(name) &&
    name.length <= (rules.maxLength ?? Infinity) &&
    !name.split(/[./]/).some((part) => rules.reserved?.has(part));
  return fits ? undefined : `must be ${rules.allowed}`;
}

/** Why `version` cannot be `target`'s package version, or undefined when it can. */
export function packageVersionProblem(target: string, version: string): string | undefined {
  if (RULES[target]?.semver !== true || SEMVER.test(version)) return undefined;
  return 'must be a semver version such as 1.2.3 or 2.0.0-beta.1';
}

/** Why the spec's info.version cannot stand in for a version not given, or undefined. */
export function defaultVersionProblem(target: string, version: string): string | undefined {
  if (RULES[target]?.semverDefault !== true || SEMVER.test(version)) return undefined;
  return `'${version}' is not a semver version such as 1.2.3, which a ${target} package needs; set packageVersion in the config or pass --package-version`;
}

/** The metadata keys a target's options may carry (`license`, `repository`, `homepage`). */
export function metadataKeys(target: string): readonly string[] {
  return RULES[target]?.metadata ?? [];
}

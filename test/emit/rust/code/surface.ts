/**
 * Holds what the docs list (docs-surface.ts) against what syn read in the crate
 * (test/rust/surface): the same names, and the same types up to how Rust spells them in code:
 * a `String` parameter is borrowed (`&str`), a recursive field is boxed, and `crate::models::`
 * is the path the docs print for a body model's bare name.
 */
import { moduleName } from '../../../../src/emit/rust/naming.js';
import type { DocSurface } from './docs-surface.js';

export interface CrateSurface {
  readonly functions: readonly {
    readonly module: string;
    readonly name: string;
    readonly async: boolean;
    readonly params: readonly (readonly [string, string])[];
    readonly returns: string;
  }[];
  readonly models: readonly {
    readonly module: string;
    readonly kind: 'struct' | 'enum' | 'alias';
    readonly name: string;
    readonly fields?: readonly (readonly [string | null, string])[];
  }[];
}

/**
 * Tokens as one string without spaces or the models path: `Option < crate :: models :: X >` →
 * `Option<X>`; a prelude type written with its full path (in the module of a model named like
 * it, `std::string::String`) reads as the docs name it, and the trailing comma of generic
 * arguments laid out one a line (`Option<\n X,\n>`, as rustfmt breaks a long type) is dropped.
 */
const norm = (type: string): string =>
  type.replace(/\s+/g, '').replace(/crate::models::/g, '').replace(/std::(string|vec|option|boxed)::/g, '').replace(/,>/g, '>');

/** How a parameter type of the docs is taken in code. */
const borrowed = (type: string): string => (type === 'String' ? '&str' : type === 'Option<String>' ? 'Option<&str>' : type);

/** A boxed model reads as the model. */
const unboxed = (type: string): string => type.replace(/Box<(\w+)>/g, '$1');

export function checkSurface(docs: DocSurface, crate: CrateSurface): string[] {
  const problems: string[] = [];
  for (const fn of docs.functions) {
    const module = moduleName(fn.className);
    const found = crate.functions.find((f) => f.module === module && f.name === fn.name);
    if (found === undefined) {
      problems.push(`${fn.className}.${fn.name}: no pub async fn ${fn.name} in src/apis/${module}.rs`);
      continue;
    }
    const [first, ...rest] = found.params;
    // The configuration comes first, under its own name unless a parameter has that name (api-module.ts).
    const configName = fn.params.some(([name]) => name === 'configuration') ? 'local_var_configuration' : 'configuration';
    if (first?.[0] !== configName || norm(first[1]) !== '&configuration::Configuration') problems.push(`${fn.name}: the first parameter is not ${configName}: &configuration::Configuration`);
    const want = fn.params.map(([name, type]) => `${name}: ${norm(borrowed(type))}`);
    const have = rest.map(([name, type]) => `${name}: ${norm(type)}`);
    if (want.join(', ') !== have.join(', ')) problems.push(`${fn.name}: docs (${want.join(', ')}), crate (${have.join(', ')})`);
    const returns = /^Result<(.*),Error<\w+>>$/.exec(norm(found.returns))?.[1];
    if (returns !== norm(fn.returns)) problems.push(`${fn.name}: docs return ${fn.returns}, crate ${found.returns}`);
  }
  for (const model of docs.models) {
    const found = crate.models.find((m) => m.name === model.name);
    if (found === undefined) {
      problems.push(`model ${model.name}: not in src/models`);
      continue;
    }
    if (found.kind !== 'struct' && model.fields.length > 0) {
      problems.push(...memberFields(model.name, model.fields, crate));
      continue;
    }
    const want = model.fields.map(([name, type]) => `${name}: ${norm(type)}`);
    const have = (found.fields ?? []).map(([name, type]) => `${name ?? '?'}: ${unboxed(norm(type))}`);
    if (want.join(', ') !== have.join(', ')) problems.push(`model ${model.name}: docs {${want.join(', ')}}, crate {${have.join(', ')}}`);
  }
  return problems;
}

/** `Option<T>` and `T` alike: a union's doc requires a name any member requires (6.0's listing). */
const optional = (type: string): string => /^Option<(.*)>$/.exec(type)?.[1] ?? type;

/**
 * A oneOf/anyOf model is an enum (or an alias) in the crate, holding its members whole, while its
 * doc lists the members' properties as 6.0 does: each must be a field of one of the crate's
 * structs, of the same type up to `Option`.
 */
function memberFields(name: string, fields: readonly (readonly [string, string])[], crate: CrateSurface): string[] {
  const held = new Set(crate.models.flatMap((m) => (m.fields ?? []).map(([field, type]) => `${field ?? '?'}: ${optional(unboxed(norm(type)))}`)));
  return fields
    .map(([field, type]) => `${field}: ${optional(norm(type))}`)
    .filter((field) => !held.has(field))
    .map((field) => `model ${name}: docs list ${field}, a field of no struct in the crate`);
}

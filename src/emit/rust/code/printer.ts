/**
 * The small Rust code builder every crate file is printed with. It prints what rustfmt would
 * (100 columns, 4-space indents, trailing commas in vertical lists), so generated crates pass
 * `cargo fmt --check` without rustfmt being part of generation. Spec text reaches Rust only
 * through `rustString` (string literals) and `docLine` (one-line doc comments).
 */

const MAX_WIDTH = 100;

/** Printable ASCII but `"` and backslash: written in a literal as it is (most wire names are). */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A Rust string literal. Everything outside printable ASCII is a `\u{…}` escape, so no spec
 * text can end the literal, add a line, or carry bidirectional controls (which rustc rejects). */
export function rustString(text: string): string {
  if (PLAIN_ASCII.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else out += `\\u{${code.toString(16)}}`;
  }
  return `${out}"`;
}

/** A Rust char literal, escaped as rustString escapes. */
export function rustChar(ch: string): string {
  return ch === "'" ? "'\\''" : `'${rustString(ch).slice(1, -1).replace(/^\\"$/, '"')}'`;
}

/** One `///` line from spec text: whitespace runs become one space; controls and bidi marks go. */
export function docLine(text: string | undefined, indent = ''): string[] {
  if (text === undefined) return [];
  // Each run of whitespace, controls and bidi marks is one space (the controls becoming spaces first, then the runs of spaces one).
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\s]+/gu, ' ').trim();
  return clean === '' ? [] : [`${indent}/// ${clean}`];
}

/**
 * A function signature and its opening brace: on one line when it fits, else one parameter a
 * line (rustfmt's "Tall" layout).
 */
export function fnHead(head: string, params: readonly string[], returns: string | undefined): string[] {
  const tail = `)${returns === undefined ? '' : ` -> ${returns}`} {`;
  const flat = `${head}(${params.join(', ')}${tail}`;
  if (flat.length <= MAX_WIDTH) return [flat];
  // A return type that leaves no room for the brace puts the brace on a line of its own.
  const closing = tail.length <= MAX_WIDTH ? [tail] : [tail.slice(0, -2), '{'];
  return [`${head}(`, ...params.map((p) => `    ${p},`), ...closing];
}

/**
 * A struct field. Past the width, rustfmt breaks after the colon and indents the type once more;
 * when the type does not fit there either, it keeps it after the colon and breaks the type's
 * generic arguments instead (typeLines). What fits neither way rustfmt leaves as written.
 */
export function fieldLine(indent: string, name: string, type: string): string[] {
  const flat = `${indent}pub ${name}: ${type},`;
  if (flat.length <= MAX_WIDTH) return [flat];
  const broken = `${indent}    ${type},`;
  return broken.length <= MAX_WIDTH ? [`${indent}pub ${name}:`, broken] : typeLines(indent, `pub ${name}: `, type, ',');
}

/**
 * `${indent}${before}${type}${after}` as rustfmt lays out a type too wide for its line: `Outer<`,
 * then each generic argument on a line of its own, indented once more and itself broken the same
 * way when it does not fit, each with a trailing comma, then `>` (test/emit/rust/code/printer.test.ts).
 */
export function typeLines(indent: string, before: string, type: string, after: string): string[] {
  const flat = `${indent}${before}${type}${after}`;
  const open = type.indexOf('<');
  if (flat.length <= MAX_WIDTH || open < 0 || !type.endsWith('>')) return [flat];
  const lines = [`${indent}${before}${type.slice(0, open + 1)}`];
  for (const argument of topLevelArguments(type.slice(open + 1, -1))) append(lines, typeLines(`${indent}    `, '', argument, ','));
  lines.push(`${indent}>${after}`);
  return lines;
}

/** `String, Vec<(A, B)>` → `String`, `Vec<(A, B)>`: split at the commas outside brackets. */
function topLevelArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(' || ch === '[') depth++;
    else if (ch === '>' || ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * An item's head and its opening brace (`pub struct Name {`, or `{}` when empty): past the width,
 * rustfmt puts the brace on a line of its own.
 */
export function itemHead(head: string, brace: '{' | '{}' = '{'): string[] {
  const flat = `${head} ${brace}`;
  return flat.length <= MAX_WIDTH ? [flat] : [head, brace];
}

/** `pub type Name = Target;`: past the width, rustfmt breaks after `=` and indents the target once. */
export function typeAlias(name: string, target: string): string[] {
  const flat = `pub type ${name} = ${target};`;
  const broken = `    ${target};`;
  return flat.length <= MAX_WIDTH || broken.length > MAX_WIDTH ? [flat] : [`pub type ${name} =`, broken];
}

/** `#[derive(…)]` for the given traits. */
export function derive(traits: readonly string[], indent = ''): string {
  return `${indent}#[derive(${traits.join(', ')})]`;
}

/**
 * Appends `lines` to `out`, which it returns. The builders gather a file's lines into one array
 * this way: spreading each piece into a new array literal (and flatMap) costs an iterator and a copy per piece.
 */
export function append(out: string[], lines: readonly string[]): string[] {
  for (const line of lines) out.push(line);
  return out;
}

/** Lines with a final newline, no trailing spaces, no blank run at the end. */
export function file(lines: readonly string[]): string {
  const text = lines.map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n');
  return `${text.trimEnd()}\n`;
}

/** The Rust type of a parameter as the function takes it: strings are borrowed (`&str`). */
export function paramType(type: string, optional: boolean): string {
  const inner = type === 'String' ? '&str' : type;
  return optional ? `Option<${inner}>` : inner;
}

/** rustfmt's fn_call_width: arguments longer than this, together, go one a line. */
const CALL_WIDTH = 60;

/**
 * `target = callee(args);` as rustfmt prints it: on one line when it fits; else the right-hand
 * side alone on the next line, one indent deeper, when the arguments are short enough for one
 * line; else one argument a line with a trailing comma. `suffix` follows the call (`?`).
 */
export function assignCall(indent: string, target: string, callee: string, args: readonly string[], suffix = ''): string[] {
  const joined = args.join(', ');
  const rhs = `${callee}(${joined})${suffix};`;
  if (joined.length <= CALL_WIDTH) {
    if (`${indent}${target} = ${rhs}`.length <= MAX_WIDTH) return [`${indent}${target} = ${rhs}`];
    if (`${indent}    ${rhs}`.length <= MAX_WIDTH) return [`${indent}${target} =`, `${indent}    ${rhs}`];
  }
  return [`${indent}${target} = ${callee}(`, ...args.map((a) => `${indent}    ${a},`), `${indent})${suffix};`];
}

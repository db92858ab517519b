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

/** A struct field; past the width, rustfmt breaks after the colon and indents the type once more. */
export function fieldLine(indent: string, name: string, type: string): string[] {
  const flat = `${indent}pub ${name}: ${type},`;
  return flat.length <= MAX_WIDTH ? [flat] : [`${indent}pub ${name}:`, `${indent}    ${type},`];
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

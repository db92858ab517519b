/**
 * A small Go code builder: files are structures (imports, type and func declarations, statement
 * blocks) printed once, the way gofmt prints them (tabs, struct fields and composite keys aligned
 * in columns as its tabwriter aligns them), so no generated file needs gofmt afterwards.
 * Expressions are text; every text that comes from a spec goes through goString or goComment.
 */
import { alignColumns } from './columns.js';

/** A statement, or a block: `head {` body `}`, with an optional `} else {` part. */
export type GoStatement = string | GoBlock;

export interface GoBlock {
  readonly head: string;
  readonly body: readonly GoStatement[];
  readonly otherwise?: readonly GoStatement[] | undefined;
}

export interface GoStructField {
  readonly name: string;
  readonly type: string;
  /** The whole tag, already quoted (goTag). */
  readonly tag?: string | undefined;
}

export type GoDeclaration =
  | { readonly kind: 'struct'; readonly doc: readonly string[]; readonly name: string; readonly fields: readonly GoStructField[] }
  | { readonly kind: 'type'; readonly doc: readonly string[]; readonly name: string; readonly type: string }
  | {
      readonly kind: 'func';
      readonly doc: readonly string[];
      /** `c *APIClient`, or none for a plain function. */
      readonly receiver?: string | undefined;
      readonly name: string;
      readonly params: readonly string[];
      readonly results: readonly string[];
      readonly body: readonly GoStatement[];
    }
  /** `var (...)` or `const (...)`: one spec per entry, each with its doc, a blank line between. */
  | { readonly kind: 'var' | 'const'; readonly specs: readonly { readonly doc: readonly string[]; readonly text: string }[] };

export interface GoImport {
  readonly path: string;
  readonly alias?: string | undefined;
}

export interface GoFile {
  readonly header: readonly string[];
  readonly packageName: string;
  readonly imports: readonly GoImport[];
  readonly declarations: readonly GoDeclaration[];
}

/** A Go interpreted string literal for any text: quotes, backslashes and non-printables escaped. */
export function goString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (code >= 0x20 && code < 0x7f) out += char;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\uFFFD'; // a lone surrogate is no Go rune
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** A struct tag as a raw string when it can be one, else an interpreted literal. */
export function goTag(tag: string): string {
  return /^[\x20-\x7e]*$/.test(tag) && !tag.includes('`') ? `\`${tag}\`` : goString(tag);
}

/** Comment lines for any text: one line, control characters and runs of spaces folded. */
export function goComment(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `key: value` lines of a composite literal, values aligned as gofmt aligns them. */
export function keyed(type: string, entries: readonly (readonly [string, string])[]): string {
  const lines = alignColumns(entries.map(([key, value]) => [`${key}:`, `${value},`]));
  return [`${type}{`, ...lines.map((l) => `\t${l}`), '}'].join('\n');
}

function indent(text: string, depth: number): string {
  const tabs = '\t'.repeat(depth);
  // Most statements are one line: no split and join for them.
  if (!text.includes('\n')) return text === '' ? '' : `${tabs}${text}`;
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${tabs}${line}`))
    .join('\n');
}

/** The lines of `body`, appended to `out` (one array for a whole function, however deep its blocks). */
function statements(body: readonly GoStatement[], depth: number, out: string[]): string[] {
  for (const s of body) {
    if (typeof s === 'string') out.push(indent(s, depth));
    else block(s, depth, out);
  }
  return out;
}

function block(b: GoBlock, depth: number, out: string[]): void {
  const tabs = '\t'.repeat(depth);
  out.push(`${tabs}${b.head} {`);
  statements(b.body, depth + 1, out);
  if (b.otherwise !== undefined) {
    out.push(`${tabs}} else {`);
    statements(b.otherwise, depth + 1, out);
  }
  out.push(`${tabs}}`);
}

function docLines(doc: readonly string[]): string[] {
  return doc.map((line) => (line === '' ? '//' : `// ${line}`));
}

function declaration(d: GoDeclaration): string[] {
  switch (d.kind) {
    case 'struct': {
      if (d.fields.length === 0) return [...docLines(d.doc), `type ${d.name} struct {`, '}'];
      const rows = alignColumns(d.fields.map((f) => (f.tag === undefined ? [f.name, f.type] : [f.name, f.type, f.tag])));
      return [...docLines(d.doc), `type ${d.name} struct {`, ...rows.map((r) => `\t${r}`), '}'];
    }
    case 'type':
      return [...docLines(d.doc), `type ${d.name} ${d.type}`];
    case 'func': {
      const receiver = d.receiver === undefined ? '' : `(${d.receiver}) `;
      const results = d.results.length === 0 ? '' : d.results.length === 1 ? ` ${d.results[0]}` : ` (${d.results.join(', ')})`;
      const head = `func ${receiver}${d.name}(${d.params.join(', ')})${results}`;
      if (d.body.length === 0) return [...docLines(d.doc), `${head} {`, '}'];
      const lines = [...docLines(d.doc), `${head} {`];
      statements(d.body, 1, lines).push('}');
      return lines;
    }
    case 'var':
    case 'const': {
      const specs = d.specs.map((s) => [...docLines(s.doc), s.text].map((l) => `\t${l}`).join('\n'));
      return [`${d.kind} (`, specs.join('\n\n'), ')'];
    }
  }
}

/** Standard library first, then the rest, each group sorted, as goimports groups them. */
function importLines(imports: readonly GoImport[]): string[] {
  if (imports.length === 0) return [];
  const spec = (i: GoImport): string => `\t${i.alias === undefined ? '' : `${i.alias} `}${goString(i.path)}`;
  const unique = [...new Map(imports.map((i) => [i.path, i])).values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const std = unique.filter((i) => !i.path.split('/')[0]?.includes('.')).map(spec);
  const other = unique.filter((i) => i.path.split('/')[0]?.includes('.')).map(spec);
  return ['import (', ...std, ...(std.length > 0 && other.length > 0 ? [''] : []), ...other, ')'];
}

/** The file's text: header comment, package clause, imports, declarations a blank line apart. */
export function printGoFile(file: GoFile): string {
  const parts = [
    docLines(file.header).join('\n'),
    `package ${file.packageName}`,
    importLines(file.imports).join('\n'),
    ...file.declarations.map((d) => declaration(d).join('\n')),
  ].filter((p) => p !== '');
  return `${parts.join('\n\n')}\n`;
}

/**
 * What the Go docs say the package declares, read from the markdown alone (README.md and
 * docs/*.md as a user reads them): API classes and their methods with parameter names and types,
 * the Opts structs of optional parameters, models and their fields.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DocParam {
  readonly name: string;
  readonly type: string;
}

export interface DocMethod {
  readonly name: string;
  readonly returns: string | undefined;
  readonly required: readonly DocParam[];
  readonly optional: readonly DocParam[];
  /** The struct the `optional` row names (`***UpdateARule_4Opts**`), when there is one. */
  readonly optsName: string | undefined;
}

export interface DocSurface {
  readonly classes: ReadonlyMap<string, readonly DocMethod[]>;
  readonly models: ReadonlyMap<string, readonly DocParam[]>;
  /** Every type a cell names. */
  readonly typesNamed: ReadonlySet<string>;
}

/** `[**ApiSession**](ApiSession.md)`, `**string**`, `Pointer to **int32**`, `***os.File*****os.File**` → the Go type. */
export function cellType(cell: string): string {
  const pointer = cell.startsWith('Pointer to ');
  const rest = pointer ? cell.slice('Pointer to '.length) : cell;
  const match = /^\[\*\*(.+?)\*\*\]\(/.exec(rest) ?? /^\*\*(.+?)\*\*/.exec(rest);
  if (!match?.[1]) throw new Error(`no type in docs cell ${JSON.stringify(cell)}`);
  return `${pointer ? '*' : ''}${match[1]}`;
}

/** Table rows `**name** | type| ...` of a section (until the next heading). */
function rows(section: string): DocParam[] {
  return [...section.matchAll(/^ ?\*\*([^*]+)\*\* \| (.+?) ?\|/gm)].map((m) => ({ name: m[1] ?? '', type: cellType((m[2] ?? '').trim()) }));
}

function between(text: string, start: string, ends: readonly string[]): string {
  const at = text.indexOf(start);
  if (at < 0) return '';
  const from = at + start.length;
  const stops = ends.map((e) => text.indexOf(e, from)).filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : undefined);
}

function methods(doc: string): DocMethod[] {
  return doc
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const name = section.slice(0, section.indexOf('\n')).trim();
      const returnBlock = between(section, '### Return type\n\n', ['\n']);
      const required = rows(between(section, '### Required Parameters', ['### Optional Parameters', '### Return type'])).filter((p) => p.name !== 'ctx' && p.name !== 'optional');
      const optional = rows(between(section, '### Optional Parameters', ['### Return type']));
      const optsName = /^ \*\*optional\*\* \| \*\*\*(\w+)\*\* \|/m.exec(section)?.[1];
      return { name, optsName, returns: returnBlock.trim() === '(empty response body)' ? undefined : cellType(returnBlock.trim()), required, optional };
    });
}

export function readDocSurface(dir: string): DocSurface {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const classNames = new Set([...readme.matchAll(/^\*([A-Za-z0-9_]+)\* \| /gm)].map((m) => m[1] ?? ''));
  const modelNames = [...between(readme, '## Documentation For Models', ['## Documentation For Authorization']).matchAll(/^ - \[([^\]]+)\]\(docs\//gm)].map((m) => m[1] ?? '');
  const docs = new Set(readdirSync(join(dir, 'docs')));
  const classes = new Map([...classNames].map((c) => [c, methods(readFileSync(join(dir, 'docs', `${c}.md`), 'utf8'))]));
  const models = new Map(modelNames.map((m) => [m, docs.has(`${m}.md`) ? rows(between(readFileSync(join(dir, 'docs', `${m}.md`), 'utf8'), '## Properties', ['[[Back'])) : []]));
  const typesNamed = new Set<string>();
  for (const list of classes.values()) for (const m of list) for (const t of [m.returns ?? '', ...m.required.map((p) => p.type)]) typesNamed.add(t);
  for (const list of models.values()) for (const p of list) typesNamed.add(p.type);
  return { classes, models, typesNamed };
}

/**
 * What the Rust docs promise, read back from the markdown files themselves (not from the plan):
 * each API doc's functions (the `> ` signature gives the parameter order, the table their types,
 * "### Return type" the result) and each model doc's fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DocFunction {
  readonly className: string;
  readonly name: string;
  /** [name, type] in the order of the signature. */
  readonly params: readonly (readonly [string, string])[];
  /** The return type, `()` for "(empty response body)". */
  readonly returns: string;
}

export interface DocModel {
  readonly name: string;
  readonly fields: readonly (readonly [string, string])[];
}

export interface DocSurface {
  readonly functions: readonly DocFunction[];
  readonly models: readonly DocModel[];
}

/** A table row's cells; `\|` inside a cell is text. */
function cells(row: string): string[] {
  return row.split(/(?<!\\) \| ?/).map((c) => c.trim());
}

/** `Option<[**crate::models::X**](X.md)>` → `Option<crate::models::X>`. */
export function plainType(cell: string): string {
  return cell.replace(/\]\([^)]*\)/g, '').replace(/\[|\*\*/g, '');
}

const boldName = (cell: string | undefined): string => (cell ?? '').replace(/^\*\*|\*\*$/g, '');

function apiDoc(className: string, text: string): DocFunction[] {
  return text.split(/\n## /).slice(1).map((section) => {
    const lines = section.split('\n');
    const name = lines[0]?.trim() ?? '';
    const signature = lines.find((l) => l.startsWith('> ')) ?? '';
    const args = /\(([^)]*)\)\s*$/.exec(signature)?.[1] ?? '';
    const order = args === '' ? [] : args.split(', ');
    const rows = new Map(
      lines.filter((l) => l.startsWith('**')).map((l) => {
        const [param, type] = cells(l);
        return [boldName(param), plainType(type ?? '')] as const;
      }),
    );
    const returnAt = lines.indexOf('### Return type');
    const returnLine = lines.slice(returnAt + 1).find((l) => l.trim() !== '') ?? '';
    return {
      className,
      name,
      params: order.map((p) => [p, rows.get(p) ?? '(not in the table)'] as const),
      returns: returnLine.includes('(empty response body)') ? '()' : plainType(returnLine.trim()),
    };
  });
}

function modelDoc(name: string, text: string): DocModel {
  const rows = text.split('\n').filter((l) => l.startsWith('**'));
  return {
    name,
    fields: rows.map((l) => {
      const [field, type] = cells(l);
      return [boldName(field), plainType(type ?? '')] as const;
    }),
  };
}

export function docsSurface(crateDir: string): DocSurface {
  const functions: DocFunction[] = [];
  const models: DocModel[] = [];
  for (const file of readdirSync(join(crateDir, 'docs')).sort()) {
    const text = readFileSync(join(crateDir, 'docs', file), 'utf8');
    const name = file.replace(/\.md$/, '');
    if (text.includes('\n## Properties\n')) models.push(modelDoc(name, text));
    else functions.push(...apiDoc(name, text));
  }
  return { functions, models };
}

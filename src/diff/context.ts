import type { Api, NamedSchema } from '../model/types.js';
import { rule } from './rules.js';
import { unchangedSchemas } from './unchanged.js';
import type { Finding } from './types.js';

/** One side of the comparison: its model and its named schemas by name. */
export interface Side {
  readonly api: Api;
  readonly schemas: ReadonlyMap<string, NamedSchema>;
}

export function side(api: Api): Side {
  return { api, schemas: new Map(api.schemas.map((s) => [s.name, s])) };
}

/** What one finding says; the rule table gives its level and message. */
export interface Change {
  readonly operation?: string | undefined;
  /** Names what changed in the message: "query parameter `limit`". */
  readonly subject?: string | undefined;
  readonly basePointer?: string | undefined;
  readonly revisionPointer?: string | undefined;
  readonly base?: unknown;
  readonly revision?: unknown;
}

/** Collects findings while the checks walk both models. */
export class DiffContext {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();

  private same: Set<string> | undefined;
  /** Recorded findings of named-schema pairs, and the pairs being recorded (checks/shapes.ts). */
  readonly memo = new Map<string, unknown>();
  readonly recording: unknown[] = [];

  constructor(
    readonly base: Side,
    readonly revision: Side,
  ) {}

  /** True when the named schema is equal in both documents, with everything it reaches. */
  unchanged(name: string): boolean {
    this.same ??= unchangedSchemas(this.base, this.revision);
    return this.same.has(name);
  }

  report(id: string, change: Change): void {
    const { level, message } = rule(id);
    const finding: Finding = {
      id,
      level,
      operation: change.operation ?? null,
      basePointer: change.basePointer ?? null,
      revisionPointer: change.revisionPointer ?? null,
      base: change.base === undefined ? null : change.base,
      revision: change.revision === undefined ? null : change.revision,
      message: render(message, change),
    };
    // A named schema reached twice by one operation (in 200 and 201, or by two property paths) is
    // one change, not two: the first place it was reached names it.
    const key = JSON.stringify([id, finding.operation, finding.basePointer, finding.revisionPointer, finding.base, finding.revision]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(finding);
  }
}

function render(template: string, change: Change): string {
  // Functions, not strings, as replacements: a value like `^[0-9]+$` must not be read as `$'`.
  const text = template
    .replace('{subject}', () => change.subject ?? change.operation ?? 'the API')
    .replace('{base}', () => shown(change.base))
    .replace('{revision}', () => shown(change.revision));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value as it appears in a message: short, one line, in backticks. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `\`${short.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

/** `GET /pets/{id}`: how findings name an operation. */
export function operationName(op: { method: string; path: string }): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

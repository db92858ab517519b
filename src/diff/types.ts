/** What `sdkgen diff` finds and reports; the JSON output is these objects as they are. */

export type Level = 'breaking' | 'warning' | 'info';

/** Most severe first: the order of the report's sections and of --fail-on. */
export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

export interface Finding {
  /** A stable kebab-case check id from the rule table (rules.ts). */
  readonly id: string;
  readonly level: Level;
  /** `GET /pets/{id}` when the change belongs to an operation, else null. */
  readonly operation: string | null;
  /** JSON pointers into the base and revision documents, null when that side has no such place. */
  readonly basePointer: string | null;
  readonly revisionPointer: string | null;
  /** The value before and after, null when that side has none. */
  readonly base: unknown;
  readonly revision: unknown;
  readonly message: string;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Where a schema is used: what a client sends (request) or receives (response). */
export type Direction = 'request' | 'response';

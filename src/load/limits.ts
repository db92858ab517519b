/**
 * Resource limits applied while reading any spec file (the root and every file a `$ref` names),
 * and to the bundled document as later stages expand its `$ref`s (expansion.ts), so a hostile
 * spec is refused quickly instead of exhausting memory, time or the stack. Each can be raised from
 * the command line; the defaults are far above any real API description (the largest public specs
 * are under 15 MB and use no YAML aliases in bulk; measured as expansion.ts counts, Stripe's spec3
 * is 1.5 million nodes, 83 levels deep, GitHub's REST spec 360,000 nodes, Looker 4.0 45,000).
 */
export interface ReadLimits {
  /** Largest file read, in bytes (`--max-bytes`). */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays (`--max-depth`). */
  readonly maxDepth: number;
  /** Most YAML alias expansions in one file (`--max-aliases`). */
  readonly maxAliases: number;
  /** Most nodes the whole document expands to as later stages follow its `$ref`s (`--max-nodes`). */
  readonly maxNodes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 200,
  maxAliases: 1000,
  maxNodes: 10_000_000,
};

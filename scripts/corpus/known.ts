/**
 * The committed list of specs sdkgen refuses (test/corpus/known-rejections.json), kept honest:
 * a run fails on a rejection the list does not hold, on a listed spec that now generates, and on a
 * listed spec refused for another reason. `npm run corpus -- --update` rewrites the entries of the
 * specs it ran. Each entry also records what openapi-generator 4.2.1 says of the spec (oracle.ts):
 * a rejection of a spec that it accepts needs a `security` note naming the README's reason.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SpecResult } from './outcome.js';

export interface KnownRejection {
  /** sdkgen's one line, without the spec's path. */
  readonly reason: string;
  /** `refuses: <its first error>` or `accepts`, from `openapi-generator validate` (oracle.ts). */
  readonly openapiGenerator?: string | undefined;
  /** Why sdkgen refuses what 4.2.1 accepts: the README Security rule that applies, quoted ("..."). */
  readonly security?: string | undefined;
}

export type KnownRejections = Readonly<Record<string, KnownRejection>>;

export interface RejectionDrift {
  /** Refused, and not listed. */
  readonly added: readonly { readonly id: string; readonly reason: string }[];
  /** Listed, and now generated. */
  readonly passing: readonly string[];
  /** Listed, and refused for another reason. */
  readonly changed: readonly { readonly id: string; readonly listed: string; readonly now: string }[];
}

export function readKnown(file: string): KnownRejections {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KnownRejections) : {};
}

/** Sorted by spec, one entry per line group, so a change is a small diff. */
export function writeKnown(file: string, known: KnownRejections): void {
  const sorted = Object.fromEntries(Object.entries(known).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** How the results of the specs that ran differ from the list (entries of specs not run are not judged). */
export function compareRejections(known: KnownRejections, results: readonly SpecResult[]): RejectionDrift {
  const added: { id: string; reason: string }[] = [];
  const passing: string[] = [];
  const changed: { id: string; listed: string; now: string }[] = [];
  for (const result of results) {
    const entry = known[result.id];
    if (result.outcome === 'rejected') {
      const reason = result.reason ?? '';
      if (entry === undefined) added.push({ id: result.id, reason });
      else if (entry.reason !== reason) changed.push({ id: result.id, listed: entry.reason, now: reason });
    } else if (entry !== undefined && result.outcome === 'generated') {
      passing.push(result.id);
    }
  }
  return { added, passing, changed };
}

export function hasDrift(drift: RejectionDrift): boolean {
  return drift.added.length + drift.passing.length + drift.changed.length > 0;
}

/** The list with the specs that ran brought up to date; the 4.2.1 verdict of a spec is kept, being about the spec alone. */
export function updateKnown(known: KnownRejections, results: readonly SpecResult[]): Record<string, KnownRejection> {
  const next: Record<string, KnownRejection> = { ...known };
  for (const result of results) {
    if (result.outcome === 'rejected') next[result.id] = { ...known[result.id], reason: result.reason ?? '' };
    else if (result.outcome === 'generated') delete next[result.id];
  }
  return next;
}

/** The README's Security section, whitespace collapsed: what a `security` note quotes. */
export function securitySection(readme: string): string {
  const start = readme.indexOf('\n## Security\n');
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ');
}

/** A note justifies a rejection when the phrase it quotes ("...") is one the Security section says. */
function quotesSecurity(note: string | undefined, security: string): boolean {
  const phrase = note === undefined ? undefined : /"([^"]+)"/.exec(note)?.[1];
  return phrase !== undefined && security.includes(phrase.replace(/\s+/g, ' '));
}

/**
 * Listed rejections of specs 4.2.1 accepts (`accepts`, or `generates` despite its validation), or
 * was never asked about, without a `security` note quoting the README's Security section.
 */
export function unjustified(known: KnownRejections, security: string): string[] {
  return Object.entries(known)
    .filter(([, entry]) => !entry.openapiGenerator?.startsWith('refuses') && !quotesSecurity(entry.security, security))
    .map(([id]) => id);
}

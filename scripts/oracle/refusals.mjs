/**
 * Loader refusals that README "Security" lists as what sdkgen refuses. A spec the loader refuses
 * for one of these writes nothing, on purpose: every file the generator wrote for it is then a
 * safety deviation (kind `refused`, with the rule quoted), not a miss. Any other refusal stays a
 * miss: "Step 6" reads specs tolerantly, rejecting only what cannot be understood or what
 * Security refuses.
 *
 * Each rule quotes the Security section word for word; `securityRefusal` checks the quote is
 * still there, so a README that drops a rule makes the oracle fail instead of excusing specs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const RULES = [
  // src/load/http-names.ts: rapidapi's dynamicdocs names an API key `ADVICEment API Key`.
  { error: /is not a valid HTTP (header|cookie) name/, security: 'header, cookie and API-key names that are not HTTP tokens (no client could send them as the spec spells them)' },
  // src/load/refs.ts, graph.ts: ex-3-circular-paths converted to Swagger 2.0 keeps a `$ref` into a
  // request body that Swagger 2.0 has no place for.
  { error: /\$ref ".*" points at nothing/, security: 'a `$ref` that points at nothing' },
];

/** The README's Security section, whitespace collapsed (as scripts/corpus/known.ts reads it). */
function securitySection(readme) {
  const start = readme.indexOf('\n## Security\n');
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ');
}

let section;

/** The Security rule (quoted) a loader error is the refusal of, or undefined if it is none of them. */
export function securityRefusal(message) {
  const rule = RULES.find((r) => r.error.test(message));
  if (rule === undefined) return undefined;
  section ??= securitySection(readFileSync(resolve('README.md'), 'utf8'));
  if (!section.includes(rule.security)) throw new Error(`scripts/oracle/refusals.mjs quotes "${rule.security}", which README "Security" no longer says`);
  return rule.security;
}

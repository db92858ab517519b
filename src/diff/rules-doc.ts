import { RULES } from './rules.js';

const FAMILIES: Record<string, string> = {
  operations: 'Operations and paths',
  parameters: 'Parameters',
  'request-bodies': 'Request bodies',
  responses: 'Responses',
  schemas: 'Schemas (reported as `request-…` for what clients send, `response-…` for what they receive)',
  enums: 'Enums',
  composition: 'oneOf, anyOf, allOf and discriminators',
  constraints: 'Constraint keywords',
  security: 'Security',
  servers: 'Servers',
  metadata: 'Metadata',
};

/**
 * docs/diff-checks.md, made from the rule table so the list of ids can never drift from the
 * checks (a test compares the committed file with this; `npm run docs:diff-checks` rewrites it).
 */
export function checksMarkdown(): string {
  const lines = [
    '# sdkgen diff: check ids',
    '',
    `Every finding of \`sdkgen diff\` has one of these ${RULES.size} ids and, unless \`diff.levels\` in`,
    'sdkgen.config.yaml says otherwise, this level. Generated from `src/diff/rules.ts`; do not edit by hand.',
    '',
  ];
  for (const [family, title] of Object.entries(FAMILIES)) {
    const rules = [...RULES.values()].filter((r) => r.family === family);
    if (rules.length === 0) continue;
    lines.push(`## ${title}`, '', '| id | level | message |', '| --- | --- | --- |');
    for (const r of rules) lines.push(`| \`${r.id}\` | ${r.level} | ${r.message.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

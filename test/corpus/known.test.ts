/** The known-rejections list: what counts as drift, how --update rewrites it, and the 4.2.1 rule. */
import { describe, expect, it } from 'vitest';
import { compareRejections, hasDrift, securitySection, unjustified, updateKnown, type KnownRejections } from '../../scripts/corpus/known.js';
import type { SpecResult } from '../../scripts/corpus/outcome.js';

function result(id: string, outcome: SpecResult['outcome'], reason?: string): SpecResult {
  return { id, bytes: 1, outcome, reason, totalMs: 1 };
}

const KNOWN: KnownRejections = {
  'still-refused': { reason: '#/paths: bad', openapiGenerator: 'refuses: attribute paths is missing' },
  'now-passes': { reason: '#/info: bad', openapiGenerator: 'refuses: attribute info is missing' },
  'other-reason': { reason: '#/a: old', openapiGenerator: 'refuses: x' },
  'crashes-now': { reason: '#/b: bad', openapiGenerator: 'refuses: y' },
  'not-run': { reason: '#/c: bad', openapiGenerator: 'refuses: z' },
};

const RESULTS = [
  result('still-refused', 'rejected', '#/paths: bad'),
  result('now-passes', 'generated'),
  result('other-reason', 'rejected', '#/a: new'),
  result('crashes-now', 'crashed', 'boom'),
  result('new-one', 'rejected', '#/d: bad'),
  result('fine', 'generated'),
];

describe('compareRejections', () => {
  it('finds new rejections, listed specs that now generate, and changed reasons; ignores specs not run', () => {
    const drift = compareRejections(KNOWN, RESULTS);
    expect(drift).toEqual({
      added: [{ id: 'new-one', reason: '#/d: bad' }],
      passing: ['now-passes'],
      changed: [{ id: 'other-reason', listed: '#/a: old', now: '#/a: new' }],
    });
    expect(hasDrift(drift)).toBe(true);
  });

  it('finds no drift when the list matches', () => {
    const drift = compareRejections(KNOWN, [result('still-refused', 'rejected', '#/paths: bad'), result('fine', 'generated')]);
    expect(hasDrift(drift)).toBe(false);
  });
});

describe('updateKnown', () => {
  it('drops specs that generate, takes new reasons, keeps 4.2.1 verdicts and entries of specs not run', () => {
    expect(updateKnown(KNOWN, RESULTS)).toEqual({
      'still-refused': KNOWN['still-refused'],
      'other-reason': { reason: '#/a: new', openapiGenerator: 'refuses: x' },
      'crashes-now': KNOWN['crashes-now'],
      'not-run': KNOWN['not-run'],
      'new-one': { reason: '#/d: bad' },
    });
  });
});

describe('unjustified', () => {
  const security = securitySection('# sdkgen\n\n## Security\n\n**What it refuses**:\n- files over 32\n  MiB;\n\n## Next\n\nnot this\n');

  it('names rejections of specs 4.2.1 accepts, generates despite its validation, or was not asked about', () => {
    expect(
      unjustified(
        {
          refused: { reason: 'r', openapiGenerator: 'refuses: e' },
          accepted: { reason: 'r', openapiGenerator: 'accepts' },
          generated: { reason: 'r', openapiGenerator: 'generates (validate: attribute x is missing)' },
          unasked: { reason: 'r' },
        },
        security,
      ),
    ).toEqual(['accepted', 'generated', 'unasked']);
  });

  it('takes a Security note only when the phrase it quotes is in the Security section (line breaks aside)', () => {
    const note = (security: string) => ({ reason: 'r', openapiGenerator: 'accepts', security });
    expect(
      unjustified(
        { quoted: note('README Security: "files over 32 MiB"'), unquoted: note('files over 32 MiB'), elsewhere: note('README: "not this"'), invented: note('"files over 1 GiB"') },
        security,
      ),
    ).toEqual(['unquoted', 'elsewhere', 'invented']);
  });
});

import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the oracle tools, without types
import { deviation, unsafe } from '../../scripts/oracle/deviation.mjs';

const LINE: [string, string] = ['authorization.\n\n', 'authorization.\n \n'];

describe('deviation: why sdkgen\'s doc file differs from the generator\'s, when on purpose', () => {
  it('undoes escaped pipes, neutralised HTML, images shown as text and shown invisible characters', () => {
    expect(unsafe('a \\| b &lt;i&gt; !\\[x](y) z\\u200bw')).toBe('a | b <i> ![x](y) z\u200bw');
    expect(deviation({ ours: '| a \\| b |', expected: '| a | b |' })).toBe('escaping');
  });

  it('undoes the doubled run of backslashes before an escaped pipe (src/emit/docs/escape.ts pipesEscaped)', () => {
    // paccurate's `\|1228 - 401\|`: 4.2.1 writes escapeText's two backslashes and the pipe raw,
    // sdkgen doubles them and escapes the pipe (five backslashes).
    expect(unsafe('of \\\\\\\\\\|1228')).toBe('of \\\\|1228');
    expect(deviation({ ours: '| of \\\\\\\\\\|1228 |', expected: '| of \\\\|1228 |' })).toBe('escaping');
    // An even run before a pipe is none of sdkgen's escapes, and stays.
    expect(unsafe('a \\\\| b')).toBe('a \\\\| b');
  });

  it('names: the target\'s docs with its safety renames undone equal the generator\'s', () => {
    expect(deviation({ ours: 'Model_', reference: 'Model', expected: 'Model' })).toBe('names');
  });

  it('reference: equal once the jar\'s line is read as the reference writes it, alone or with an escape', () => {
    expect(deviation({ ours: 'authorization.\n \n', expected: 'authorization.\n\n', referenceWins: [LINE] })).toBe('reference');
    expect(deviation({ ours: 'a \\| b authorization.\n \n', expected: 'a | b authorization.\n\n', referenceWins: [LINE] })).toBe('reference');
  });

  it('a miss stays a miss, and the reference line is not applied where none was given', () => {
    expect(deviation({ ours: 'A', expected: 'B' })).toBeUndefined();
    expect(deviation({ ours: 'authorization.\n \n', expected: 'authorization.\n\n' })).toBeUndefined();
    expect(deviation({ ours: 'other text', expected: 'authorization.\n\n', referenceWins: [LINE] })).toBeUndefined();
    expect(deviation({ expected: 'x' })).toBeUndefined();
  });
});

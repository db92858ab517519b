import { describe, expect, it } from 'vitest';
import { fittingName, fitsFileNames } from '../../../src/emit/kit/fitting-names.js';

describe('fittingName', () => {
  const fits = (c: string): boolean => fitsFileNames(`test_${c.toLowerCase()}.py`);

  it('keeps a name that fits', () => {
    expect(fittingName('Pet', fits)).toBe('Pet');
    expect(fittingName('A'.repeat(247), fits)).toBe('A'.repeat(247));
  });

  it('shortens one that does not to the longest start that fits and a hash of the whole name: the same on every call, apart for names alike', () => {
    const long = `Gateway${'Properties'.repeat(40)}`;
    const other = `Gateway${'Properties'.repeat(39)}Other`;
    const short = fittingName(long, fits);
    expect(fits(short)).toBe(true);
    expect(fits(`${short}x`)).toBe(false);
    expect(short).toMatch(/^GatewayProperties(Properties)*P?r?o?p?e?r?t?i?e?s?[0-9a-f]{8}$/);
    expect(fittingName(long, fits)).toBe(short);
    expect(fittingName(other, fits)).not.toBe(short);
    expect(fittingName(other, fits).slice(0, -8)).toBe(short.slice(0, -8));
  });

  it('keeps a suffix the name ends with after the hash, and shortens what comes before it', () => {
    const long = `${'Ab'.repeat(130)}Api`;
    const short = fittingName(long, fits, 'Api');
    expect(short).toMatch(/^(Ab)+A?[0-9a-f]{8}Api$/);
    expect(fits(short)).toBe(true);
    expect(short.slice(0, -'Api'.length)).toBe(fittingName(long, (c) => fits(`${c}Api`)));
    // A name without the suffix is shortened as any other.
    expect(fittingName('Ab'.repeat(130), fits, 'Api')).toMatch(/^(Ab)+A?[0-9a-f]{8}$/);
  });

  it('counts bytes, not characters', () => {
    expect(fitsFileNames('é'.repeat(127))).toBe(true);
    expect(fitsFileNames('é'.repeat(128))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { remembered, rememberedFunction } from '../../../src/emit/kit/remembered.js';

describe('remembered', () => {
  it('makes each answer once and gives it again, undefined and empty answers too', () => {
    const calls: string[] = [];
    const known = new Map<string, string | undefined>();
    const make = (input: string): string | undefined => {
      calls.push(input);
      return input === 'none' ? undefined : input.toUpperCase();
    };
    expect([remembered(known, 'a', make), remembered(known, 'a', make), remembered(known, 'none', make), remembered(known, 'none', make)]).toEqual(['A', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', 'none']);
  });

  it('stays bounded and right past its limit: the map starts afresh, answers are made again', () => {
    let calls = 0;
    const upper = rememberedFunction((input: string) => {
      calls += 1;
      return input.toUpperCase();
    });
    for (let i = 0; i < 60_000; i++) expect(upper(`k${i}`)).toBe(`K${i}`);
    expect(calls).toBe(60_000);
    expect(upper('k0')).toBe('K0');
    expect(calls).toBe(60_001);
    expect(upper('k59999')).toBe('K59999');
    expect(calls).toBe(60_001);
  });
});

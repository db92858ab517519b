import { describe, expect, it } from 'vitest';
import { busyThreads } from '../../src/cli/gc-tuning.js';

/** busyThreads on a machine of `cores`, with the flags it would give V8 noted instead. */
function machine(cores: number): { claim(threads: number): () => void; flags: string[] } {
  const flags: string[] = [];
  return { claim: (threads) => busyThreads(threads, cores, (f) => flags.push(f)), flags };
}

describe('busyThreads', () => {
  it('leaves parallel scavenging on while a core is left idle', () => {
    const one = machine(2);
    one.claim(1)();
    const four = machine(8);
    four.claim(4)();
    expect([...one.flags, ...four.flags]).toEqual([]);
  });

  it('turns it off while every core is busy, and back on when they are not', () => {
    const { claim, flags } = machine(2);
    const idle = claim(2);
    expect(flags).toEqual(['--no-parallel-scavenge']);
    idle();
    expect(flags).toEqual(['--no-parallel-scavenge', '--parallel-scavenge']);
  });

  it('counts claims together: the one that fills the cores turns it off, the first to free one turns it on, once', () => {
    const { claim, flags } = machine(2);
    const first = claim(1);
    expect(flags).toEqual([]);
    const second = claim(2);
    expect(flags).toEqual(['--no-parallel-scavenge']);
    first();
    expect(flags).toEqual(['--no-parallel-scavenge']);
    second();
    second();
    expect(flags).toEqual(['--no-parallel-scavenge', '--parallel-scavenge']);
  });
});

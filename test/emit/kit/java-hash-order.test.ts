import { describe, expect, it } from 'vitest';
import { javaHashMapOrder, javaStringHash } from '../../../src/emit/kit/java-hash-order.js';

describe('java.util.HashMap order of String keys', () => {
  it("hashes as Java's String.hashCode, overflow included", () => {
    expect(javaStringHash('')).toBe(0);
    expect(javaStringHash('hello')).toBe(99162322);
    // The well-known string whose Java hashCode overflows to Integer.MIN_VALUE.
    expect(javaStringHash('polygenelubricants')).toBe(-2147483648);
  });

  it('orders keys as swagger-codegen 2.2.2 printed them (its authMethods HashMap, read off the jar)', () => {
    expect(javaHashMapOrder(['apiKey', 'clientId'])).toEqual(['clientId', 'apiKey']);
    expect(javaHashMapOrder(['zeta', 'Beta', 'alpha', 'api_key', 'Zulu'])).toEqual(['zeta', 'api_key', 'alpha', 'Zulu', 'Beta']);
  });

  it('keeps one entry per key, at its first insertion', () => {
    expect(javaHashMapOrder(['apiKey', 'clientId', 'apiKey'])).toEqual(['clientId', 'apiKey']);
  });
});

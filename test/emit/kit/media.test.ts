import { describe, expect, it } from 'vitest';
import { mediaEssence } from '../../../src/emit/kit/media.js';

describe('mediaEssence', () => {
  it('drops parameters and case, which change nothing about how a body is encoded', () => {
    expect(mediaEssence('application/x-www-form-urlencoded; charset=utf-8')).toBe('application/x-www-form-urlencoded');
    expect(mediaEssence('Multipart/Form-Data;boundary=xyz')).toBe('multipart/form-data');
    expect(mediaEssence(' application/json ')).toBe('application/json');
  });

  it('keeps a media type without parameters as it is, lower-cased', () => {
    expect(mediaEssence('application/vnd.api+json')).toBe('application/vnd.api+json');
    expect(mediaEssence('TEXT/PLAIN')).toBe('text/plain');
    expect(mediaEssence('')).toBe('');
  });
});

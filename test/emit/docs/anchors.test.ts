import { describe, expect, test } from 'vitest';
import { schemeAnchor } from '../../../src/emit/docs/anchors.js';

describe('schemeAnchor', () => {
  test.each([
    ['Bearer', 'Bearer'],
    ['api_key', 'api_key'],
    ['petstore-auth', 'petstore-auth'],
    ['My Key', 'my-key'],
    ['key|<x>', 'keyx'],
    ['clé', 'clé'],
  ])('%j → %j', (name, anchor) => expect(schemeAnchor(name)).toBe(anchor));
});

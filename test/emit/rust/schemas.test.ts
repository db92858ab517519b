import { describe, expect, it } from 'vitest';
import { target } from '../../../src/emit/rust/index.js';
import { api, object, operation, prop, response, str } from './build.js';

describe('model names too long for a file', () => {
  // Inline objects nested 40 deep: 6.0's resolver names each after its parent and property, so
  // the innermost names run past what a file name may hold (azure's network-applicationGateway,
  // which the corpus then refused).
  let inner = object([prop('id', str())]);
  for (let i = 0; i < 40; i++) inner = object([prop('properties', inner), prop(`level${i}`, str())]);
  const files = new Map(target.emit(api({ operations: [operation('getGateway', { responses: [response('200', inner)] })] }), { packageName: 'openapi' }).map((f) => [f.path, f.contents]));

  it('are shortened until every file of theirs can be written; the crate declares them and their pages are linked by that name', () => {
    const paths = [...files.keys()];
    expect(Math.max(...paths.flatMap((p) => p.split('/')).map((segment) => Buffer.byteLength(segment)))).toBeLessThanOrEqual(255);
    const shortened = paths.filter((p) => /^docs\/\w+[0-9a-f]{8}\.md$/.test(p));
    expect(shortened.length).toBeGreaterThan(0);
    const docs = [...files].filter(([p]) => p.endsWith('.md')).map(([, text]) => text);
    for (const page of shortened) {
      const name = page.slice('docs/'.length, -'.md'.length);
      expect(files.get(page)).toContain(`# ${name}\n`);
      expect(docs.some((text) => text.includes(`(${name}.md)`))).toBe(true);
      expect(files.get('src/models/mod.rs')).toMatch(new RegExp(`pub use self::\\w+::${name};`));
    }
  });
});

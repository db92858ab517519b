import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { referenceDeadEnd } from '../../src/emit/go/reference-links.js';
import { outline } from '../support/markdown-links.js';

const generated = fileURLToPath(new URL('../../generated/', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/**
 * Link targets the Rust 6.0 reference style prints for free-form values, which point at no file.
 * The reference model docs hold them and ours must equal those byte for byte, so they are the
 * only exceptions, and only in Rust model docs.
 */
const REFERENCE_STYLE_DEAD_ENDS = new Set(['.md', 'serde_json::Value.md']);

const files = markdownFiles(generated);

/** Dead ends the Go docs list as known (src/emit/go/reference-links.ts), per file, for the record. */
const goKnown: string[] = [];

test('there is generated markdown to check', () => {
  expect(files.length).toBeGreaterThan(30);
});

test.each(files.map((f) => [relative(generated, f)]))('every relative link and anchor in %s resolves', (file) => {
  const path = join(generated, file);
  const broken: string[] = [];
  for (const href of outline(readFileSync(path, 'utf8')).links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('serde_json::')) continue; // absolute URL
    if (REFERENCE_STYLE_DEAD_ENDS.has(href) && /\/rust\/docs\//.test(file)) continue;
    const [target, anchor] = href.split('#') as [string, string | undefined];
    const targetPath = target === '' ? path : join(dirname(path), decodeURIComponent(target));
    // openapi-generator 4.2.1's Go docs link to pages that do not exist; sdkgen reproduces exactly those.
    const known = /\/go\/docs\//.test(file) && !existsSync(targetPath) && anchor === undefined
      ? referenceDeadEnd(target, (name) => existsSync(join(dirname(path), `${name}.md`)))
      : undefined;
    if (known) {
      goKnown.push(`${file}: ${href} (${known})`);
      continue;
    }
    if (!existsSync(targetPath) || statSync(targetPath).isDirectory()) {
      broken.push(`${href} (no file)`);
      continue;
    }
    // `#` alone is the top of the page. GitHub matches heading anchors regardless of case.
    if (anchor && !outline(readFileSync(targetPath, 'utf8')).anchors.has(anchor.toLowerCase())) {
      broken.push(`${href} (no heading)`);
    }
  }
  expect(broken).toEqual([]);
});

test('the Go docs link to no missing page but the free-form types 4.2.1 links too', () => {
  expect(goKnown).toEqual([
    'g4-sessions/go/docs/CreateSessionRequest.md: map[string]interface{}.md (type without a page: map[string]interface{})',
    'g4-sessions/go/docs/CreateSessionRequest.md: map[string]interface{}.md (type without a page: map[string]interface{})',
    'g4-sessions/go/docs/GetSessionResponse.md: map[string]interface{}.md (type without a page: map[string]interface{})',
    // SessionIdPut's optional free-form body, linked as 4.2.1 links an optional.Interface of a
    // free-form object (README "Exactness"; test/emit/go/safety-deviations/undeclared-optionals).
    'g4-sessions/go/docs/SessionsApi.md: .md (type without a page: (none))',
  ]);
});

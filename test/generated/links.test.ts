import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
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

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceDeadEnd } from '../../src/emit/go/reference-links.js';
import { loadTarget, targetNames } from '../../src/emit/registry.js';
import type { EmittedFile } from '../../src/emit/target.js';
import { loadApi } from '../../src/load/index.js';
import { pathProblem } from '../../src/output/paths.js';
import { gatherInlineModels } from '../../src/emit/kit/inline-models-gather.js';
import { brokenLinks, outline } from '../support/markdown-links.js';

/**
 * Point 7 of Step 8: the same edge-case specs (test/fixtures/shapes/: name collisions, reserved
 * words, inline objects, allOf, oneOf, maps, arrays of arrays, enums, form bodies, multi-tag
 * operations, missing operationIds) through every target. Each target's file names must be
 * unique (also on a case-insensitive disk) and safe on every OS, the output the same bytes on a
 * second run, and every relative markdown link must land on a file and heading that exist, or be
 * one of the dead ends the reference style writes too (README "Exactness").
 */
const FIXTURES = 'test/fixtures/shapes';
const specs = readdirSync(FIXTURES).filter((f) => /\.ya?ml$/.test(f)).sort();
const targets = await targetNames();

/** Rust types 6.0 prints and links as if each had a page. */
const RUST_PRIMITIVES: ReadonlySet<string> = new Set(['String', 'i32', 'i64', 'f32', 'f64', 'bool', 'std::path::PathBuf']);

/** Why a dead link is one the target's reference documents write too, or undefined. */
function knownDeadEnd(target: string, from: string, href: string, exists: (path: string) => boolean, rawNames: ReadonlySet<string>): string | undefined {
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  if (target === 'go' && folder === 'docs/' && !href.includes('#')) {
    return referenceDeadEnd(href, (name) => exists(`docs/${name}.md`));
  }
  // swagger-codegen 2.2's Python docs link a list or dict parameter to its builtin element
  // (`[**list[str]**](str.md)`, src/emit/python/types.ts); its own output on public specs has them.
  if (target === 'python' && folder === 'docs/' && /^(str|int|float|bool|date|datetime|object|file)\.md$/.test(href)) return 'builtin element';
  // It links a map to `dict.md`, a list of lists to its inner list (`list[str].md`), and an array
  // whose items it cannot read to `.md` (test/emit/python/quirks: container-type-links, list-of-unread-items).
  if (target === 'python' && folder === 'docs/' && (href === 'dict.md' || href === '.md' || /^list\[[\w[\]]+\]\.md$/.test(href))) return 'container element';
  // The Rust 6.0 reference writes these for free-form values in model docs.
  if (target === 'rust' && folder === 'docs/' && (href === '.md' || href === 'serde_json::Value.md')) return 'free-form value';
  // It links a container of containers to `array.md` / `map.md`, and a property or return type by
  // the raw schema name (`Gadget_part.md` for the doc `GadgetPart.md`), hoisted inline models' included.
  if (target === 'rust' && folder === 'docs/' && (href === 'array.md' || href === 'map.md')) return 'nested container';
  if (target === 'rust' && folder === 'docs/' && href.endsWith('.md') && rawNames.has(href.slice(0, -3))) return 'raw schema name';
  // An array parameter links to its item type as printed (`[**Vec<String>**](String.md)`), primitives included.
  if (target === 'rust' && folder === 'docs/' && href.endsWith('.md') && (RUST_PRIMITIVES.has(href.slice(0, -3)) || href.startsWith('Vec<'))) return 'parameter item type';
  return undefined;
}

/** Broken relative links of every markdown file, as `file: href (why)`. */
function brokenLinksOf(target: string, files: readonly EmittedFile[], rawNames: ReadonlySet<string> = new Set()): string[] {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  return files
    .filter((f) => f.path.endsWith('.md'))
    .flatMap((f) => brokenLinks(f.path, byPath, (href) => knownDeadEnd(target, f.path, href, (p) => byPath.has(p), rawNames) !== undefined).map((why) => `${f.path}: ${why}`));
}

describe.each(specs)('%s', (spec) => {
  it.each(targets)('%s: unique safe file names, same bytes twice, links that resolve', async (name) => {
    const target = await loadTarget(name);
    const options = { packageName: name === 'typescript' ? 'shapes-client' : 'shapes', packageVersion: '1.0.0' };
    const first = target.emit(await loadApi(`${FIXTURES}/${spec}`), options);
    const second = target.emit(await loadApi(`${FIXTURES}/${spec}`), options);
    expect(second).toEqual(first);

    const paths = first.map((f) => f.path);
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(paths.filter((p) => pathProblem(p) !== undefined)).toEqual([]);
    const rawNames = new Set(gatherInlineModels(await loadApi(`${FIXTURES}/${spec}`)).schemas.map((s) => s.name));
    expect(brokenLinksOf(name, first, rawNames)).toEqual([]);
    // Every operation the README lists has its own place: two rows linking one anchor would be
    // two operations under one name in one class.
    const readme = first.find((f) => f.path === 'README.md')?.contents ?? '';
    const anchored = outline(readme).links.filter((href) => /^docs\/[^#]+#./.test(href));
    expect(anchored.length).toBeGreaterThan(0);
    expect(anchored.filter((href, i) => anchored.indexOf(href) !== i)).toEqual([]);
  });
});

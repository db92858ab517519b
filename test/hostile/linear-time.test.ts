/**
 * Case 8, work superlinear in the input: a spec with a long run of one character (200,000
 * backslashes before a `|`, a heading line of spaces) must not make any regular expression
 * retry from every position of the run. Two checks, neither timed (the cost is measured by
 * `npm run bench`): every regex literal in src/ passes recheck's ReDoS analysis, and every
 * escaper and text helper, fed long runs of each special character, keeps its promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { hasInvisible } from '../../src/emit/invisible.js';
import { ROOT } from './support.js';
import { RUN_SHAPES, SPECIAL_CHARACTERS, TEXT_HELPERS, type TextHelper } from '../support/text-helpers.js';

interface RegexSite {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every regular expression literal in src/, found by the TypeScript parser (not by a regex). */
function regexSites(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of typeScriptFiles(join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        sites.push({ where: `${relative(ROOT, file)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

describe('every regular expression in src/', () => {
  it('is safe by recheck: no polynomial or exponential backtracking', () => {
    const sites = regexSites();
    expect(sites.length).toBeGreaterThan(100);
    // A fixed seed keeps the fuzzing recheck falls back to (for lookaheads) deterministic.
    const unsafe = sites
      .map((site) => ({ site, result: checkSync(site.source, site.flags, { randomSeed: 1 }) }))
      .filter(({ result }) => result.status !== 'safe')
      .map(({ site, result }) => `${site.where} /${site.source}/${site.flags}: ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.summary}, attack ${result.attack.pattern})` : ''}`);
    expect(unsafe).toEqual([]);
  });
});

/** Pipes a GFM table would split a cell at: not preceded by an odd run of backslashes. */
function unescapedPipes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '|') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) count++;
  }
  return count;
}

/** What each context promises, checked on the output of a long run. */
function broken(helper: TextHelper, input: string, output: string): string[] {
  const problems: string[] = [];
  // Linear output too: no helper writes more than a few characters per character read.
  if (output.length > 16 * input.length + 64) problems.push(`output of ${output.length} for input of ${input.length}`);
  if (helper.context !== 'other' && hasInvisible(output)) problems.push('a raw invisible character');
  if ((helper.context === 'cell' || helper.context === 'line') && /[\r\n\u2028\u2029\u0085]/.test(output)) problems.push('a line break');
  if (helper.context === 'cell' && unescapedPipes(output) > 0) problems.push('a pipe that ends the cell');
  if (helper.context === 'name' && !/^[\p{L}\p{N}_$]*$/u.test(output)) problems.push(`not a name: ${JSON.stringify(output.slice(0, 40))}`);
  return problems;
}

describe('every escaper and text helper, fed long runs of each special character', () => {
  it.each(TEXT_HELPERS.map((helper) => [helper.name, helper] as const))('%s keeps its promises', (_name, helper) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPECIAL_CHARACTERS),
        fc.constantFrom(...RUN_SHAPES),
        fc.integer({ min: 1, max: 20_000 }),
        (char, shape, length) => {
          const input = shape.make(char.repeat(length));
          expect(broken(helper, input, helper.run(input)), `${JSON.stringify(char)} × ${length}, ${shape.name}`).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });
});

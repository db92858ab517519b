import { describe, expect, test } from 'vitest';
import { escapeText, htmlEscape, markdownRaw, tableCell } from '../../../src/emit/docs/escape.js';

describe('escapeText (openapi-generator)', () => {
  test.each<[string, 'comment' | 'python', string]>([
    ['### Get\n\nReturns.\n', 'comment', '### Get  Returns. '],
    ['a\tb\r\nc', 'comment', 'a b  c'],
    ['the "production" one', 'comment', 'the \\"production\\" one'],
    ['C:\\path', 'comment', 'C:\\\\path'],
    ['application/*+json', 'comment', 'application/_*+json'],
    ['/* x */', 'comment', '/_* x *_/'],
    ["'''doc'''", 'python', "'_'_'doc'_'_'"],
    ['/* kept */', 'python', '/* kept */'],
    ['naïve ✓', 'comment', 'naïve ✓'],
  ])('%j (%s) → %j', (input, rule, output) => {
    expect(escapeText(input, rule)).toBe(output);
  });
});

describe('htmlEscape (jmustache)', () => {
  test.each([
    ["sudo'ing", 'sudo&#39;ing'],
    ['a & b', 'a &amp; b'],
    ['<b>"x"</b>', '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'],
    ['`offset` = 1', '&#x60;offset&#x60; &#x3D; 1'],
  ])('%j → %j', (input, output) => {
    expect(htmlEscape(input)).toBe(output);
  });
});

describe('markdown contexts cannot be made active or broken', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['line\u2028break\u2029here\rand\nthere', 'line break here and there'],
    ['plain text stays', 'plain text stays'],
    ['nul\u0000 esc\u001b[31m del\u007f tab\tkept', 'nul esc[31m del tab\tkept'],
    ['see [docs](https://example.com/x) and [top](#top)', 'see [docs](https://example.com/x) and [top](#top)'],
    ['[x](javascript:alert(1))', '[x]\\(javascript:alert(1))'],
    ['[x]( JaVaScRiPt:alert(1))', '[x]\\( JaVaScRiPt:alert(1))'],
    ['[x](javascript&#58;alert(1))', '[x]\\(javascript&#58;alert(1))'],
    ['[x](javascript&#x3a;alert(1))', '[x]\\(javascript&#x3a;alert(1))'],
    ['[x](java\\script:alert(1))', '[x]\\(java\\script:alert(1))'],
    ['[x](data:text/html,hi)', '[x]\\(data:text/html,hi)'],
    ['[x]: javascript:alert(1)', '\\[x]: javascript:alert(1)'],
    ['```\nfenced', '\\``` fenced'],
    ['{{constructor}}', '{{constructor}}'],
  ])('markdownRaw %j → %j', (input, output) => {
    expect(markdownRaw(input)).toBe(output);
  });

  test.each([
    ['a | b', 'a \\| b'],
    ['x\ny|z', 'x y\\|z'],
  ])('tableCell %j → %j', (input, output) => {
    expect(tableCell(input)).toBe(output);
  });
});

import { describe, expect, test } from 'vitest';
import { escapeText, htmlEscape, inertDestination, markdownRaw, midRowCell, referenceNotes, tableCell } from '../../../src/emit/docs/escape.js';

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
    ['a\\|b', 'a\\\\\\|b'],
    ['\\\\|', '\\\\\\\\\\|'],
    ['\\\\ no pipe', '\\\\ no pipe'],
    ['|---|---|', '\\|\\---\\|---\\|'],
  ])('tableCell %j → %j', (input, output) => {
    expect(tableCell(input)).toBe(output);
  });

  // A cell after the row's first one: block markers cannot open a block there, so they stay as
  // 4.2.1 writes them; pipes, links and images are guarded as in tableCell.
  test.each([
    ['# gdata.* notes', '# gdata.* notes'],
    ['- connect-failure: retry', '- connect-failure: retry'],
    ['1. first', '1. first'],
    ['a | b', 'a \\| b'],
    ['a\\|b', 'a\\\\\\|b'],
    ['# [x](javascript:alert(1))', '# [x]\\(javascript:alert(1))'],
    ['![img](http://e/x.png)', '!\\[img](http://e/x.png)'],
  ])('midRowCell %j → %j', (input, output) => {
    expect(midRowCell(input)).toBe(output);
  });
});

describe('a line of spec text opens no block but a paragraph', () => {
  test.each([
    ['# Title', '\\# Title'],
    ['###### Six', '\\###### Six'],
    ['#hashtag', '#hashtag'],
    ['####### seven is text', '####### seven is text'],
    ['- item', '\\- item'],
    ['  * item', '  \\* item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['2021. A year', '2021\\. A year'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['* * *', '\\* * *'],
    ['___', '\\___'],
    ['|---|:-:|', '|\\---|:-:|'],
    ['- - -', '\\- - -'],
    ['~~~ fence', '\\~~~ fence'],
    ['not - a list', 'not - a list'],
    ['-1 degrees', '-1 degrees'],
    ['*emphasis* stays', '*emphasis* stays'],
  ])('markdownRaw %j → %j', (input, output) => {
    expect(markdownRaw(input)).toBe(output);
  });

  test.each([
    ['[x]: https://evil.example', '\\[x]: https://evil.example'],
    ['[a\\]b]: /url', '\\[a\\]b]: /url'],
    ['   [x]: <https://evil.example> "title"', '   \\[x]: &lt;https://evil.example&gt; "title"'],
    ['[^1]: a footnote', '\\[^1]: a footnote'],
    ['[x]\n: /url', '[x] : /url'],
    ['[a[b]: /url', '[a[b]: /url'],
    ['[see the docs](https://example.com): below', '[see the docs](https://example.com): below'],
  ])('link reference definition %j → %j', (input, output) => {
    expect(markdownRaw(input)).toBe(output);
  });

  test.each([
    ['![logo](https://evil.example/t.png)', '!\\[logo](https://evil.example/t.png)'],
    ['a ![x][ref] b', 'a !\\[x][ref] b'],
    ['\\![not an image](x)', '\\!\\[not an image](x)'],
    ['![x](javascript:alert(1))', '!\\[x]\\(javascript:alert(1))'],
  ])('image %j → %j (shown as text)', (input, output) => {
    expect(markdownRaw(input)).toBe(output);
  });

  test.each([
    ['### Get API Session  Returns', '### Get API Session  Returns'],
    ['#### deeper', '#### deeper'],
    ['###### deepest', '###### deepest'],
    ['####### seven is text', '####### seven is text'],
    ['## Session', '## Session'],
    ['# Page', '# Page'],
    ['#no space is text', '#no space is text'],
    ['```js', '\\```js'],
    ['---', '\\---'],
    ['[x]: https://evil.example', '\\[x]: https://evil.example'],
    ['- item', '- item'],
    ['* star - more', '* star - more'],
    ['+ plus', '+ plus'],
    ['1. first 2. second', '1. first 2. second'],
    ['7) seventh', '7) seventh'],
    ['- # not a heading', '- \\# not a heading'],
    ['- ### not kept inside an item', '- \\### not kept inside an item'],
    ['- - nested', '- \\- nested'],
    ['- ```js', '- \\```js'],
    ['- [x]: https://evil.example', '- \\[x]: https://evil.example'],
    ['- - -', '\\- - -'],
    ['-  two spaces', '\\-  two spaces'],
    [' - indented', ' - indented'],
    ['   1. indented', '   1. indented'],
    ['    - code', '    \\- code'],
    ['-', '\\-'],
  ])('referenceNotes %j → %j (a # to ###### or list marker the reference generators print stays; nothing else)', (input, output) => {
    expect(referenceNotes(input)).toBe(output);
  });
});

describe('invisible characters in markdown show as their escapes', () => {
  test.each([
    ['if admin\u202e { } \u2066// check\u2069', 'if admin\\u202e { } \\u2066// check\\u2069'],
    ['zero\u200bwidth\u200c\u200d\u2060\ufeff', 'zero\\u200bwidth\\u200c\\u200d\\u2060\\ufeff'],
    ['marks \u200e\u200f\u061c', 'marks \\u200e\\u200f\\u061c'],
  ])('markdownRaw %j → %j', (input, output) => {
    expect(markdownRaw(input)).toBe(output);
  });
});

describe('inertDestination (link targets made of spec text)', () => {
  test.each([
    ['Pet', 'Pet'],
    ['time.Time', 'time.Time'],
    ['serde_json::Value', 'serde_json::Value'],
    ['javascript:/*class', './javascript:/*class'],
    ['JavaScript:alert(1)', './JavaScript:alert(1)'],
    ['java&#x73;cript:x', './java&#x73;cript:x'],
    ['data:text/html,x', './data:text/html,x'],
    [' vbscript:x', './ vbscript:x'],
  ])('%j → %j', (input, output) => {
    expect(inertDestination(input)).toBe(output);
  });
});

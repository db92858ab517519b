import { describe, expect, test } from 'vitest';
import { renderText } from '../../support/render-text.js';

describe('renderText: markdown as copied from the rendered page (docs-format.md §3.9)', () => {
  test.each([
    ['headings lose their markup', '# **lookerapi**.Api\n\n### [Link](x.md) text', 'lookerapi.Api\n\nLink text'],
    ['runs of spaces collapse and trailing space goes', '### Get  API   Session  \n', 'Get API Session'],
    ['a #### inside a heading stays literal', '### One  #### Two', 'One #### Two'],
    ['escaped quotes render plain', 'the \\"production\\" workspace', 'the "production" workspace'],
    ['soft line breaks join a paragraph onto one line', '[[a]](#)\n[[b]](x.md)', '[a] [b]'],
    ['hard line breaks stay', 'one  \ntwo', 'one\ntwo'],
    ['paragraphs are separated by one empty line', 'a\n\n\n\nb', 'a\n\nb'],
    ['blockquotes lose their marker', '> ApiSession session()', 'ApiSession session()'],
    ['entities are decoded', 'sudo&#39;ing &amp; &lt;b&gt;', "sudo'ing & <b>"],
    ['bullets get two spaces and a dot', ' - **Content-Type**: a\n - **Accept**: b', '  \u2022 Content-Type: a\n  \u2022 Accept: b'],
    ['numbered lists keep their numbers', '3. x\n4. y', '  3. x\n  4. y'],
    ['nested lists are indented under their item', '- a\n  - b', '  \u2022 a\n    \u2022 b'],
    ['loose list items stay one line each', '- a\n\n- b', '  \u2022 a\n  \u2022 b'],
    ['images show their alt text', '![logo](x.png) here', 'logo here'],
    ['horizontal rules leave nothing', 'a\n\n---\n\nb', 'a\n\nb'],
  ])('%s', (_, markdown, want) => {
    expect(renderText(markdown)).toBe(want);
  });

  test('tables: cells joined by single spaces, dash row and trailing spaces gone', () => {
    const md = 'Name | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **body** | [**ApiSession**](ApiSession.md)| Session | \n **x** | **str**| a \\| b | [optional] ';
    expect(renderText(md)).toBe('Name Type Description Notes\nbody ApiSession Session\nx str a | b [optional]');
  });

  test('code blocks keep their lines verbatim, trailing spaces and entities included', () => {
    const md = '### Example \n```python\ntry: \n    print("x: %s\\n" % e) # <b>\n```\n\n### Next';
    expect(renderText(md)).toBe('Example\n\ntry: \n    print("x: %s\\n" % e) # <b>\n\nNext');
  });

  test('no trailing newline at the end', () => {
    expect(renderText('last line\n\n')).toBe('last line');
  });
});

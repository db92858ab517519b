import { describe, expect, test } from 'vitest';
import { docText, pyString, PyWriter } from '../../../../src/emit/python/code/writer.js';

describe('pyString: a Python literal that spec text cannot end early', () => {
  test.each<[string, string]>([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['two\nlines\r\t', "'two\\nlines\\r\\t'"],
    ['café', "'caf\\xe9'"],
    ['\u202eevil', "'\\u202eevil'"],
    ['😀', "'\\U0001f600'"],
    ['\u0000', "'\\x00'"],
  ])('%j → %s', (text, want) => {
    expect(pyString(text)).toBe(want);
  });
});

describe('docText: prose inside a docstring', () => {
  test('quotes and backslashes are escaped, so `"""` and a trailing `\\` cannot close it', () => {
    expect(docText('say """hi""" \\')).toBe('say \\"\\"\\"hi\\"\\"\\" \\\\');
  });

  test('invisible characters show as escapes a reader sees; control characters become spaces', () => {
    expect(docText('a\u202eb\u0007c')).toBe('a\\\\u202eb c');
  });
});

describe('PyWriter', () => {
  test('blocks indent by four spaces, an empty block gets pass, the file ends in one line break', () => {
    const w = new PyWriter();
    w.block('class A(object):', () => {
      w.block('def f(self):', () => undefined);
    });
    w.line();
    w.line();
    expect(w.toString()).toBe('class A(object):\n    def f(self):\n        pass\n');
  });

  test('a docstring of several lines closes on its own line; one line stays on one', () => {
    const w = new PyWriter();
    w.docstring(['Summary', '', 'More text.', '']);
    w.docstring(['Only this']);
    expect(w.toString()).toBe('"""Summary\n\nMore text.\n"""\n"""Only this"""\n');
  });
});

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

describe('pyString and docText skip no character that needs escaping', () => {
  // Each UTF-16 code unit alone and between letters, against the rules spelled out one at a time.
  const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

  test('pyString', () => {
    const literal = (c: string): string => {
      const code = c.charCodeAt(0);
      if (c === '\\' || c === "'") return `\\${c}`;
      if (c === '\n') return '\\n';
      if (c === '\r') return '\\r';
      if (c === '\t') return '\\t';
      if (code >= 0x20 && code < 0x7f) return c;
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    };
    const wrong = units.filter((c) => pyString(`a${c}b`) !== `'a${literal(c)}b'`);
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  test('docText', () => {
    const prose = (c: string): string => {
      if (/[\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/.test(c)) return `\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u0085\t]/.test(c)) return ' ';
      return c === '\\' || c === '"' ? `\\${c}` : c;
    };
    const wrong = units.filter((c) => docText(`a${c}b`) !== `a${prose(c)}b`);
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
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

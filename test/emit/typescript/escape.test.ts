import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { commentText, commentTextStepByStep, literalKey, propertyKey, stringLiteral, stringLiteralStepByStep } from '../../../src/emit/typescript/escape.js';

/** What TypeScript's own scanner reads back from a string literal. */
function scanString(literal: string): { value: string; rest: string } {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, literal);
  expect(scanner.scan()).toBe(ts.SyntaxKind.StringLiteral);
  const value = scanner.getTokenValue();
  scanner.scan();
  return { value, rest: literal.slice(scanner.getTokenStart()) };
}

describe('stringLiteral', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['say "hi"', `'say "hi"'`],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\r\t', "'line\\nbreak\\r\\t'"],
    ['\u2028\u2029', "'\\u2028\\u2029'"],
    ['\\"', `'\\\\"'`],
    ['\ud800', "'\\ud800'"],
    // Trojan Source: bidi controls and zero-width characters never reach the source raw.
    ['a\u202eb\u2066c\u200bd\u200de\ufeff', "'a\\u202eb\\u2066c\\u200bd\\u200de\\ufeff'"],
  ])('%j → %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });

  it('reads back as the same string, as exactly one token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const scanned = scanString(stringLiteral(value));
        expect(scanned.value).toBe(value);
        expect(scanned.rest).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('invisible characters', () => {
  it('a key holding ZWJ (legal in identifiers) is quoted, so its escape shows', () => {
    expect(propertyKey('a\u200db')).toBe("'a\\u200db'");
    expect(scanString(propertyKey('a\u200db')).value).toBe('a\u200db');
  });

  it('comments show them as their escapes', () => {
    expect(commentText('safe\u202e // evil\u2069 end')).toBe('safe\\u202e // evil\\u2069 end');
  });
});

describe('propertyKey', () => {
  it.each([
    ['id', 'id'],
    ['default', 'default'],
    ['__proto__', "'__proto__'"],
    ['constructor', 'constructor'],
    ['x-y', "'x-y'"],
    ['123', "'123'"],
    ['a b', "'a b'"],
    ["it's", "'it\\'s'"],
    ['', "''"],
  ])('%j → %s', (name, expected) => {
    expect(propertyKey(name)).toBe(expected);
  });
});

describe('literalKey', () => {
  it.each([
    ['id', 'id'],
    ['x-y', "'x-y'"],
    ['__proto__', "['__proto__']"],
  ])('%j → %s', (name, expected) => {
    expect(literalKey(name)).toBe(expected);
  });

  it('makes `__proto__` an own property of the literal, where the quoted key would set its prototype', () => {
    const quoted = runInNewContext(`({ ${propertyKey('__proto__')}: { polluted: 1 } })`) as Record<string, unknown>;
    expect(Object.keys(quoted)).toEqual([]);
    expect(quoted.polluted).toBe(1);
    const literal = runInNewContext(`({ ${literalKey('__proto__')}: { polluted: 1 } })`) as Record<string, unknown>;
    expect(Object.keys(literal)).toEqual(['__proto__']);
    expect(literal.polluted).toBeUndefined();
    expect(JSON.stringify(literal)).toBe('{"__proto__":{"polluted":1}}');
  });
});

describe('stringLiteral skips its steps only for text they keep', () => {
  it('gives what every step gives', () => {
    const special = fc.constantFrom('a', ' ', "'", '"', '\\', '\n', '\u0000', '\u007f', '~', '\u2028', '\u202e', 'é', '\ud800');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: special }), fc.string({ unit: 'binary' }), fc.string()), (text) => {
        expect(stringLiteral(text)).toBe(stringLiteralStepByStep(text));
      }),
      { numRuns: 2000 },
    );
    expect(stringLiteral('/repos/{owner}/{repo}')).toBe("'/repos/{owner}/{repo}'");
  });
});

describe('commentText', () => {
  it.each([
    ['ends early */ here', 'ends early *\\/ here'],
    ['/* nested */', '/* nested *\\/'],
    ['**/', '**\\/'],
    ['@deprecated fake', '\\@deprecated fake'],
    ['first\n  @param x', 'first\n  \\@param x'],
    ['mail me@example.com', 'mail me@example.com'],
    ['a\r\nb\rc\u2028d\u2029e\u0085f', 'a\nb\nc\nd\ne\nf'],
    ['bell\u0007 and nul\u0000', 'bell  and nul'],
    ['trailing   \nspaces\t', 'trailing\nspaces'],
    ['\n\nleading and trailing blank lines\n\n', 'leading and trailing blank lines'],
    // Trailing white space beyond blanks and tabs (found by the property below: a lone U+1680).
    ['ogham space mark\u1680', 'ogham space mark'],
    ['no-break space\u00a0', 'no-break space'],
    ['\u00a0', ''],
    ['ideographic space\u3000', 'ideographic space'],
    ['vertical tab and form feed\u000b\u000c', 'vertical tab and form feed'],
  ])('%j → %j', (text, expected) => {
    expect(commentText(text)).toBe(expected);
  });

  it('gives what every step gives when it skips them for text they would not change', () => {
    // Text made of the characters the steps look for, so that most runs need some step.
    const special = fc.constantFrom('a', ' ', '\t', '\n', '\r', '*', '/', '@', '\u0000', '\u0085', '\u00a0', '\u2028', '\u202e', '\u200b', '\u3000', '\ufeff', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: special }), fc.string({ unit: 'binary' })), (text) => {
        expect(commentText(text)).toBe(commentTextStepByStep(text));
      }),
      { numRuns: 2000 },
    );
    for (const plain of ['Plain words.', 'a * b / c', '  indented', 'tab\tinside']) expect(commentText(plain)).toBe(plain);
  });

  it('keeps any text inside one block comment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const comment = `/**\n${commentText(text)
          .split('\n')
          .map((line) => ` * ${line}`)
          .join('\n')}\n */`;
        const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, `${comment}x`);
        expect(scanner.scan()).toBe(ts.SyntaxKind.Identifier);
        expect(scanner.getTokenText()).toBe('x');
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The pieces of the TypeScript docs, by tables of cases: how spec text lands in markdown, heading
 * ids and file names, type cells with model links, example values and credentials.
 */
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { docFileNames, HeadingIds, literalHeading } from '../../../src/emit/typescript/docs/anchors.js';
import { exampleConfiguration } from '../../../src/emit/typescript/docs/auth.js';
import { ExampleValues } from '../../../src/emit/typescript/docs/example-values.js';
import { cell, codeSpan, fenceFor, literal, literalStepByStep, paragraphs, proseLine } from '../../../src/emit/typescript/docs/markdown.js';
import { typeMarkdown } from '../../../src/emit/typescript/docs/type-links.js';
import { Expression, inlineText, type Value } from '../../../src/emit/typescript/expression.js';
import type { Operation, Schema, SecurityScheme } from '../../../src/model/types.js';
import { apiWith, arr, int, map, obj, prop, ref, s, str } from './schemas.js';

/** What a reader sees: the text of the rendered HTML. */
function rendered(markdown: string): string {
  const html = marked.parseInline(markdown, { gfm: true, async: false });
  return html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('literal text', () => {
  it.each([
    ['sessionIdGet', 'sessionIdGet'],
    ['__proto__', '\\_\\_proto\\_\\_'],
    ["Record<string, 'a' | 'b'>[]", "Record&lt;string, 'a' \\| 'b'&gt;\\[\\]"],
    ['application/*+json', 'application/\\*+json'],
    ['`${x}` & $y$ ~z~', '\\`\\${x}\\` &amp; \\$y\\$ \\~z\\~'],
    ['a\\b', 'a\\\\b'],
    ['line\r\nbreak\u2028x', 'line break x'],
  ])('%j → %j, which renders as itself', (input, markdown) => {
    expect(literal(input)).toBe(markdown);
    expect(rendered(literal(input))).toBe(input.replace(/\r\n|[\n\u2028]/g, ' '));
  });

  it('skips its steps only for text they keep', () => {
    const special = fc.constantFrom('a', '_', '\\', '`', '*', '~', '[', ']', '|', '$', '&', '<', '>', '\n', '\u0000', '\u0085', '\u202e', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: special }), fc.string({ unit: 'binary' })), (text) => {
        expect(literal(text)).toBe(literalStepByStep(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('prose', () => {
  it('keeps markdown but never starts a heading or a code block', () => {
    expect(proseLine('Get *the* session')).toBe('Get *the* session');
    expect(proseLine('# Installation')).toBe('\\# Installation');
    expect(proseLine('    indented')).toBe('indented');
    expect(proseLine('```js')).toBe('\\```js');
    expect(proseLine('<b>x</b>')).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('keeps paragraphs apart and turns spec headings into bold lines', () => {
    expect(paragraphs('### Update API Session\n\n#### Workspace ##\n\nOne line\nand the next.\r\n\r\nSecond.\n')).toEqual([
      '**Update API Session**',
      '**Workspace**',
      'One line and the next.',
      'Second.',
    ]);
    expect(paragraphs('Text\n# Heading right after\nmore')).toEqual(['Text', '**Heading right after**', 'more']);
    expect(paragraphs('#hashtag is not a heading')).toEqual(['#hashtag is not a heading']);
    expect(paragraphs(undefined)).toEqual([]);
    expect(paragraphs('\n\n')).toEqual([]);
  });

  it('escapes pipes in cells', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(cell(undefined)).toBe('');
  });
});

describe('code spans and fences', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    ['end ', '` end  `'],
    ['``` fence', '```` ``` fence ````'],
  ])('%j in %j shows exactly', (text, span) => {
    expect(codeSpan(text)).toBe(span);
    expect(rendered(codeSpan(text))).toBe(text);
  });

  it('makes a fence longer than any backtick run in the code', () => {
    expect(fenceFor("const a = 'x';")).toBe('```');
    expect(fenceFor("const a = '```';")).toBe('````');
    expect(fenceFor("const a = '`````';")).toBe('``````');
  });
});

describe('heading ids', () => {
  it('replay github-slugger over a page, repeats numbered', () => {
    const ids = new HeadingIds();
    expect(['SessionsApi', 'sessionsApi', 'Parameters', 'parameters', 'Return type'].map((t) => ids.claim(t))).toEqual([
      'sessionsapi',
      'sessionsapi-1',
      'parameters',
      'parameters-1',
      'return-type',
    ]);
  });

  it.each([
    ['Bearer', 'Bearer', 'bearer'],
    ['api key 2', 'api key 2', 'api-key-2'],
    ['Clé', 'Clé', 'clé'],
    ['key|<x>', '`key|<x>`', 'keyx'],
    ['_private_', '`_private_`', '_private_'],
    ['a`b', '``a`b``', 'ab'],
    ['two\nlines', '`two lines`', 'two-lines'],
  ])('a heading for %j is %j with id %j, as GFM and github-slugger read it', (name, markdown, id) => {
    const heading = literalHeading(name);
    expect(heading.markdown).toBe(markdown);
    expect(new GithubSlugger().slug(rendered(heading.markdown))).toBe(id);
    expect(new GithubSlugger().slug(heading.text)).toBe(id);
  });
});

describe('doc file names', () => {
  it('keep class names, and make model names unique regardless of case and safe on Windows', () => {
    const files = docFileNames(['SessionsApi', 'DefaultApi'], ['Sessionsapi', 'Con', 'Aux', 'Com1', 'Thing', 'THING', `L${'o'.repeat(300)}ng`]);
    expect([...files.values()].map((f) => (f.length > 20 ? `${f.slice(0, 3)}…(${Buffer.byteLength(f)})` : f))).toEqual([
      'SessionsApi',
      'DefaultApi',
      'Sessionsapi2',
      'Con2',
      'Aux2',
      'Com12',
      'Thing',
      'THING2',
      'Loo…(240)',
    ]);
  });
});

describe('type cells', () => {
  const models = new Map([
    ['Pet', 'Pet'],
    ['Con', 'Con2'],
  ]);
  it.each([
    ['string', '**string**'],
    ['Pet', '**[Pet](Pet.md)**'],
    ['Pet[] | null', '**[Pet](Pet.md)\\[\\] \\| null**'],
    ['Record<string, Con>', '**Record&lt;string, [Con](Con2.md)&gt;**'],
    ["{ Pet: 'Pet'; pet?: Pet }", "**{ Pet: 'Pet'; pet?: [Pet](Pet.md) }**"],
    ["'it\\'s' | Pet", "**'it\\\\'s' \\| [Pet](Pet.md)**"],
  ])('%s → %s', (type, markdown) => {
    expect(typeMarkdown(type, models, '')).toBe(markdown);
  });

  it('renders the exact type text, links inside bold', () => {
    const html = marked.parseInline(typeMarkdown('Pet[] | null', models, 'docs/'), { gfm: true, async: false });
    expect(html).toBe('<strong><a href="docs/Pet.md">Pet</a>[] | null</strong>');
  });
});

describe('example values', () => {
  const api = apiWith({
    Pet: obj([prop('name', str({ example: { value: 'Rex' } }), true), prop('age', int()), prop('tag', str())]),
    Tree: obj([prop('value', str(), true), prop('children', arr(ref('Tree')), true), prop('parent', ref('Tree', { nullable: true }), true)]),
    Loop: obj([prop('next', ref('Loop'), true)]),
    Optional: obj([prop('id', str({ readOnly: true })), prop('size', int())]),
    Status: s({ kind: 'primitive', type: 'string', enum: [null, 'on', 'off'] }),
  });
  const values = new ExampleValues(api);
  const text = (schema: Schema, name = 'field', given?: unknown): string => inlineText(values.value(schema, name, given));

  it.each<[string, Schema, string]>([
    ['a string placeholder named after the field', str(), "'field_example'"],
    ['the schema example', str({ example: { value: 'hello' } }), "'hello'"],
    ['the default when there is no example', int(), '56'],
    ['a format placeholder', s({ kind: 'primitive', type: 'string', format: 'date-time' }), "'2013-10-20T19:20:30+01:00'"],
    ['int64 and double placeholders', arr(s({ kind: 'primitive', type: 'integer', format: 'int64' })), '[789]'],
    ['a Blob for binary', s({ kind: 'primitive', type: 'string', format: 'binary' }), "new Blob(['example'])"],
    ['the first non-null enum value', ref('Status'), "'on'"],
    ['required properties of a model, with their examples', ref('Pet'), "{ name: 'Rex' }"],
    ['an empty array and null to end recursion', ref('Tree'), "{ value: 'value_example', children: [], parent: null }"],
    ['a stand-in where no finite value exists', ref('Loop'), '{ next: undefined as never }'],
    ['the first writable property when none is required', ref('Optional'), '{ size: 56 }'],
    ['one entry of a map', map(int()), '{ key: 56 }'],
  ])('%s', (_, schema, expected) => {
    expect(text(schema)).toBe(expected);
  });

  it('uses a spec example only when it fits the generated type', () => {
    expect(text(int(), 'n', 'not a number')).toBe('56');
    expect(text(int(), 'n', 7)).toBe('7');
    expect(text(ref('Pet'), 'p', { name: 'Max', extra: 1 })).toBe("{ name: 'Rex' }");
    expect(text(ref('Pet'), 'p', { name: 'Max', age: 3 })).toBe("{ name: 'Max', age: 3 }");
    expect(text(ref('Pet'), 'p', { age: 3 })).toBe("{ name: 'Rex' }");
    expect(text(ref('Status'), 's', 'off')).toBe("'off'");
    expect(text(ref('Status'), 's', 'maybe')).toBe("'on'");
    expect(text(s({ kind: 'primitive', type: 'string', format: 'binary' }), 'f', 'bytes')).toBe("new Blob(['example'])");
  });

  it('pins a discriminated union member to its tag value', () => {
    const pets = apiWith({
      Cat: obj([prop('petType', str(), true), prop('lives', int(), true)]),
      Pet: s({ kind: 'oneOf', members: [ref('Cat')], discriminator: { propertyName: 'petType', mapping: [{ value: 'cat', schema: 'Cat' }] } }),
    });
    const value = new ExampleValues(pets).value(ref('Pet'), 'pet');
    expect(inlineText(value)).toBe("{ petType: 'cat', lives: 56 }");
  });

  it('merges the members of an allOf', () => {
    const both = s({ kind: 'allOf', members: [obj([prop('a', str(), true)]), obj([prop('b', int(), true)])] });
    expect(text(both)).toBe("{ a: 'a_example', b: 56 }");
  });

  it('never writes spec strings other than as string literals', () => {
    const value: Value = values.value(str({ example: { value: "'); process.exit(1); ('" } }), 'x');
    expect(value).not.toBeInstanceOf(Expression);
    expect(inlineText(value)).toBe("'\\'); process.exit(1); (\\''");
  });
});

describe('example credentials', () => {
  const schemes: SecurityScheme[] = [
    { name: 'bearer', type: 'http', scheme: 'bearer' },
    { name: 'basic', type: 'http', scheme: 'Basic' },
    { name: 'key', type: 'apiKey', in: 'query', paramName: 'k' },
    { name: 'oauth', type: 'oauth2', flows: [], scopes: [] },
    { name: 'digest', type: 'http', scheme: 'digest' },
  ];
  const api = apiWith({}, { baseUrl: 'https://x.test', securitySchemes: schemes });
  const op = (...alternatives: string[][]): Operation =>
    ({ security: alternatives.map((names) => ({ schemes: names.map((name) => ({ name, scopes: [] })) })) }) as unknown as Operation;

  it.each<[string, Operation | undefined, Record<string, string>]>([
    ['none without security', op(), { basePath: 'https://x.test' }],
    ['a token for bearer', op(['bearer']), { basePath: 'https://x.test', accessToken: 'YOUR_ACCESS_TOKEN' }],
    ['user and password for basic', op(['basic']), { basePath: 'https://x.test', username: 'YOUR_USERNAME', password: 'YOUR_PASSWORD' }],
    ['a key for apiKey', op(['key']), { basePath: 'https://x.test', apiKey: 'YOUR_API_KEY' }],
    ['a token for OAuth 2', op(['oauth']), { basePath: 'https://x.test', accessToken: 'YOUR_ACCESS_TOKEN' }],
    ['every scheme of the first alternative the client can satisfy', op(['digest'], ['key', 'bearer']), { basePath: 'https://x.test', apiKey: 'YOUR_API_KEY', accessToken: 'YOUR_ACCESS_TOKEN' }],
    ['none when no alternative can be satisfied', op(['digest'], ['missing']), { basePath: 'https://x.test' }],
  ])('%s', (_, operation, expected) => {
    expect(exampleConfiguration(api, operation)).toEqual(expected);
  });
});

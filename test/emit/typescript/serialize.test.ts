/** The runtime's parameter serialization, against the style examples of OpenAPI 3.0.3 §4.7.12.4. */
import { describe, expect, it } from 'vitest';
import {
  cookiePairs,
  expandPath,
  headerValue,
  pathValue,
  queryPairs,
  serializeQuery,
  type ParameterStyle,
  type ParameterValue,
} from '../../../src/emit/typescript/runtime/serialize.js';

const BLUE = 'blue';
const COLORS = ['blue', 'black', 'brown'];
const RGB = { R: 100, G: 200, B: 150 };

function param(location: ParameterValue['in'], style: ParameterStyle | undefined, explode: boolean | undefined, value: unknown): ParameterValue {
  return { in: location, name: 'color', value, ...(style === undefined ? {} : { style }), ...(explode === undefined ? {} : { explode }) };
}

describe('path styles', () => {
  it.each<[ParameterStyle, boolean, unknown, string]>([
    ['simple', false, BLUE, 'blue'],
    ['simple', false, COLORS, 'blue,black,brown'],
    ['simple', false, RGB, 'R,100,G,200,B,150'],
    ['simple', true, COLORS, 'blue,black,brown'],
    ['simple', true, RGB, 'R=100,G=200,B=150'],
    ['label', false, BLUE, '.blue'],
    ['label', false, COLORS, '.blue,black,brown'],
    ['label', false, RGB, '.R,100,G,200,B,150'],
    ['label', true, COLORS, '.blue.black.brown'],
    ['label', true, RGB, '.R=100.G=200.B=150'],
    ['matrix', false, BLUE, ';color=blue'],
    ['matrix', false, COLORS, ';color=blue,black,brown'],
    ['matrix', false, RGB, ';color=R,100,G,200,B,150'],
    ['matrix', true, COLORS, ';color=blue;color=black;color=brown'],
    ['matrix', true, RGB, ';R=100;G=200;B=150'],
  ])('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(pathValue(param('path', style, explode, value))).toBe(expected);
  });

  it('percent-encodes values so a slash stays inside its segment', () => {
    const parameters = [param('path', undefined, undefined, 'a/b c?d'), { in: 'path', name: 'n', value: 7 } as const];
    expect(expandPath('/x/{color}/{n}/{color}', parameters)).toBe('/x/a%2Fb%20c%3Fd/7/a%2Fb%20c%3Fd');
  });

  it.each(['..', '.'])('refuses a %j value rather than reach another endpoint', (value) => {
    expect(() => expandPath('/x/{color}/y', [param('path', undefined, undefined, value)])).toThrow(/no URL can carry/);
  });

  it.each(['...', 'a.b', '..a'])('sends %j as it is', (value) => {
    expect(expandPath('/x/{color}/y', [param('path', undefined, undefined, value)])).toBe(`/x/${value}/y`);
  });
});

describe('query styles', () => {
  it.each<[ParameterStyle | undefined, boolean | undefined, unknown, string[]]>([
    [undefined, undefined, BLUE, ['color=blue']],
    [undefined, undefined, COLORS, ['color=blue', 'color=black', 'color=brown']],
    [undefined, undefined, RGB, ['R=100', 'G=200', 'B=150']],
    ['form', false, COLORS, ['color=blue,black,brown']],
    ['form', false, RGB, ['color=R,100,G,200,B,150']],
    ['spaceDelimited', false, COLORS, ['color=blue%20black%20brown']],
    ['spaceDelimited', false, RGB, ['color=R%20100%20G%20200%20B%20150']],
    ['spaceDelimited', true, COLORS, ['color=blue', 'color=black', 'color=brown']],
    ['pipeDelimited', false, COLORS, ['color=blue|black|brown']],
    ['pipeDelimited', false, RGB, ['color=R|100|G|200|B|150']],
    ['deepObject', true, RGB, ['color[R]=100', 'color[G]=200', 'color[B]=150']],
    ['deepObject', true, { a: { b: 1 }, c: ['x', 'y'] }, ['color[a][b]=1', 'color[c]=x', 'color[c]=y']],
  ])('%s explode=%s %j → %j', (style, explode, value, expected) => {
    expect(queryPairs(param('query', style, explode, value))).toEqual(expected);
  });

  it.each<[string, unknown, string[]]>([
    ['undefined is not sent', undefined, []],
    ['null is not sent', null, []],
    ['an empty array is not sent', [], []],
    ['unset members are skipped', { a: 1, b: undefined, c: null }, ['a=1']],
    ['booleans and numbers as text', [true, 0], ['color=true', 'color=0']],
    ['dates as ISO 8601', new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), ['color=2024-01-02T03%3A04%3A05.000Z']],
    ['reserved characters encoded', 'a&b=c d/é', ['color=a%26b%3Dc%20d%2F%C3%A9']],
  ])('%s', (_name, value, expected) => {
    expect(queryPairs(param('query', undefined, undefined, value))).toEqual(expected);
  });

  it('keeps reserved characters when allowReserved says so, and still encodes the rest', () => {
    expect(queryPairs({ in: 'query', name: 'q', allowReserved: true, value: 'a/b?c:d é' })).toEqual(['q=a/b?c:d%20%C3%A9']);
  });

  it('encodes the name', () => {
    expect(queryPairs({ in: 'query', name: 'a b&c', value: 1 })).toEqual(['a%20b%26c=1']);
  });

  it('joins query parameters in order and ignores other locations', () => {
    expect(
      serializeQuery([
        { in: 'query', name: 'a', value: 1 },
        { in: 'header', name: 'h', value: 'x' },
        { in: 'query', name: 'b', value: ['x', 'y'] },
      ]),
    ).toBe('a=1&b=x&b=y');
  });
});

describe('header values', () => {
  it.each<[boolean | undefined, unknown, string | undefined]>([
    [undefined, BLUE, 'blue'],
    [undefined, COLORS, 'blue,black,brown'],
    [undefined, RGB, 'R,100,G,200,B,150'],
    [true, RGB, 'R=100,G=200,B=150'],
    [undefined, 42, '42'],
    [undefined, undefined, undefined],
    [undefined, null, undefined],
  ])('explode=%s %j → %s', (explode, value, expected) => {
    expect(headerValue(param('header', undefined, explode, value))).toBe(expected);
  });
});

describe('cookie pairs', () => {
  it.each<[boolean | undefined, unknown, string[]]>([
    [undefined, BLUE, ['color=blue']],
    [undefined, COLORS, ['color=blue', 'color=black', 'color=brown']],
    [false, COLORS, ['color=blue,black,brown']],
    [false, RGB, ['color=R,100,G,200,B,150']],
    [true, RGB, ['R=100', 'G=200', 'B=150']],
    [undefined, 'a;b c', ['color=a%3Bb%20c']],
    [undefined, undefined, []],
  ])('explode=%s %j → %j', (explode, value, expected) => {
    expect(cookiePairs(param('cookie', undefined, explode, value))).toEqual(expected);
  });
});

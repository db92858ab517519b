/**
 * Parameter serialization per OpenAPI's style/explode table
 * (https://spec.openapis.org/oas/v3.0.3#style-examples). Pure functions: they only turn values
 * into text, so they are tested directly. `undefined` and `null` mean "not sent".
 */

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export type ParameterStyle = 'form' | 'simple' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** One parameter of a call: where and how it goes, and the caller's value. */
export interface ParameterValue {
  readonly in: ParameterLocation;
  /** Wire name. */
  readonly name: string;
  /** Defaults: `form` for query and cookie, `simple` for path and header. */
  readonly style?: ParameterStyle;
  /** Defaults to true for `form`, false otherwise. */
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
  readonly required?: boolean;
  readonly value: unknown;
}

/** A value reduced to text: one scalar, a list, or key/value pairs. */
type Shape = { kind: 'scalar'; value: string } | { kind: 'array'; items: string[] } | { kind: 'object'; entries: [string, string][] };

const RESERVED = /%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi;

export function defaultStyle(location: ParameterLocation): ParameterStyle {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

function styleOf(p: ParameterValue): ParameterStyle {
  return p.style ?? defaultStyle(p.in);
}

function explodeOf(p: ParameterValue): boolean {
  return p.explode ?? styleOf(p) === 'form';
}

/** A scalar's text: Dates as ISO 8601, nested structures as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return { kind: 'array', items: items.filter(present).map(scalarText) };
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => present(v));
    return { kind: 'object', entries: entries.map(([k, v]): [string, string] => [k, scalarText(v)]) };
  }
  return { kind: 'scalar', value: scalarText(value) };
}

function encode(text: string, allowReserved = false): string {
  const encoded = encodeURIComponent(text);
  return allowReserved ? encoded.replace(RESERVED, (escape) => decodeURIComponent(escape)) : encoded;
}

/** `name=value` pairs for one query parameter, already percent-encoded. */
export function queryPairs(p: ParameterValue): string[] {
  if (!present(p.value)) return [];
  const style = styleOf(p);
  const explode = explodeOf(p);
  const name = encode(p.name);
  const value = (text: string): string => encode(text, p.allowReserved);
  if (style === 'deepObject' && typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value) && !(p.value instanceof Date)) {
    return deepObjectPairs(name, p.value, value);
  }
  const shape = shapeOf(p.value);
  if (shape.kind === 'scalar') return [`${name}=${value(shape.value)}`];
  if (shape.kind === 'array') {
    if (shape.items.length === 0) return [];
    if (explode) return shape.items.map((item) => `${name}=${value(item)}`);
    return [`${name}=${shape.items.map((item) => value(item)).join(delimiter(style))}`];
  }
  if (shape.entries.length === 0) return [];
  if (explode) return shape.entries.map(([k, v]) => `${encode(k)}=${value(v)}`);
  return [`${name}=${shape.entries.flatMap(([k, v]) => [value(k), value(v)]).join(delimiter(style))}`];
}

function delimiter(style: ParameterStyle): string {
  if (style === 'spaceDelimited') return '%20';
  if (style === 'pipeDelimited') return '|';
  return ',';
}

/** `name[key]=value`, nesting for nested objects and repeating for arrays. */
function deepObjectPairs(prefix: string, value: object, encodeValue: (text: string) => string): string[] {
  const pairs: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!present(v)) continue;
    const name = `${prefix}[${encode(key)}]`;
    if (Array.isArray(v)) {
      const items: unknown[] = v;
      for (const item of items.filter(present)) pairs.push(`${name}=${encodeValue(scalarText(item))}`);
    } else if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
      pairs.push(...deepObjectPairs(name, v, encodeValue));
    } else {
      pairs.push(`${name}=${encodeValue(scalarText(v))}`);
    }
  }
  return pairs;
}

/** The query string (without `?`) for all query parameters, in the order given. */
export function serializeQuery(parameters: readonly ParameterValue[]): string {
  return parameters.filter((p) => p.in === 'query').flatMap(queryPairs).join('&');
}

/** One path parameter's text, percent-encoded (a `/` in a value never becomes a path segment). */
export function pathValue(p: ParameterValue): string {
  const style = styleOf(p);
  const explode = explodeOf(p);
  const shape = shapeOf(p.value);
  if (style === 'label') {
    if (shape.kind === 'scalar') return `.${encode(shape.value)}`;
    return `.${listText(shape, explode, explode ? '.' : ',')}`;
  }
  if (style === 'matrix') {
    const name = encode(p.name);
    if (shape.kind === 'array' && explode) return shape.items.map((item) => `;${name}=${encode(item)}`).join('');
    if (shape.kind === 'object' && explode) return `;${listText(shape, true, ';')}`;
    return `;${name}=${shape.kind === 'scalar' ? encode(shape.value) : listText(shape, false, ',')}`;
  }
  return shape.kind === 'scalar' ? encode(shape.value) : listText(shape, explode, ',');
}

/**
 * Arrays as encoded items, objects as `k,v` (or `k=v` when exploded) pairs, joined by the style's
 * separator.
 */
function listText(
  shape: Exclude<Shape, { kind: 'scalar' }>,
  explode: boolean,
  separator: string,
  encodeText: (text: string) => string = encode,
): string {
  if (shape.kind === 'array') return shape.items.map((item) => encodeText(item)).join(separator);
  return shape.entries
    .map(([k, v]) => (explode ? `${encodeText(k)}=${encodeText(v)}` : `${encodeText(k)},${encodeText(v)}`))
    .join(separator);
}

/** Fills `{name}` placeholders of a path template. */
export function expandPath(template: string, parameters: readonly ParameterValue[]): string {
  let path = template;
  for (const p of parameters) {
    if (p.in !== 'path' || !present(p.value)) continue;
    path = path.split(`{${p.name}}`).join(pathValue(p));
  }
  // A `.` or `..` segment (even percent-encoded) is removed by every URL parser, so the call would
  // reach another endpoint: refuse to send it instead.
  const dots = path.split('/').find((segment) => /^(\.|%2e){1,2}$/i.test(segment));
  if (dots !== undefined) throw new TypeError(`a path parameter value makes the segment "${dots}", which no URL can carry`);
  return path;
}

/** A header parameter's value (simple style); `undefined` when not sent. Not percent-encoded. */
export function headerValue(p: ParameterValue): string | undefined {
  if (!present(p.value)) return undefined;
  const shape = shapeOf(p.value);
  return shape.kind === 'scalar' ? shape.value : listText(shape, explodeOf(p), ',', (text) => text);
}

/** `name=value` pairs for one cookie parameter (form style), names and values percent-encoded. */
export function cookiePairs(p: ParameterValue): string[] {
  if (!present(p.value)) return [];
  const shape = shapeOf(p.value);
  const name = encode(p.name);
  if (shape.kind === 'scalar') return [`${name}=${encode(shape.value)}`];
  if (explodeOf(p)) {
    if (shape.kind === 'array') return shape.items.map((item) => `${name}=${encode(item)}`);
    return shape.entries.map(([k, v]) => `${encode(k)}=${encode(v)}`);
  }
  return [`${name}=${listText(shape, false, ',')}`];
}

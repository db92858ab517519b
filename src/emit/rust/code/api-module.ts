/**
 * src/apis/<class>_api.rs: one error enum and one async function per operation of an API class,
 * from the plan (the functions, parameters and types the class's doc lists).
 */
import type { Api } from '../../../model/types.js';
import type { RustParam } from '../params.js';
import type { PlannedClass, PlannedFunction } from '../plan.js';
import type { RustType } from '../types.js';
import { mediaEssence } from '../../kit/media.js';
import { append, assignCall, derive, docLine, file, fnHead, paramType, rustChar, rustString } from './printer.js';

/** Whether the function takes this parameter as `&str` (so it is text already). */
const isText = (p: RustParam): boolean => p.type.type === 'String';
const isOptional = (p: RustParam): boolean => !p.required || p.type.nullable;
const isArray = (t: RustType): boolean => t.type.startsWith('Vec<');

function errorEnum(fn: PlannedFunction, out: string[]): void {
  out.push(
    `/// The error bodies [\`${fn.name}\`] declares, tried in order; any other body is \`UnknownValue\`.`,
    derive(['Debug', 'Clone', 'serde::Serialize', 'serde::Deserialize']),
    '#[serde(untagged)]',
    `pub enum ${fn.errorEnum} {`,
  );
  for (const e of fn.errors) out.push(`    ${e.variant}(${e.type.type}),`);
  out.push('    UnknownValue(serde_json::Value),', '}', '');
}

/** `target = callee(args);` (target `local_var_req` unless said), or a loop over an array's items of such statements. */
type Step = { readonly callee: string; readonly args: readonly string[]; readonly target?: string; readonly suffix?: string } | { readonly each: string; readonly body: readonly Step[] };

const REQ = 'local_var_req';
/** A form body given field by field is gathered here, then put on the request. */
const FORM = 'local_var_form';
const call = (callee: string, ...args: string[]): Step => ({ callee, args });

function print(indent: string, step: Step): string[] {
  if ('each' in step) return [`${indent}for item in &${step.each} {`, ...step.body.flatMap((s) => print(`${indent}    `, s)), `${indent}}`];
  return assignCall(indent, step.target ?? REQ, step.callee, step.args, step.suffix);
}

const isMultipart = (p: RustParam): boolean => (p.media ?? '').toLowerCase().startsWith('multipart/');

/** One field of a form body onto local_var_form: a file's bytes as a part, anything else as text. */
function formField(p: RustParam, value: string): Step[] {
  const wire = rustString(p.formField ?? '');
  if (!isMultipart(p)) return [{ target: FORM, callee: 'super::form_field', args: [FORM, wire, text(p, value)] }];
  if (p.type.leaf.kind === 'file' && !p.type.container) return [{ target: FORM, callee: 'super::part_file', args: [FORM, wire, `&${value}`], suffix: '?' }];
  return [{ target: FORM, callee: 'super::part_text', args: [FORM, wire, text(p, value)] }];
}

/** `value` as a `&str` for the wire. */
function text(p: RustParam, value: string): string {
  if (isText(p)) return value;
  const sep = p.source?.style === 'spaceDelimited' ? ' ' : p.source?.style === 'pipeDelimited' ? '|' : ',';
  return isArray(p.type) ? `&super::join(&${value}, ${rustString(sep)})` : `&super::to_text(&${value})`;
}

/** The steps that put one parameter on the request, given the variable holding its value. */
function place(p: RustParam, value: string): Step[] {
  const wire = rustString(p.source?.name ?? '');
  switch (p.source?.in) {
    case 'query':
      if (isArray(p.type) && p.source.explode) return [{ each: value, body: [call('super::query', REQ, wire, '&super::to_text(item)')] }];
      return [call('super::query', REQ, wire, text(p, value))];
    case 'header':
      return [call('super::header', REQ, wire, text(p, value))];
    case 'cookie':
      return [call('super::cookie', REQ, wire, text(p, value))];
    case 'path':
      return [];
    case undefined:
      return body(p, value);
  }
}

/** Whether a body is sent as JSON (not a form, a file or text). */
function isJsonBody(p: RustParam): boolean {
  const media = mediaEssence(p.media ?? 'application/json');
  if (p.formField !== undefined || media === 'application/x-www-form-urlencoded' || media.startsWith('multipart/')) return false;
  return p.type.leaf.kind !== 'file' && (/json/.test(media) || !isText(p));
}

const isFormMedia = (media: string): boolean => media === 'application/x-www-form-urlencoded' || media.startsWith('multipart/');

/**
 * A form body whose schema is a primitive (spoonacular's urlencoded `{type: string}`, params.ts
 * propertyless): no property names a field, so there is nothing to encode field by field; the
 * value the spec describes is the body itself, sent as written under the declared Content-Type
 * (for urlencoded the caller's already encoded `a=1&b=2`; a file its bytes). Wrapping it in a
 * made-up field or serializing it as JSON would send something the spec does not describe. Under
 * multipart the spec names no part and no boundary, so a server that parses parts may refuse the
 * value; still the caller can send it (and set another Content-Type by a header parameter, as
 * spoonacular's operations take), where 6.0's crate sends nothing at all.
 */
function formValue(p: RustParam, value: string): Step[] {
  const typed = call('super::header', REQ, '"Content-Type"', rustString((p.media ?? '').toLowerCase()));
  if (p.type.leaf.kind === 'file') return [typed, call(`${REQ}.body`, `std::fs::read(&${value})?`)];
  return [typed, call(`${REQ}.body`, isText(p) ? `${value}.to_owned()` : `super::to_text(&${value})`)];
}

function body(p: RustParam, value: string): Step[] {
  if (p.formField !== undefined) return formField(p, value);
  if (isJsonBody(p)) return [call(`${REQ}.json`, `&${value}`)];
  // The full media type (with a charset) goes on a text body's Content-Type; the essence picks the encoder.
  const media = mediaEssence(p.media ?? 'application/json');
  if (isFormMedia(media) && !p.type.container && (p.type.leaf.kind === 'primitive' || p.type.leaf.kind === 'file')) return formValue(p, value);
  if (media === 'application/x-www-form-urlencoded') return [call(`${REQ}.form`, `&${value}`)];
  if (media.startsWith('multipart/')) return [call(`${REQ}.multipart`, `super::multipart(&${value})`)];
  if (p.type.leaf.kind === 'file') return [call(`${REQ}.body`, `std::fs::read(&${value})?`)];
  return [call('super::header', REQ, '"Content-Type"', rustString((p.media ?? media).toLowerCase())), call(`${REQ}.body`, `${value}.to_owned()`)];
}

/** A required JSON body that may be null (a nullable model, params.ts): sent either way, `None` as `null`. */
function requiredNullableJson(p: RustParam): boolean {
  return p.source === undefined && p.required && p.type.nullable && isJsonBody(p);
}

function parameterLines(p: RustParam, out: string[]): void {
  const steps = place(p, isOptional(p) && !requiredNullableJson(p) ? 'value' : p.name);
  if (steps.length === 0) return;
  if (!isOptional(p) || requiredNullableJson(p)) {
    for (const s of steps) append(out, print('    ', s));
    return;
  }
  out.push(`    if let Some(value) = ${p.name} {`);
  for (const s of steps) append(out, print('        ', s));
  out.push('    }');
}

/** One character is pushed as a char (clippy's single_char_add_str). */
function pushLiteral(literal: string): string {
  const chars = [...literal];
  if (chars.length === 1) return `local_var_path.push(${rustChar(literal)});`;
  return `local_var_path.push_str(${rustString(literal)});`;
}

/** The path with each `{name}` filled from its (percent-encoded) parameter, built a piece a line. */
function pathLines(fn: PlannedFunction): string[] {
  const byWire = new Map(fn.params.filter((p) => p.source?.in === 'path').map((p) => [p.source?.name, p]));
  const pieces = fn.op.path.split(/(\{[^{}]*\})/).filter((piece) => piece !== '');
  type Part = { readonly literal: string; readonly code?: undefined } | { readonly literal?: undefined; readonly code: string };
  const parts = pieces.map((piece): Part => {
    const p = /^\{(.*)\}$/.exec(piece) === null ? undefined : byWire.get(piece.slice(1, -1));
    if (p === undefined) return { literal: piece };
    return { code: isText(p) ? `super::urlencode(${p.name})` : `super::urlencode(super::to_text(&${p.name}))` };
  });
  const [first, ...rest] = parts;
  if (first === undefined) return ['    let local_var_path = String::new();'];
  const start = first.literal !== undefined ? `String::from(${rustString(first.literal)})` : first.code;
  if (rest.length === 0) return [`    let local_var_path = ${start};`];
  return [
    `    let mut local_var_path = ${start};`,
    ...rest.map((part) => (part.literal !== undefined ? `    ${pushLiteral(part.literal)}` : `    local_var_path.push_str(&${part.code});`)),
  ];
}

/**
 * The function's first argument: `configuration`, as 6.0 names it, unless a parameter has that
 * name (6.0 prints it as written, `…(configuration)`); callers pass arguments by position, so
 * only the body of the function sees the other name.
 */
function configurationName(fn: PlannedFunction): string {
  return fn.params.some((p) => p.name === 'configuration') ? 'local_var_configuration' : 'configuration';
}

/** Every scheme the operation accepts adds its credential when the configuration has one. */
function authLines(fn: PlannedFunction, api: Api): string[] {
  const config = configurationName(fn);
  const names = [...new Set(fn.op.security.flatMap((r) => r.schemes.map((s) => s.name)))];
  const lines = names.flatMap((name) => {
    const scheme = api.securitySchemes.find((s) => s.name === name);
    switch (scheme?.type) {
      case 'http':
        return print('    ', call(`${config}.${scheme.scheme.toLowerCase() === 'basic' ? 'basic' : 'bearer'}`, REQ));
      case 'oauth2':
      case 'openIdConnect':
        return print('    ', call(`${config}.oauth`, REQ));
      case 'apiKey':
        return print('    ', call(`${config}.api_key_${scheme.in}`, REQ, rustString(scheme.paramName)));
      case undefined:
        return [];
    }
  });
  // OAuth and OpenID Connect both send the one access token: once.
  return [...new Set(lines)];
}

/**
 * Accept: the media types the operation answers with, those the function reads first. A server
 * that can answer in several (G4: text/plain, application/json, text/json) picks by it.
 */
function acceptLines(fn: PlannedFunction, reader: string): string[] {
  const json = fn.op.produces.filter((m) => /json/i.test(m));
  const other = fn.op.produces.filter((m) => !/json/i.test(m));
  const ordered = reader === 'text_response' ? [...other, ...json] : [...json, ...other];
  if (ordered.length === 0) return [];
  return print('    ', call('super::header', REQ, '"Accept"', rustString(ordered.join(', '))));
}

/** Before the parameters: an empty form when the body is given field by field. */
function formStart(fn: PlannedFunction): string[] {
  const first = fn.params.find((p) => p.formField !== undefined);
  if (first === undefined) return [];
  if (isMultipart(first)) return [`    let mut ${FORM} = reqwest::multipart::Form::new();`];
  return [`    let mut ${FORM}: Vec<(&str, String)> = Vec::new();`];
}

/** After them: the gathered form onto the request. */
function formEnd(fn: PlannedFunction): string[] {
  const first = fn.params.find((p) => p.formField !== undefined);
  if (first === undefined) return [];
  return print('    ', isMultipart(first) ? call(`${REQ}.multipart`, FORM) : call(`${REQ}.form`, `&${FORM}`));
}

function functionLines(fn: PlannedFunction, api: Api, out: string[]): void {
  const form = formStart(fn);
  const config = configurationName(fn);
  const params = [`${config}: &configuration::Configuration`];
  for (const p of fn.params) params.push(`${p.name}: ${paramType(p.type.type, isOptional(p))}`);
  const returns = `Result<${fn.returns?.type ?? '()'}, Error<${fn.errorEnum}>>`;
  const reader = fn.returns === undefined ? 'empty_response' : fn.returnsText ? 'text_response' : 'json_response';
  const changes = append([], acceptLines(fn, reader));
  for (const p of fn.params) parameterLines(p, changes);
  append(changes, formEnd(fn));
  append(changes, authLines(fn, api));
  const binding = changes.length === 0 ? 'let local_var_req' : 'let mut local_var_req';
  const method = `reqwest::Method::${fn.op.method.toUpperCase()}`;
  append(out, docLine(fn.op.summary));
  append(out, fnHead(`pub async fn ${fn.name}`, params, returns));
  append(out, pathLines(fn));
  out.push(`    ${binding} = ${config}.request(${method}, &local_var_path);`);
  append(out, form);
  append(out, changes);
  out.push(`    super::${reader}(local_var_req).await`, '}', '');
}

export function apiModule(planned: PlannedClass, api: Api): string {
  const lines = docLine(`${planned.className}: the operations ${planned.apiClass.tag === undefined ? 'without a tag' : `tagged ${planned.apiClass.tag}`}.`).map((l) => l.replace('///', '//!'));
  lines.push('', 'use super::{configuration, Error};', '');
  for (const fn of planned.functions) errorEnum(fn, lines);
  for (const fn of planned.functions) functionLines(fn, api, lines);
  return file(lines);
}

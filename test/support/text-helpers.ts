/**
 * Every escaper and text helper that spec text runs through, with what each promises about its
 * output, and the long runs they must handle in linear time. Shared by the property test
 * (test/hostile/linear-time.test.ts) and the benchmark (bench/sections/escapers.ts), so
 * a helper added here is both checked and measured.
 */
import { oneLine } from '../../src/cli/report.js';
import { schemeAnchor } from '../../src/emit/docs/anchors.js';
import { escapeText, foldedText, htmlEscape, markdownRaw, midRowCell, referenceNotes, tableCell } from '../../src/emit/docs/escape.js';
import { schemeTitle as goSchemeTitle } from '../../src/emit/go/auth.js';
import { goModelName, goOperationName, goParamName, goPropertyName } from '../../src/emit/go/naming.js';
import * as goText from '../../src/emit/go/text.js';
import { foldAccents, snakeIdentifier } from '../../src/emit/identifiers.js';
import * as pythonNaming from '../../src/emit/python/naming.js';
import * as pythonText from '../../src/emit/python/text.js';
import { schemeTitle as rustSchemeTitle } from '../../src/emit/rust/auth.js';
import * as rustNaming from '../../src/emit/rust/naming.js';
import { notesText as rustNotesText, specCell, specText } from '../../src/emit/rust/text.js';
import { literalHeading } from '../../src/emit/typescript/docs/anchors.js';
import { cell, codeSpan, defaultNote, fenceFor, literal, paragraphs, proseLine } from '../../src/emit/typescript/docs/markdown.js';
import { typeMarkdown } from '../../src/emit/typescript/docs/type-links.js';
import { commentText, propertyKey, stringLiteral } from '../../src/emit/typescript/escape.js';
import { camelName, typeName } from '../../src/emit/typescript/naming.js';
import { buildApi } from '../../src/model/build.js';
import { deriveOperationId } from '../../src/model/operation-id.js';

/**
 * Where a helper's output lands, and so what it promises: `cell` and `line` output is one line
 * (a `cell` has no pipe that ends it), `block` and `code` may span lines, a `name` is an
 * identifier or file name, `other` promises only linear time.
 */
export type Context = 'cell' | 'line' | 'block' | 'code' | 'name' | 'other';

export interface TextHelper {
  readonly name: string;
  readonly context: Context;
  readonly run: (text: string) => string;
}

const docFiles = new Map([['Thing', 'Thing']]);

/** The server URL the OpenAPI 3 builder makes, variables filled in and trailing slashes gone. */
function serverUrl(url: string): string {
  const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, servers: [{ url }], paths: {} };
  return buildApi(doc, 'openapi-3.0').baseUrl;
}

function basePath(path: string): string {
  return buildApi({ swagger: '2.0', info: { title: 't', version: '1' }, host: 'h', basePath: path, paths: {} }, 'swagger-2.0').baseUrl;
}

export const TEXT_HELPERS: readonly TextHelper[] = [
  { name: 'docs escapeText (comment)', context: 'other', run: (t) => escapeText(t, 'comment') },
  { name: 'docs escapeText (python)', context: 'other', run: (t) => escapeText(t, 'python') },
  { name: 'docs htmlEscape', context: 'other', run: htmlEscape },
  { name: 'docs foldedText', context: 'line', run: foldedText },
  { name: 'docs markdownRaw', context: 'line', run: markdownRaw },
  { name: 'docs referenceNotes', context: 'line', run: referenceNotes },
  { name: 'docs tableCell', context: 'cell', run: tableCell },
  { name: 'docs midRowCell', context: 'cell', run: midRowCell },
  { name: 'docs schemeAnchor', context: 'other', run: schemeAnchor },
  { name: 'go rawText', context: 'line', run: goText.rawText },
  { name: 'go notesText', context: 'line', run: goText.notesText },
  { name: 'go escapedText', context: 'line', run: goText.escapedText },
  { name: 'go escapedCell', context: 'cell', run: goText.escapedCell },
  { name: 'go schemeTitle', context: 'line', run: goSchemeTitle },
  { name: 'python rawText', context: 'line', run: pythonText.rawText },
  { name: 'python notesText', context: 'line', run: pythonText.notesText },
  { name: 'python escapedText', context: 'line', run: pythonText.escapedText },
  { name: 'python cellText', context: 'cell', run: pythonText.cellText },
  { name: 'python cellValue', context: 'cell', run: pythonText.cellValue },
  { name: 'python codeText', context: 'code', run: pythonText.codeText },
  { name: 'python mediaTypeText', context: 'line', run: pythonText.mediaTypeText },
  { name: 'python linkText', context: 'line', run: pythonText.linkText },
  { name: 'rust specText', context: 'line', run: specText },
  { name: 'rust notesText', context: 'line', run: rustNotesText },
  { name: 'rust specCell', context: 'cell', run: specCell },
  { name: 'rust schemeTitle', context: 'line', run: rustSchemeTitle },
  { name: 'typescript stringLiteral', context: 'code', run: stringLiteral },
  { name: 'typescript propertyKey', context: 'code', run: propertyKey },
  { name: 'typescript commentText', context: 'code', run: commentText },
  { name: 'typescript docs literal', context: 'cell', run: literal },
  { name: 'typescript docs proseLine', context: 'line', run: proseLine },
  { name: 'typescript docs paragraphs', context: 'block', run: (t) => paragraphs(t).join('\n\n') },
  { name: 'typescript docs cell', context: 'cell', run: cell },
  { name: 'typescript docs defaultNote', context: 'cell', run: defaultNote },
  { name: 'typescript docs codeSpan', context: 'line', run: codeSpan },
  { name: 'typescript docs fenceFor', context: 'other', run: fenceFor },
  { name: 'typescript docs literalHeading', context: 'line', run: (t) => literalHeading(t).markdown },
  { name: 'typescript docs typeMarkdown', context: 'cell', run: (t) => typeMarkdown(t, docFiles, '') },
  { name: 'typescript camelName', context: 'name', run: (t) => camelName(t, 'param') },
  { name: 'typescript typeName', context: 'name', run: (t) => typeName(t) },
  { name: 'go goOperationName', context: 'name', run: goOperationName },
  { name: 'go goModelName', context: 'name', run: goModelName },
  { name: 'go goPropertyName', context: 'name', run: goPropertyName },
  { name: 'go goParamName', context: 'name', run: goParamName },
  { name: 'python operationName', context: 'name', run: pythonNaming.operationName },
  { name: 'python variableName', context: 'name', run: pythonNaming.variableName },
  { name: 'python modelName', context: 'name', run: pythonNaming.modelName },
  { name: 'rust operationName', context: 'name', run: rustNaming.operationName },
  { name: 'rust fieldName', context: 'name', run: rustNaming.fieldName },
  { name: 'rust modelName', context: 'name', run: rustNaming.modelName },
  { name: 'identifiers foldAccents', context: 'other', run: foldAccents },
  { name: 'identifiers snakeIdentifier', context: 'name', run: snakeIdentifier },
  { name: 'model deriveOperationId', context: 'name', run: (t) => deriveOperationId(`/${t}`, 'get') },
  { name: 'model server URL (OpenAPI 3)', context: 'other', run: serverUrl },
  { name: 'model base path (Swagger 2)', context: 'other', run: basePath },
  { name: 'cli oneLine (error messages)', context: 'other', run: oneLine },
];

/**
 * Characters that mean something to at least one helper (markdown, HTML, string and comment
 * syntax, name splitting, URLs), plus a letter, a digit, an accent and the invisible ones.
 */
export const SPECIAL_CHARACTERS: readonly string[] = [
  '\\', '|', ' ', '\t', '\n', '\r', '\u2028', '#', '=', '-', '*', '_', '+', '`', '~', '[', ']', '(', ')', '!',
  '<', '>', '&', '"', "'", '/', '{', '}', ':', '@', '.', '$', '%', ';', 'a', 'A', '0', 'é', '\u0000', '\u200d', '\u202e',
];

/** Where a run sits: alone, before a pipe, inside a word, after a heading marker, in a heading line. */
export const RUN_SHAPES: readonly { readonly name: string; readonly make: (run: string) => string }[] = [
  { name: 'run', make: (run) => run },
  { name: 'run|', make: (run) => `${run}|` },
  { name: 'x run x', make: (run) => `x${run}x` },
  { name: '# run x', make: (run) => `# ${run}x` },
  { name: '# x run x', make: (run) => `# x${run}x` },
];

/**
 * The model built elsewhere too (worker lanes): the document a SpecSource gives back is the one
 * read, written response order included; the loader hands a self-contained JSON spec over in two
 * steps (parse once read, build once its references are checked), builds the same model here,
 * and refuses, warns and reports as loadApi does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, documentOf, loadApi, loadApiOrElsewhere, modelOf, SpecError, type ModelElsewhere, type ModelSource, type SpecWarning } from '../../src/load/index.js';
import { readSpec } from '../../src/load/read.js';
import { specKeys } from '../../src/model/key-order.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-model-step-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** `default` written before `200`, which a JavaScript object lists first; a `type: any` to warn about. */
const JSON_SPEC = `{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {
  "/a": {"get": {"operationId": "getA", "responses": {"default": {"description": "d"}, "200": {"description": "o",
    "content": {"application/json": {"schema": {"type": "any"}}}}}}},
  "/b": {"get": {"operationId": "getB", "responses": {"200": {"description": "o"}}}}}}`;

/** Records what the loader asks of it, and the source it was given. */
class Recorder implements ModelElsewhere {
  readonly calls: string[] = [];
  source: ModelSource | undefined;
  read(model: ModelSource): void {
    this.calls.push('read');
    this.source = model;
  }
  build(): void {
    this.calls.push('build');
  }
}

describe('SpecSource', () => {
  test("gives back the document read, with the responses' written order", () => {
    const { document, source } = readSpec(file('order.json', JSON_SPEC), 'order.json', DEFAULT_LIMITS);
    const rebuilt = documentOf({ source: source!, dialect: 'openapi-3.0', file: 'order.json', limits: DEFAULT_LIMITS });
    expect(rebuilt).toEqual(document);
    const responses = (doc: unknown) => (doc as { paths: Record<string, { get: { responses: Record<string, unknown> } }> }).paths['/a']!.get.responses;
    expect(Object.keys(responses(rebuilt))).toEqual(['200', 'default']);
    expect(specKeys(responses(rebuilt))).toEqual(['default', '200']);
  });

  test('is there for JSON only: a YAML spec, or JSON-looking flow YAML, has none', () => {
    expect(readSpec(file('a.yaml', "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\n"), 'a.yaml', DEFAULT_LIMITS).source).toBeUndefined();
    const flow = readSpec(file('flow.yaml', "{openapi: 3.0.3, info: {title: T, version: '1'}, paths: {}}"), 'flow.yaml', DEFAULT_LIMITS);
    expect(flow.document).toMatchObject({ openapi: '3.0.3' });
    expect(flow.source).toBeUndefined();
  });
});

describe('loadApiOrElsewhere', () => {
  test('hands a JSON spec over (parse once read, build once checked) and gives the model built here', async () => {
    const warnings: SpecWarning[] = [];
    const elsewhere = new Recorder();
    const loaded = await loadApiOrElsewhere(file('e.json', JSON_SPEC), { onWarning: (w) => warnings.push(w) }, elsewhere);
    expect(elsewhere.calls).toEqual(['read', 'build']);
    expect(warnings.map((w) => w.kind)).toEqual(['unknown-type']);
    const here = await loadApi(file('e.json', JSON_SPEC), { onWarning: () => undefined });
    expect(loaded).toEqual(here);
    // What the lane builds from the source is what this thread built.
    const { dialect, file: shown, limits } = elsewhere.source!;
    expect(modelOf(documentOf(elsewhere.source!), dialect, shown, limits)).toEqual(here);
  });

  test('builds a YAML spec here only, and asks nothing of the lanes', async () => {
    const elsewhere = new Recorder();
    const yaml = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      responses: { '200': { description: o } }\n";
    const loaded = await loadApiOrElsewhere(file('y.yaml', yaml), {}, elsewhere);
    expect(elsewhere.calls).toEqual([]);
    expect(loaded.operations).toHaveLength(1);
  });

  test('never has the lanes build a spec refused for its references', async () => {
    const elsewhere = new Recorder();
    const cycle = JSON_SPEC.replace('"paths"', '"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}, "paths"');
    const error: unknown = await loadApiOrElsewhere(file('c.json', cycle), {}, elsewhere).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toMatch(/cycle of references/);
    expect(elsewhere.calls).toEqual(['read']);
  });

  test('reports a validation refusal, the lanes having been asked to build', async () => {
    const elsewhere = new Recorder();
    const invalid = JSON_SPEC.replace('"/b": {"get": {"operationId": "getB", ', '"/b": {"get": {"operationId": 7, ');
    const error: unknown = await loadApiOrElsewhere(file('v.json', invalid), { strict: true }, elsewhere).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).pointer).toBe('/paths/~1b/get/operationId');
    expect(elsewhere.calls).toEqual(['read', 'build']);
  });

  test('refuses a spec whose model cannot be built, before any warning is printed', async () => {
    const warnings: SpecWarning[] = [];
    const badHeader = JSON_SPEC.replace('"/b": {"get": {"operationId": "getB", ', '"/b": {"get": {"operationId": "getB", "parameters": [{"name": "X Y", "in": "header", "schema": {"type": "string"}}], ');
    const error: unknown = await loadApiOrElsewhere(file('f.json', badHeader), { onWarning: (w) => warnings.push(w) }, new Recorder()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ pointer: '/paths/~1b/get', message: 'header parameter "X Y" is not a valid HTTP header name' });
    expect(warnings).toEqual([]);
  });
});

/**
 * The model built elsewhere (target lanes): the document a SpecSource gives back is the one read,
 * written response order included; the loader hands a self-contained JSON spec over in two steps
 * (parse once read, build once its references are checked), asks for the outcome only after
 * validation, and refuses, warns and reports in the order a model built here would.
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

/** Records what the loader asks of it; builds the model as a lane does, from the source alone. */
class Recorder implements ModelElsewhere {
  readonly calls: string[] = [];
  source: ModelSource | undefined;
  constructor(private readonly outcome?: Error) {}
  read(model: ModelSource): void {
    this.calls.push('read');
    this.source = model;
  }
  build(): void {
    this.calls.push('build');
  }
  built(): Promise<{ operations: number }> {
    this.calls.push('built');
    if (this.outcome) return Promise.reject(this.outcome);
    const { dialect, file: shown, limits } = this.source!;
    return Promise.resolve({ operations: modelOf(documentOf(this.source!), dialect, shown, limits).operations.length });
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
  test('hands a JSON spec over: parse once read, build once checked, the outcome after validation', async () => {
    const warnings: SpecWarning[] = [];
    const elsewhere = new Recorder();
    const loaded = await loadApiOrElsewhere(file('e.json', JSON_SPEC), { onWarning: (w) => warnings.push(w) }, elsewhere);
    expect(elsewhere.calls).toEqual(['read', 'build', 'built']);
    expect(loaded).toEqual({ api: undefined, operations: 2 });
    expect(warnings.map((w) => w.kind)).toEqual(['unknown-type']);
    // What the lane builds is what this thread would have.
    const here = await loadApi(file('e.json', JSON_SPEC), { onWarning: () => undefined });
    const { dialect, file: shown, limits } = elsewhere.source!;
    expect(modelOf(documentOf(elsewhere.source!), dialect, shown, limits)).toEqual(here);
  });

  test('builds a YAML spec here, and asks nothing of the lanes', async () => {
    const elsewhere = new Recorder();
    const yaml = "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a:\n    get:\n      responses: { '200': { description: o } }\n";
    const loaded = await loadApiOrElsewhere(file('y.yaml', yaml), {}, elsewhere);
    expect(elsewhere.calls).toEqual([]);
    expect(loaded.operations).toBe(1);
    expect(loaded.api?.operations).toHaveLength(1);
  });

  test('never has the lanes build a spec refused for its references', async () => {
    const elsewhere = new Recorder();
    const cycle = JSON_SPEC.replace('"paths"', '"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}, "paths"');
    const error: unknown = await loadApiOrElsewhere(file('c.json', cycle), {}, elsewhere).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toMatch(/cycle of references/);
    expect(elsewhere.calls).toEqual(['read']);
  });

  test('reports a validation refusal without asking how the build went', async () => {
    const elsewhere = new Recorder(new Error('not to be seen'));
    const invalid = JSON_SPEC.replace('"/b": {"get": {"operationId": "getB", ', '"/b": {"get": {"operationId": 7, ');
    const error: unknown = await loadApiOrElsewhere(file('v.json', invalid), { strict: true }, elsewhere).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).pointer).toBe('/paths/~1b/get/operationId');
    expect(elsewhere.calls).toEqual(['read', 'build']);
  });

  test("fails with the lanes' refusal, before any warning is printed", async () => {
    const refusal = new SpecError('f.json', '/paths/~1a/get', 'header parameter "X Y" is not a valid HTTP header name');
    const warnings: SpecWarning[] = [];
    const error: unknown = await loadApiOrElsewhere(file('f.json', JSON_SPEC), { onWarning: (w) => warnings.push(w) }, new Recorder(refusal)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBe(refusal);
    expect(warnings).toEqual([]);
  });
});

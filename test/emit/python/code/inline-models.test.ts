/**
 * Inline objects are models in the package too, not only in its docs: the plan hoists them
 * (kit/inline-models.ts with swagger-codegen 2.2's rules), so the methods of a package generated
 * from the inline quirk specs return and take those model classes. A scripted server answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { target } from '../../../../src/emit/python/index.js';
import { loadApi } from '../../../../src/load/index.js';
import { json, startScriptedServer, type ScriptedServer } from '../../../e2e/http.js';
import { runPython, shown } from '../venv.js';

const QUIRKS = new URL('../quirks', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'sdkgen-py-inline-'));

async function writePackage(spec: string, packageName: string): Promise<void> {
  const api = await loadApi(`${QUIRKS}/${spec}/spec.yaml`);
  for (const file of target.emit(api, { packageName })) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), file.contents);
  }
}

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
  // Two packages side by side: each writes only its own package folder (README/docs overlap, unused here).
  await writePackage('inline-response-models', 'replies');
  await writePackage('inline-body-models', 'bodies');
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

test('inline response objects come back as their hoisted model classes, nested ones too', async () => {
  server.handle((req, res) => {
    if (req.url === '/orders/7') json(res, 200, { id: '7', total: 2.5, meta: { page: 3 } });
    else if (req.url === '/orders' && req.method === 'GET') json(res, 200, [{ id: 'a', line: { sku: 'k1' } }]);
    else json(res, 200, { open: { count: 2, last: { at: '2024-05-01T10:00:00Z' } } });
  });
  const script = [
    'import json, replies',
    `replies.configuration.host = ${JSON.stringify(server.url)}`,
    'api = replies.OrdersApi()',
    "order = api.get_order('7')",
    'orders = api.list_orders()',
    'tally = api.tally_orders()',
    'print(json.dumps({"order": type(order).__name__, "meta": type(order.meta).__name__, "page": order.meta.page,',
    '  "line": type(orders[0].line).__name__, "sku": orders[0].line.sku,',
    '  "tally": type(tally["open"]).__name__, "at": type(tally["open"].last.at).__name__}))',
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    order: 'InlineResponse200',
    meta: 'InlineResponse200Meta',
    page: 3,
    line: 'OrdersLine',
    sku: 'k1',
    tally: 'InlineResponse2003',
    at: 'datetime',
  });
});

test('an inline body is a model named after its parameter, sent as the JSON the spec describes', async () => {
  server.handle((_req, res) => res.writeHead(204).end());
  const script = [
    'import bodies',
    `bodies.configuration.host = ${JSON.stringify(server.url)}`,
    "bodies.OrdersApi().create_order(bodies.Order(sku='k1', shipping=bodies.OrdersShipping(street='Main St')))",
    "bodies.OrdersApi().add_lines('7', lines=[bodies.Lines(sku='k2', quantity=3)])",
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  const [create, lines] = server.requests;
  expect(create?.url).toBe('/orders');
  expect(JSON.parse(create?.body ?? '')).toEqual({ sku: 'k1', shipping: { street: 'Main St' } });
  expect(lines?.url).toBe('/orders/7/lines');
  expect(JSON.parse(lines?.body ?? '')).toEqual([{ sku: 'k2', quantity: 3 }]);
});

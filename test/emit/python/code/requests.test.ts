/**
 * What the generated operation methods put on the wire for the parameter kinds the three product
 * specs do not have: query arrays (repeated and comma-joined), header and cookie parameters,
 * multipart bodies with a file, urlencoded forms, a file download and a map answer. A package
 * generated from a small Api calls a scripted server, which records every request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { target } from '../../../../src/emit/python/index.js';
import { json, startScriptedServer, type ScriptedServer } from '../../../e2e/http.js';
import { api, arrayOf, fmt, int, mapOf, named, object, ok, operation, param, prop, ref, str } from '../api-fixtures.js';
import { runPython, shown } from '../venv.js';

const out = mkdtempSync(join(tmpdir(), 'sdkgen-py-requests-'));
const item = named('Item', object([prop('id', int(), true), prop('name', str())]));
const shapes = api({
  operations: [
    operation({
      id: 'listItems',
      path: '/items',
      parameters: [
        param('ids', arrayOf(int())),
        param('tags', arrayOf(str()), { explode: false }),
        param('X-Trace', int(), { in: 'header' }),
        param('session', str(), { in: 'cookie' }),
        // Named like the builtin, as 2.2.2 names it: the cookie is joined without calling str().
        param('str', int(), { in: 'cookie', required: true }),
      ],
      produces: ['application/json'],
      responses: [ok(arrayOf(ref('Item')))],
    }),
    operation({
      id: 'upload',
      method: 'post',
      path: '/upload',
      consumes: ['multipart/form-data'],
      requestBody: { required: true, content: [{ mediaType: 'multipart/form-data', schema: object([prop('file', fmt('binary'), true), prop('note', str())]) }] },
      responses: [ok(ref('Item'))],
    }),
    operation({
      id: 'login',
      method: 'post',
      path: '/login',
      consumes: ['application/x-www-form-urlencoded'],
      requestBody: { required: true, content: [{ mediaType: 'application/x-www-form-urlencoded', schema: object([prop('username', str(), true), prop('password', str(), true)]) }] },
      responses: [ok(mapOf(int()))],
    }),
    operation({
      id: 'loginCharset',
      method: 'post',
      path: '/login-charset',
      consumes: ['application/x-www-form-urlencoded; charset=utf-8'],
      requestBody: { required: true, content: [{ mediaType: 'application/x-www-form-urlencoded; charset=utf-8', schema: object([prop('username', str(), true)]) }] },
      responses: [ok(mapOf(int()))],
    }),
    operation({
      id: 'attach',
      method: 'post',
      path: '/attach',
      consumes: ['multipart/mixed'],
      requestBody: { required: true, content: [{ mediaType: 'multipart/mixed', schema: object([prop('note', str(), true)]) }] },
      responses: [ok(mapOf(int()))],
    }),
    operation({ id: 'download', path: '/download', produces: ['application/octet-stream'], responses: [{ ...ok(fmt('binary')), content: [{ mediaType: 'application/octet-stream', schema: fmt('binary') }] }] }),
  ],
  schemas: [item],
});

for (const file of target.emit(shapes, { packageName: 'shapes' })) {
  mkdirSync(dirname(join(out, file.path)), { recursive: true });
  writeFileSync(join(out, file.path), file.contents);
}
writeFileSync(join(out, 'upload.txt'), 'file body');

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

test('a form body given whole (its media type has a charset, or is another multipart type) sends its fields', async () => {
  server.handle((_req, res) => json(res, 200, { ok: 1 }));
  const script = [
    'import shapes',
    `shapes.configuration.host = ${JSON.stringify(server.url)}`,
    'api = shapes.ThingsApi()',
    "api.login_charset(shapes.Body(username='ü & u'))",
    "api.attach(shapes.Body1(note='a note'))",
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  const [login, attach] = server.requests;
  expect(login?.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
  expect(login?.body).toBe('username=%C3%BC+%26+u');
  expect(attach?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(attach?.body).toContain('name="note"\r\n\r\na note');
});

test('arrays, headers, cookies, multipart and urlencoded forms go out as the spec says; answers come back typed', async () => {
  server.handle((req, res) => {
    if (req.url.startsWith('/items')) json(res, 200, [{ id: 1, name: 'a' }]);
    else if (req.url === '/upload') json(res, 200, { id: 2 });
    else if (req.url === '/login') json(res, 200, { a: 1, b: 2 });
    else res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="../../evil.bin"' }).end(Buffer.from([0, 255, 1]));
  });
  const script = [
    'import json, os, shapes',
    `shapes.configuration.host = ${JSON.stringify(server.url)}`,
    'api = shapes.ThingsApi()',
    "items = api.list_items(5, ids=[1, 2], tags=['x', 'y'], x_trace=7, session='s1')",
    "uploaded = api.upload('upload.txt', note='hi')",
    "tokens = api.login('u', 'p w')",
    'path = api.download()',
    'with open(path, "rb") as f: downloaded = f.read().hex()',
    'os.remove(path)',
    'print(json.dumps({"items": [type(i).__name__ for i in items], "first": items[0].to_dict(), "uploaded": uploaded.id,',
    '  "tokens": tokens, "download": downloaded, "name": os.path.basename(path)}))',
  ].join('\n');
  const result = await runPython(['-c', script], out);
  expect(result.code, shown(result)).toBe(0);
  const report = JSON.parse(result.stdout) as Record<string, unknown>;
  expect(report).toMatchObject({ items: ['Item'], first: { id: 1, name: 'a' }, uploaded: 2, tokens: { a: 1, b: 2 }, download: '00ff01', name: 'evil.bin' });

  // The file is written as bytes, under its name's last part only (not ../../evil.bin).
  const [list, upload, login] = server.requests;
  expect(list?.url).toBe('/items?ids=1&ids=2&tags=x%2Cy');
  expect(list?.headers['x-trace']).toBe('7');
  expect(list?.headers.cookie).toBe('str=5; session=s1');
  expect(upload?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(upload?.body).toContain('name="file"; filename="upload.txt"');
  expect(upload?.body).toContain('file body');
  expect(upload?.body).toContain('name="note"\r\n\r\nhi');
  expect(login?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(login?.body).toBe('username=u&password=p+w');
  expect(readFileSync(join(out, 'upload.txt'), 'utf8')).toBe('file body');
});

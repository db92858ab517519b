/**
 * Choosing the base URL among the spec's servers (runtime/servers.ts): by index or description,
 * variables from the caller or the spec's defaults, enums checked when the API class is built.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Configuration, type ConfigurationParameters } from '../../../src/emit/typescript/runtime/configuration.js';
import { serverUrl, type ServerDescription } from '../../../src/emit/typescript/runtime/servers.js';
import { GET, TestApi } from './runtime-harness.js';
import { json, startServer, type TestServer } from './server.js';

const SERVERS: readonly ServerDescription[] = [
  {
    url: 'https://{region}.example.com/{version}',
    description: 'Production',
    variables: { region: { default: 'eu', enum: ['eu', 'us'] }, version: { default: 'v1' } },
  },
  { url: 'http://localhost:8080', description: 'Local' },
];

describe('serverUrl', () => {
  it('fills variables with defaults, or with the values given', () => {
    expect(serverUrl(SERVERS, 0)).toBe('https://eu.example.com/v1');
    expect(serverUrl(SERVERS, 0, { region: 'us', version: 'v2' })).toBe('https://us.example.com/v2');
  });

  it('chooses by index or by description', () => {
    expect(serverUrl(SERVERS, 1)).toBe('http://localhost:8080');
    expect(serverUrl(SERVERS, 'Local')).toBe('http://localhost:8080');
    expect(serverUrl(SERVERS, 'Production', { region: 'us' })).toBe('https://us.example.com/v1');
  });

  it('refuses a value outside the enum, a variable the server lacks, a server that does not exist', () => {
    expect(() => serverUrl(SERVERS, 0, { region: 'mars' })).toThrow(new TypeError('server variable "region" must be one of "eu", "us"'));
    expect(() => serverUrl(SERVERS, 0, { port: '1' })).toThrow(/has no variable "port"; it has "region", "version"/);
    expect(() => serverUrl(SERVERS, 1, { region: 'us' })).toThrow(/has no variable "region"/);
    expect(() => serverUrl(SERVERS, 2)).toThrow(new TypeError('no server 2: the spec lists: 0 ("Production"), 1 ("Local")'));
    expect(() => serverUrl(SERVERS, 'Staging')).toThrow(/no server "Staging"/);
    expect(() => serverUrl([], 0)).toThrow('no server 0: the spec lists no servers');
  });

  it('does not take inherited names for variables', () => {
    expect(() => serverUrl(SERVERS, 0, { toString: 'x' })).toThrow(/has no variable "toString"/);
    expect(serverUrl([{ url: 'http://h/{constructor}' }], 0)).toBe('http://h/{constructor}');
  });
});

describe('an API class built with a server choice', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const local = (): readonly ServerDescription[] => [
    { url: 'https://api.example.com', description: 'Production' },
    { url: 'http://127.0.0.1:{port}/{stage}', description: 'Local', variables: { port: { default: '1' }, stage: { default: 'dev', enum: ['dev', 'qa'] } } },
  ];
  const build = (parameters: ConfigurationParameters): TestApi =>
    new TestApi(new Configuration({ retry: { maxAttempts: 1 }, ...parameters }), 'https://default.example.com', local());

  it('calls the chosen server with its variables', async () => {
    server.handle((req, res) => json(res, 200, { url: req.url }));
    const port = new URL(server.url).port;
    expect(await build({ server: 'Local', serverVariables: { port, stage: 'qa' } }).call(GET)).toEqual({ url: '/qa/things' });
    expect(await build({ server: 1, serverVariables: { port } }).call(GET)).toEqual({ url: '/dev/things' });
  });

  it('refuses a bad choice when the class is built, before any call', () => {
    expect(() => build({ server: 'Local', serverVariables: { stage: 'prod' } })).toThrow('server variable "stage" must be one of "dev", "qa"');
    expect(() => build({ server: 5 })).toThrow(TypeError);
  });

  it('lets basePath win over the servers, and uses the default base path when nothing is chosen', async () => {
    server.handle((req, res) => json(res, 200, { url: req.url }));
    expect(await build({ basePath: `${server.url}/over`, server: 0 }).call(GET)).toEqual({ url: '/over/things' });
    let seen = '';
    const fetchApi = async (input: string): Promise<Response> => {
      seen = input;
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    await build({ fetchApi }).call(GET);
    expect(seen).toBe('https://default.example.com/things');
  });
});

/**
 * The generated client of test/fixtures/typescript/features.yaml against a real HTTP server:
 * Raw variants (pagination by Link and X-Total-Count), error guards, event streams, byte streams,
 * enum value arrays and the naming of variants that meet another operation's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitSpec, removeTemporary, writePackage } from './support.js';
import { json, startServer, type TestServer } from './server.js';

interface Page {
  readonly data: { id: number; name: string }[];
  readonly status: number;
  readonly headers: Headers;
}
type Method = (request?: unknown, options?: unknown) => Promise<unknown>;
type ApiClass = new (configuration?: unknown) => Record<string, Method>;

let server: TestServer;
let client: Record<string, unknown>;

beforeAll(async () => {
  server = await startServer();
  const dir = writePackage(await emitSpec('test/fixtures/typescript/features.yaml'), 'features');
  client = (await import(`${dir}/src/index.ts`)) as Record<string, unknown>;
});
afterAll(async () => {
  await server.close();
  removeTemporary();
});

function api(className: string, parameters: Record<string, unknown> = {}): Record<string, Method> {
  const Configuration = client.Configuration as new (parameters: Record<string, unknown>) => unknown;
  const Api = client[className] as ApiClass;
  return new Api(new Configuration({ basePath: server.url, retry: { baseDelayMs: 1 }, ...parameters }));
}

function method(target: Record<string, Method>, name: string): Method {
  const found = target[name];
  if (found === undefined) throw new Error(`no method ${name}`);
  return found.bind(target);
}

describe('Raw variants', () => {
  it('page through a list by its Link header, reading X-Total-Count', async () => {
    const pets = [1, 2, 3, 4, 5].map((id) => ({ id, name: `pet ${id}` }));
    server.handle((req, res) => {
      const page = Number(new URL(req.url, server.url).searchParams.get('page') ?? '1');
      const next = page < 3 ? `<${server.url}/pets?page=${page + 1}>; rel="next"` : '';
      json(res, 200, pets.slice((page - 1) * 2, page * 2), { 'x-total-count': String(pets.length), ...(next === '' ? {} : { link: next }) });
    });
    const listPetsRaw = method(api('PetsApi'), 'listPetsRaw');
    const seen: number[] = [];
    let total = 0;
    let page: number | undefined = 1;
    while (page !== undefined) {
      const response = (await listPetsRaw({ page })) as Page;
      total = Number(response.headers.get('x-total-count'));
      seen.push(...response.data.map((p) => p.id));
      const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
      page = link === undefined ? undefined : Number(new URL(link).searchParams.get('page'));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(total).toBe(5);
    expect(server.requests.map((r) => r.url)).toEqual(['/pets?page=1', '/pets?page=2', '/pets?page=3']);
  });

  it('keep the name of an operation called like a variant: getPetRaw is the operation, getPet\'s variant is getPetRaw2', async () => {
    server.handle((req, res) =>
      req.url.endsWith('/raw') ? res.writeHead(200, { 'content-type': 'text/plain' }).end('stored') : json(res, 200, { id: 1, name: 'Rex' }),
    );
    const pets = api('PetsApi');
    expect(await method(pets, 'getPetRaw')({ id: 1 })).toBe('stored');
    expect(await method(pets, 'getPetRawRaw')({ id: 1 })).toMatchObject({ data: 'stored', status: 200 });
    expect(await method(pets, 'getPetRaw2')({ id: 1 })).toMatchObject({ data: { id: 1, name: 'Rex' }, status: 200 });
    expect(await method(pets, 'getPet')({ id: 1 })).toEqual({ id: 1, name: 'Rex' });
  });
});

describe('error guards', () => {
  it('recognise the errors of their own operation only', async () => {
    server.handle((_req, res) => json(res, 404, { missing: 9 }));
    const pets = api('PetsApi');
    const error = await method(pets, 'getPet')({ id: 9 }).catch((e: unknown) => e);
    const isGetPetError = client.isGetPetError as (e: unknown) => boolean;
    const isListPetsError = client.isListPetsError as (e: unknown) => boolean;
    expect(isGetPetError(error)).toBe(true);
    expect(isListPetsError(error)).toBe(false);
    expect(error).toMatchObject({ status: 404, body: { missing: 9 } });
    expect(isGetPetError(new Error('not an ApiError'))).toBe(false);
  });
});

describe('enum values', () => {
  it('are exported as frozen arrays in spec order', () => {
    expect(client.PetStatusValues).toEqual(['available', 'pending', 'sold']);
    expect(client.SizeValues).toEqual([1, 2, 3]);
    expect(Object.isFrozen(client.PetStatusValues)).toBe(true);
  });
});

describe('streams', () => {
  it('watchPets yields the server-sent events', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('event: created\ndata: {"id":1}\n\nevent: sold\ndata: {"id":1}\n\n');
    });
    const stream = (await method(api('EventsApi'), 'watchPets')()) as AsyncIterable<{ event: string; data: string }>;
    const events: string[] = [];
    for await (const event of stream) events.push(`${event.event} ${event.data}`);
    expect(events).toEqual(['created {"id":1}', 'sold {"id":1}']);
    expect(server.requests[0]?.headers.accept).toBe('text/event-stream');
  });

  it('getPhoto resolves to a Blob, getPhotoStream to a stream of the same bytes', async () => {
    server.handle((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([137, 80, 78, 71])));
    const pets = api('PetsApi');
    const blob = (await method(pets, 'getPhoto')({ id: 1 })) as Blob;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([137, 80, 78, 71]);
    const streamed = (await method(pets, 'getPhotoStream')({ id: 1 })) as { data: ReadableStream<Uint8Array>; headers: Headers };
    expect(streamed.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await new Response(streamed.data).arrayBuffer())]).toEqual([137, 80, 78, 71]);
  });
});

describe('servers', () => {
  it('SERVERS lists the spec servers with their variables; BASE_PATH is the first at its defaults', () => {
    expect(client.BASE_PATH).toBe('https://eu.pets.example/v1');
    expect(client.SERVERS).toEqual([
      {
        url: 'https://{region}.pets.example/{version}',
        description: 'Production',
        variables: { region: { default: 'eu', enum: ['eu', 'us'], description: 'Where the data lives' }, version: { default: 'v1' } },
      },
      { url: 'http://localhost:1/base', description: 'Local' },
    ]);
  });

  it('a server outside the enum is refused when the API class is built', () => {
    const Configuration = client.Configuration as new (parameters: Record<string, unknown>) => unknown;
    const PetsApi = client.PetsApi as ApiClass;
    expect(() => new PetsApi(new Configuration({ server: 'Production', serverVariables: { region: 'mars' } }))).toThrow(
      'server variable "region" must be one of "eu", "us"',
    );
  });
});

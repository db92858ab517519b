/**
 * The docs of test/fixtures/typescript/features.yaml: the responses table of each operation
 * (status, description, type, headers), the Raw and Stream variants, the event-stream example,
 * the README's servers and the enum values arrays.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmittedFile } from '../../../src/emit/target.js';
import { emitSpec, fileOf } from './support.js';

let files: EmittedFile[];
beforeAll(async () => {
  files = await emitSpec('test/fixtures/typescript/features.yaml', 'features');
});

function section(path: string, heading: string): string {
  const doc = fileOf(files, path);
  const start = doc.indexOf(`## ${heading}\n`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('operation docs', () => {
  it('list every response with its status, description, body type and headers', () => {
    expect(section('docs/PetsApi.md', 'listPets')).toContain(
      [
        '### Responses',
        '',
        'Status | Description | Type | Headers',
        '------------- | ------------- | ------------- | -------------',
        '**200** | One page of pets | **[Pet](Pet.md)\\[\\]** | **Link** (**string**): RFC 8288 links to the next and previous pages; **X-Total-Count** (**number**): Pets in all pages',
        '**4XX** | A client error | **[Problem](Problem.md)** | ',
        '',
        'An error status rejects the call with `ListPetsError`, a union of `ApiError`s: `isListPetsError(error)` recognises it,',
      ].join('\n'),
    );
    expect(section('docs/PetsApi.md', 'getPet')).toContain(
      '**404** | No such pet | **[NotFound](NotFound.md)** | \n**422** | The id is not valid | **[ValidationError](ValidationError.md)** | \n**default** | Any other error | **[ModelError](ModelError.md)** | \n',
    );
  });

  it('name the variants as the class declares them, renamed where an operation holds the name', () => {
    expect(section('docs/PetsApi.md', 'getPet')).toContain(
      '`getPetRaw2(request: GetPetRequest, options?: RequestOptions): Promise<ApiResponse<Pet>>` resolves to `{ data, status, headers, response }`',
    );
    expect(section('docs/PetsApi.md', 'getPhoto')).toContain(
      '`getPhotoStream(request: GetPhotoRequest, options?: RequestOptions): Promise<ApiResponse<ReadableStream<Uint8Array>>>` resolves as soon as the headers arrive',
    );
  });

  it('show an event stream iterated, with its options type', () => {
    const watch = section('docs/EventsApi.md', 'watchPets');
    expect(watch).toContain('> `watchPets(options?: EventStreamOptions): Promise<EventStream>`');
    expect(watch).toContain('for await (const event of await api.watchPets()) {\n  console.log(event.event, event.data);\n}\n```');
    expect(watch).toContain('**200** | One event per change | **EventStream** | \n**503** | Try later |  | \n');
  });
});

describe('README and model docs', () => {
  it('list the servers with their variables, and show a choice of one', () => {
    const readme = fileOf(files, 'README.md');
    expect(readme).toContain(
      '0 | Production | https://{region}.pets.example/{version} | **region**: default **eu** (one of **eu**, **us**); **version**: default **v1**\n1 | Local | http://localhost:1/base | \n',
    );
    expect(readme).toContain("export const configuration = new Configuration({ server: 'Production', serverVariables: { region: 'us' } });\n");
    expect(readme).toContain('exports its values as a frozen array named after it (`PetStatusValues`)');
  });

  it('name the values array on each named enum page', () => {
    expect(fileOf(files, 'docs/Size.md')).toContain('- `1`\n- `2`\n- `3`\n\nThe package also exports `SizeValues`, a frozen array of these values in this order');
    expect(fileOf(files, 'docs/Pet.md')).not.toContain('frozen array');
  });
});

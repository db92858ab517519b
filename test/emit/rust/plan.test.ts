import { describe, expect, it } from 'vitest';
import { rustPlan } from '../../../src/emit/rust/plan.js';
import { api, array, body, int32, object, operation, param, prop, ref, response, schema, str } from './build.js';

const named = (name: string, s: ReturnType<typeof object>) => ({ name, pointer: '', schema: s });

describe('rust plan: models', () => {
  it('boxes a field whose model holds this one directly, not one behind a Vec', () => {
    const plan = rustPlan(
      api({
        schemas: [
          named('Tree', object([prop('parent', ref('Tree')), prop('kids', array(ref('Tree'))), prop('leaf', ref('Leaf'))])),
          named('Leaf', object([prop('name', str(), true)])),
          named('A', object([prop('b', ref('B'), true)])),
          named('B', object([prop('a', ref('A'))])),
        ],
      }),
      'demo',
    );
    const boxed = plan.models.flatMap((m) => m.fields.filter((f) => f.boxed).map((f) => `${m.name}.${f.name}`));
    expect(boxed).toEqual(['Tree.parent', 'A.b', 'B.a']);
  });

  it('makes string enums enums, number enums aliases, unions of models untagged enums', () => {
    const plan = rustPlan(
      api({
        schemas: [
          named('Kind', schema({ kind: 'primitive', type: 'string', enum: ['in-between', 'self', ''] })),
          named('Level', schema({ kind: 'primitive', type: 'integer', format: 'int64', enum: [1, 2] })),
          named('Pet', object([])),
          named('Either', schema({ kind: 'oneOf', members: [ref('Pet'), ref('Pet')] })),
        ],
      }),
      'demo',
    );
    expect(plan.models.map((m) => [m.name, m.module, m.shape])).toEqual([
      ['Kind', 'kind', { kind: 'enum', variants: [{ wire: 'in-between', name: 'InBetween' }, { wire: 'self', name: 'VariantSelf' }, { wire: '', name: 'Empty' }] }],
      ['Level', 'level', { kind: 'alias', target: 'i64' }],
      ['Pet', 'pet', { kind: 'struct' }],
      ['Either', 'either', { kind: 'union', variants: [expect.objectContaining({ name: 'Pet' }), expect.objectContaining({ name: 'Pet2' })] }],
    ]);
  });

  it('names model modules apart from keywords and device names', () => {
    const plan = rustPlan(api({ schemas: [named('Type', object([])), named('type_', object([])), named('Con', object([]))] }), 'demo');
    // 6.0 asks its reserved words in lower case: `Type` is escaped like `type`.
    expect(plan.models.map((m) => [m.name, m.module])).toEqual([['ModelType', 'model_type'], ['ModelType2', 'model_type2'], ['ModelCon', 'model_con']]);
  });
});

describe('rust plan: functions', () => {
  const spec = api({
    operations: [
      operation('getThing', {
        tags: ['things'],
        parameters: [param('configuration', str()), param('id', int32(), { in: 'path', required: true })],
        requestBody: body(ref('Thing'), { required: true }),
        responses: [response('200', ref('Thing')), response('4XX', ref('Problem')), response('default', object([prop('code', int32())])), response('500')],
      }),
      // `1a` takes `call_`: its error enum reads `Call1a`, as does that of `call1a`.
      operation('1a', { tags: ['things'] }),
      operation('call1a', { tags: ['things'] }),
    ],
    schemas: [named('Thing', object([])), named('Problem', object([]))],
  });
  const [things] = rustPlan(spec, 'demo').classes;

  it('puts each class in its module, functions in name order', () => {
    expect(things?.module).toBe('things_api');
    expect(things?.functions.map((f) => f.name)).toEqual(['call1a', 'call_1a', 'get_thing']);
  });

  it('lets a parameter be called configuration, as 6.0 prints it (the crate renames its own first argument then)', () => {
    const fn = things?.functions.find((f) => f.name === 'get_thing');
    expect(fn?.params.map((p) => `${p.name}: ${p.type.type}`)).toEqual(['id: i32', 'thing: crate::models::Thing', 'configuration: String']);
  });

  it('has one error variant per declared error body, and error enums unique in the module', () => {
    const fn = things?.functions.find((f) => f.name === 'get_thing');
    expect(fn?.errors.map((e) => `${e.variant}(${e.type.type})`)).toEqual(['Status4XX(crate::models::Problem)', 'DefaultResponse(serde_json::Value)']);
    expect(things?.functions.map((f) => f.errorEnum)).toEqual(['Call1aError', 'Call1aError2', 'GetThingError']);
  });
});

describe('rust plan: an operation under every tag', () => {
  const plan = rustPlan(
    api({
      operations: [
        operation('getQuotes', { tags: ['forex', 'finance'] }),
        operation('getThing', { tags: ['forex', 'finance'] }),
        operation('get_thing', { tags: ['finance'] }),
      ],
    }),
    'demo',
  );
  const functions = (className: string): string[] | undefined => plan.classes.find((c) => c.className === className)?.functions.map((f) => f.name);

  it('lists it in each tag class, as 6.0 does', () => {
    expect(functions('ForexApi')).toEqual(['get_quotes', 'get_thing']);
  });

  it('leaves it out of a class where its name is another operation of that tag (one module cannot hold both)', () => {
    expect(functions('FinanceApi')).toEqual(['get_quotes', 'get_thing']);
    expect(plan.classes.find((c) => c.className === 'FinanceApi')?.functions.find((f) => f.name === 'get_thing')?.op.id).toBe('get_thing');
  });
});

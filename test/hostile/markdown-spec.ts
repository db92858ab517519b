/**
 * The spec of the markdown suites (markdown.test.ts, handlebars.test.ts): every string that can
 * reach a doc page carries HTML, script links in the spellings browsers still run, table breakers
 * and handlebars expressions.
 */

/** Each string goes everywhere; the slot number keeps enum values distinct. */
export const MARKDOWN_PAYLOADS = [
  '<script>globalThis.__sdkgenCanary=1</script>',
  '<img src=x onerror="globalThis.__sdkgenCanary=1">',
  '<iframe src="javascript:1"></iframe><style>*{}</style><!-- comment -->',
  '[click](javascript:globalThis.__sdkgenCanary=1)',
  '[click](JaVaScRiPt&#58;alert(1)) [c2](&#106;avascript:alert(1)) [c3](javascript&colon;alert(1))',
  '[c4](java&Tab;script:alert(1)) [c5](java&NewLine;script:alert(1)) [c6](<javascript:alert(1)>)',
  '![img](javascript:alert(1)) <javascript:alert(1)> [ref]: javascript:alert(1)',
  'a | b | c \\| d \\\\| e',
  'line one\nline two\r\nthree\rfour\u2028five\u2029six\u0085seven',
  '{{constructor.constructor "return globalThis"}} {{{raw}}} {{> partial}} {{#each this}}x{{/each}}',
  '``` fence\n# heading\n---\n> quote\n- item',
  '*/ /* `tick` ${x} \\ "q" \'s\' \u0000 &amp; &lt;b&gt;',
];

/**
 * A spec that puts `text(slot)` in every prose field and enum, and hostile names in every name
 * that docs print. Names stay the same in the twin, so both specs give the same files.
 */
export function markdownSpec(text: (slot: number) => string): object {
  let slot = 0;
  const next = (): string => text(slot++);
  const schema = (): object => ({ type: 'string', description: next(), default: next(), example: next(), pattern: next(), enum: [next(), next(), next()] });
  return {
    openapi: '3.0.3',
    info: { title: next(), version: '1', description: next() },
    servers: [{ url: `https://example.com/${next()}`, description: next() }],
    tags: [{ name: 'Tag | <b>x</b> [x](javascript:1)', description: next() }],
    paths: {
      '/items/{id}': {
        get: {
          tags: ['Tag | <b>x</b> [x](javascript:1)'],
          operationId: 'get<script>|x',
          summary: next(),
          description: next(),
          parameters: [
            { name: 'id', in: 'path', required: true, description: next(), schema: schema() },
            { name: 'q|<img src=x onerror=1>', in: 'query', description: next(), schema: schema() },
            { name: 'X-Pipe|Header', in: 'header', description: next(), schema: schema() },
          ],
          requestBody: { description: next(), content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          responses: {
            200: {
              description: next(),
              headers: { 'X-Rate|<b>': { description: next(), schema: { type: 'integer' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            default: { description: next() },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          title: next(),
          description: next(),
          required: ['na|me'],
          properties: { 'na|me': schema(), '<b>bold</b>': schema(), '[l](javascript:1)': { type: 'array', items: schema() } },
        },
        'Other<script>': { type: 'string', description: next(), enum: [next(), next()] },
      },
      securitySchemes: { 'key|<x>': { type: 'apiKey', in: 'header', name: "X-`b`|'*", description: next() } },
    },
    security: [{ 'key|<x>': [] }],
  };
}

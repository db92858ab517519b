/**
 * api_<tag>.go: one service per API class, one method per operation, in the shape of
 * openapi-generator 4.2.1's Go client: required parameters as arguments, optional ones in a
 * `*<Op>Opts` struct of antihax/optional values, `(Result, *http.Response, error)` back.
 * Local names carry the `localVar` prefix and the standard packages an underscore alias, so no
 * parameter name from a spec (`url`, `body`, `r`) can shadow them.
 */
import type { Api, Operation } from '../../../model/types.js';
import type { GoParam } from '../params.js';
import type { GoClassPlan, GoOperationPlan } from '../plan.js';
import { goComment, goString, type GoDeclaration, type GoFile, type GoImport, type GoStatement } from './builder.js';
import { optionalFieldType, typeImports } from './code-types.js';

export const IMPORTS = {
  context: { path: 'context', alias: '_context' },
  http: { path: 'net/http', alias: '_nethttp' },
  url: { path: 'net/url', alias: '_neturl' },
  optional: { path: 'github.com/antihax/optional' },
} as const;

const METHODS: Readonly<Record<string, string>> = {
  get: 'MethodGet', put: 'MethodPut', post: 'MethodPost', delete: 'MethodDelete',
  options: 'MethodOptions', head: 'MethodHead', patch: 'MethodPatch', trace: 'MethodTrace',
};

/** The exported Opts field of an optional parameter: its name with the first letter capitalized. */
export function optionalFieldName(param: GoParam): string {
  return param.name.charAt(0).toUpperCase() + param.name.slice(1);
}

/** A path's literal parts percent-encoded where a URL would read them otherwise (`#`, `?`, spaces). */
function literalPath(text: string): string {
  return encodeURI(text).replace(/[#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `"/session/" + _neturl.PathEscape(parameterToString(id, ""))`: path parameters escaped. */
function pathExpression(op: Operation, value: (p: GoParam) => string, params: readonly GoParam[]): string {
  const parts: string[] = [];
  let rest = op.path;
  for (const match of op.path.matchAll(/\{([^{}]+)\}/g)) {
    const param = params.find((p) => p.source.kind === 'parameter' && p.source.parameter.in === 'path' && p.source.parameter.name === match[1]);
    if (param === undefined) continue;
    const [before, ...after] = rest.split(match[0]);
    parts.push(goString(literalPath(before ?? '')), `_neturl.PathEscape(parameterToString(${value(param)}, ""))`);
    rest = after.join(match[0]);
  }
  if (rest !== '' || parts.length === 0) parts.push(goString(literalPath(rest)));
  return parts.filter((p) => p !== '""').join(' + ') || '""';
}

/** The statement that puts one parameter's value where it goes. */
function placeParam(param: GoParam, value: string): GoStatement[] {
  const source = param.source;
  switch (source.kind) {
    case 'parameter': {
      const p = source.parameter;
      const name = goString(p.name);
      if (p.in === 'query') return [`addQuery(localVarRequest.query, ${name}, ${value}, ${p.style === 'form' && p.explode})`];
      if (p.in === 'header') return [`localVarRequest.headers[${name}] = parameterToString(${value}, "csv")`];
      if (p.in === 'cookie') return [`localVarRequest.cookies[${name}] = parameterToString(${value}, "csv")`];
      return [];
    }
    case 'body':
      return [`localVarRequest.body = ${value}`];
    case 'form':
      if (param.type.file) {
        // One multipart part per file: a list of files under one field name is several parts.
        const files = `localVarRequest.files[${goString(source.field)}]`;
        const given = param.required ? value : `${value}.(${param.type.dataType})`;
        return [`${files} = append(${files}, ${given}${param.type.container === 'array' ? '...' : ''})`];
      }
      return [`localVarRequest.form.Add(${goString(source.field)}, parameterToString(${value}, "csv"))`];
  }
}

/** API key schemes the operation uses: the context's APIKey goes in the header, query or cookie they name. */
function apiKeyStatements(op: Operation, api: Api): GoStatement[] {
  const used = new Set(op.security.flatMap((r) => r.schemes.map((s) => s.name)));
  return api.securitySchemes
    .filter((s) => used.has(s.name))
    .flatMap((s) => {
      if (s.type !== 'apiKey') return [];
      const name = goString(s.paramName);
      const target = s.in === 'query' ? `localVarRequest.query.Set(${name}, localVarKey)` : s.in === 'cookie' ? `localVarRequest.cookies[${name}] = localVarKey` : `localVarRequest.headers[${name}] = localVarKey`;
      return [{ head: 'if localVarKey, ok := apiKey(ctx); ok', body: [target] }];
    });
}

function errorStatements(plan: GoOperationPlan, zero: string): GoStatement[] {
  const cases = plan.errors.map((e) => [`case ${e.status}:`, `\tvar v ${e.type.dataType}`, '\tlocalVarError = localVarAPI.client.withModel(localVarError, &v, localVarHTTPResponse)'].join('\n'));
  return [
    {
      head: 'if localVarHTTPResponse.StatusCode >= 300',
      body: [
        'localVarError := openAPIError(localVarHTTPResponse, localVarBody)',
        ...(cases.length > 0 ? [`switch localVarHTTPResponse.StatusCode {\n${cases.join('\n')}\n}`] : []),
        `return ${zero}localVarHTTPResponse, localVarError`,
      ],
    },
  ];
}

function method(className: string, plan: GoOperationPlan, api: Api, withOpts: boolean): GoDeclaration[] {
  const { op } = plan;
  const result = plan.result?.dataType;
  const zero = result === undefined ? '' : 'localVarReturnValue, ';
  const value = (p: GoParam): string => (p.required ? p.name : `localVarOptionals.${optionalFieldName(p)}.Value()`);
  const placed: GoStatement[] = plan.params.flatMap((p) => {
    const put = placeParam(p, p.source.kind === 'body' && p.required && !p.type.primitive && !p.type.container ? `&${p.name}` : value(p));
    return p.required ? put : [{ head: `if localVarOptionals != nil && localVarOptionals.${optionalFieldName(p)}.IsSet()`, body: put }];
  });
  const consumes = op.requestBody?.content.map((c) => goString(c.mediaType)) ?? [];
  const body: GoStatement[] = [
    ...(result === undefined ? [] : [`var localVarReturnValue ${result}`]),
    // A statement of its own: gofmt spaces `+` in a statement, not inside call arguments.
    `localVarPath := ${pathExpression(op, value, plan.params)}`,
    `localVarRequest := newRequest(_nethttp.${METHODS[op.method] ?? 'MethodGet'}, localVarPath)`,
    ...(consumes.length > 0 ? [`localVarRequest.headers["Content-Type"] = selectHeaderContentType([]string{${consumes.join(', ')}})`] : []),
    ...(op.produces.length > 0 ? [{ head: `if localVarAccept := selectHeaderAccept([]string{${op.produces.map(goString).join(', ')}}); localVarAccept != ""`, body: ['localVarRequest.headers["Accept"] = localVarAccept'] }] : []),
    ...placed,
    ...apiKeyStatements(op, api),
    'localVarHTTPRequest, err := localVarAPI.client.prepareRequest(ctx, localVarRequest)',
    { head: 'if err != nil', body: [`return ${zero}nil, err`] },
    'localVarHTTPResponse, localVarBody, err := localVarAPI.client.call(localVarHTTPRequest)',
    { head: 'if err != nil', body: [`return ${zero}localVarHTTPResponse, err`] },
    ...errorStatements(plan, zero),
    ...(result === undefined
      ? []
      : [
          {
            head: 'if err := localVarAPI.client.decode(&localVarReturnValue, localVarBody, localVarHTTPResponse.Header.Get("Content-Type")); err != nil',
            body: ['return localVarReturnValue, localVarHTTPResponse, GenericOpenAPIError{body: localVarBody, error: err.Error()}'],
          },
        ]),
    `return ${zero}localVarHTTPResponse, nil`,
  ];
  const summary = goComment(op.summary ?? '');
  const opts: GoDeclaration[] =
    plan.optional.length === 0 || !withOpts
      ? []
      : [
          {
            kind: 'struct',
            doc: [`${plan.optsName} holds the optional parameters of ${plan.name}; a field left unset is not sent.`],
            name: plan.optsName,
            fields: plan.optional.map((p) => ({ name: optionalFieldName(p), type: optionalFieldType(p.type) })),
          },
        ];
  return [
    ...opts,
    {
      kind: 'func',
      doc: [`${plan.name} ${summary === '' ? `calls ${op.method.toUpperCase()} ${goComment(op.path)}.` : summary}`],
      receiver: `localVarAPI *${className}Service`,
      name: plan.name,
      params: [
        'ctx _context.Context',
        ...plan.required.map((p) => `${p.name} ${p.type.dataType}`),
        ...(plan.optional.length > 0 ? [`localVarOptionals *${plan.optsName}`] : []),
      ],
      results: [...(result === undefined ? [] : [result]), '*_nethttp.Response', 'error'],
      body,
    },
  ];
}

/**
 * `optsDeclared`: the Opts structs an earlier class's file declared. The struct is a package-level
 * type, so an operation listed under several tags declares it once, in its first class (4.2.1
 * declares it in every class and its client does not compile); one listed twice in a class has a
 * second struct of its own name (plan.ts).
 */
export function apiFile(apiClass: GoClassPlan, api: Api, header: readonly string[], packageName: string, optsDeclared: Set<string>): GoFile {
  const imports: GoImport[] = [IMPORTS.context, IMPORTS.http];
  const ops = apiClass.operations;
  if (ops.some((o) => o.params.some((p) => p.source.kind === 'parameter' && p.source.parameter.in === 'path'))) imports.push(IMPORTS.url);
  const withOpts = new Set(ops.filter((o) => o.optional.length > 0 && !optsDeclared.has(o.optsName)));
  for (const o of withOpts) optsDeclared.add(o.optsName);
  if (withOpts.size > 0) imports.push(IMPORTS.optional);
  // Types need their packages only where a signature or variable names them.
  const spelled = ops.flatMap((o) => [
    ...o.required.map((p) => p.type.dataType),
    ...o.optional.filter((p) => p.source.kind === 'form' && p.type.file).map((p) => p.type.dataType),
    ...o.errors.map((e) => e.type.dataType),
    o.result?.dataType ?? '',
  ]);
  for (const path of new Set(spelled.flatMap(typeImports))) imports.push({ path });
  return {
    header,
    packageName,
    imports,
    declarations: [
      { kind: 'type', doc: [`${apiClass.className}Service calls the operations of ${apiClass.className}; use it as APIClient.${apiClass.className}.`], name: `${apiClass.className}Service`, type: 'service' },
      ...ops.flatMap((o) => method(apiClass.className, o, api, withOpts.has(o))),
    ],
  };
}

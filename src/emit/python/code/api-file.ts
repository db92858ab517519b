/**
 * apis/<tag>_api.py: one class per API class of the plan, one method per operation in
 * swagger-codegen 2.2.2's shape: `name(required..., **kwargs)` returning the body, and
 * `name_with_http_info(...)` returning `(data, status, headers)`; optional parameters and
 * `callback`, `_return_http_data_only`, `_preload_content`, `_request_timeout` are keywords.
 */
import type { PyParam } from '../params.js';
import type { PlanApiClass, PlanOperation, PythonPlan } from '../plan.js';
import { moduleWriter } from './header.js';
import { pyDict, pyList, pyString, type PyWriter } from './writer.js';

/** Keywords every method takes besides the operation's optional parameters. */
const CONTROL_KEYWORDS = ['callback', '_return_http_data_only', '_preload_content', '_request_timeout'];

/** The dict a path or header parameter goes into. */
const TARGETS = { path: 'path_params', header: 'header_params' } as const;

/** The `:param` lines of an operation's docstrings, made once for both of its methods. */
function paramLines(op: PlanOperation): string[] {
  return op.params.map((p) => `:param ${p.type.name} ${p.name}: ${(p.description ?? '').replace(/\s+/g, ' ').trim()}${p.required ? ' (required)' : ''}`.trimEnd());
}

function docLines(op: PlanOperation, method: string, params: readonly string[]): string[] {
  const { summary, description } = op.op;
  const required = op.params.filter((p) => p.required).map((p) => p.name);
  const lines = [summary ?? method, ''];
  if (description !== undefined) lines.push(description, '');
  lines.push(
    'This method makes a synchronous HTTP request by default. To make an',
    'asynchronous HTTP request, please define a `callback` function',
    'to be invoked when receiving the response.',
    '>>> def callback_function(response):',
    '>>>     pprint(response)',
    '>>>',
    `>>> thread = api.${method}(${[...required, 'callback=callback_function'].join(', ')})`,
    '',
    ':param callback function: The callback function',
    '    for asynchronous request. (optional)',
  );
  lines.push(...params);
  lines.push(`:return: ${op.returns?.name ?? 'None'}`, '         If the method is called asynchronously,', '         returns the request thread.');
  return lines;
}

/** The statement that puts one argument where the request needs it; `value` is a Python expression. */
function place(w: PyWriter, p: PyParam, value: string): void {
  switch (p.location) {
    case 'body':
      w.line(`body_params = ${value}`);
      return;
    case 'path':
    case 'header':
      w.line(`${TARGETS[p.location]}[${pyString(p.wire)}] = ${value}`);
      return;
    case 'cookie':
      // swagger-codegen 2.2.2 dropped cookie parameters; they travel in the Cookie header here.
      // str.format, not the builtin str(): a parameter may be named `str` (as 2.2.2 names it).
      w.line(`cookie_params.append('{}={}'.format(${pyString(p.wire)}, ${value}))`);
      return;
    case 'query':
      w.line(`query_params.append((${pyString(p.wire)}, ${value}))`);
      return;
    case 'form':
      if (p.type.leaf === 'file' && p.type.container === undefined) w.line(`local_var_files[${pyString(p.wire)}] = ${value}`);
      else w.line(`form_params.append((${pyString(p.wire)}, ${value}))`);
      return;
  }
}

function withHttpInfo(w: PyWriter, op: PlanOperation, params: readonly string[]): void {
  const method = `${op.name}_with_http_info`;
  const required = op.params.filter((p) => p.required);
  const optional = op.params.filter((p) => !p.required);
  w.block(`def ${method}(${['self', ...required.map((p) => p.name), '**kwargs'].join(', ')}):`, () => {
    w.docstring(docLines(op, method, params));
    w.line(`all_params = ${pyList([...optional.map((p) => p.name), ...CONTROL_KEYWORDS])}`);
    // No loop variable: every local of this body is a name no parameter can take (naming.ts).
    w.block('if not set(kwargs) <= set(all_params):', () => {
      w.line(`raise TypeError("Got an unexpected keyword argument '%s' to method ${op.name}" % sorted(set(kwargs) - set(all_params))[0])`);
    });
    for (const p of required) {
      w.block(`if ${p.name} is None:`, () => {
        w.line(`raise ValueError(${pyString(`Missing the required parameter \`${p.name}\` when calling \`${op.name}\``)})`);
      });
    }
    w.line();
    w.line('path_params: dict = {}');
    w.line('query_params: list = []');
    w.line('header_params: dict = {}');
    if (op.params.some((p) => p.location === 'cookie')) w.line('cookie_params: list = []');
    w.line('form_params: list = []');
    w.line('local_var_files: dict = {}');
    w.line('body_params = None');
    for (const p of required) place(w, p, p.name);
    for (const p of optional) w.block(`if kwargs.get(${pyString(p.name)}) is not None:`, () => place(w, p, `kwargs[${pyString(p.name)}]`));
    if (op.params.some((p) => p.location === 'cookie')) {
      w.block('if cookie_params:', () => w.line("header_params['Cookie'] = '; '.join(cookie_params)"));
    }
    w.line();
    w.line(`header_params['Accept'] = self.api_client.select_header_accept(${pyList(op.op.produces)})`);
    w.line(`header_params['Content-Type'] = self.api_client.select_header_content_type(${pyList(op.op.consumes)})`);
    w.line();
    const formats = op.params.filter((p) => p.collectionFormat !== undefined).map((p) => [p.wire, pyString(p.collectionFormat ?? 'csv')] as const);
    const errors = op.errors.map((e) => [e.status, pyString(e.type.name)] as const);
    w.line(`return self.api_client.call_api(`);
    w.each([
      `    ${pyString(op.op.path)}, ${pyString(op.op.method.toUpperCase())},`,
      '    path_params, query_params, header_params,',
      '    body=body_params,',
      '    post_params=form_params,',
      '    files=local_var_files,',
      `    response_type=${op.returns === undefined ? 'None' : pyString(op.returns.name)},`,
      `    auth_settings=${pyList(op.auth)},`,
      "    callback=kwargs.get('callback'),",
      "    _return_http_data_only=kwargs.get('_return_http_data_only'),",
      "    _preload_content=kwargs.get('_preload_content', True),",
      "    _request_timeout=kwargs.get('_request_timeout'),",
      `    collection_formats=${pyDict(formats)},`,
      `    error_types=${pyDict(errors)})`,
    ]);
  });
}

function operationMethods(w: PyWriter, op: PlanOperation): void {
  const required = op.params.filter((p) => p.required).map((p) => p.name);
  const params = paramLines(op);
  w.block(`def ${op.name}(${['self', ...required, '**kwargs'].join(', ')}):`, () => {
    w.docstring(docLines(op, op.name, params));
    w.line("kwargs['_return_http_data_only'] = True");
    w.line(`return self.${op.name}_with_http_info(${[...required, '**kwargs'].join(', ')})`);
  });
  w.line();
  withHttpInfo(w, op, params);
  w.line();
}

export function apiFile(api: PlanApiClass, plan: PythonPlan): string {
  const w = moduleWriter(plan);
  w.line('from __future__ import absolute_import');
  w.line();
  w.line('from ..api_client import ApiClient');
  w.line('from ..configuration import Configuration');
  w.line();
  w.line();
  w.block(`class ${api.className}(object):`, () => {
    w.docstring([api.description ?? `The operations of ${api.className}.`, '', 'NOTE: This class is generated by sdkgen. Do not edit the class manually.']);
    w.line();
    w.block('def __init__(self, api_client=None):', () => {
      w.line('config = Configuration()');
      w.block('if api_client:', () => w.line('self.api_client = api_client'));
      w.block('else:', () => {
        w.block('if not config.api_client:', () => w.line('config.api_client = ApiClient()'));
        w.line('self.api_client = config.api_client');
      });
    });
    w.line();
    for (const op of api.operations) operationMethods(w, op);
  });
  return w.toString();
}

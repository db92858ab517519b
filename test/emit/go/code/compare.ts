/**
 * The docs' surface against the code's (read by surface/main.go with go/ast): every class, method,
 * parameter, Opts field, model and field the docs list exists with that name and type, and the
 * package exports nothing else but the runtime that sdkgen's README documents for every client.
 */
import type { DocSurface } from './doc-surface.js';

export interface CodeSurface {
  readonly package: string;
  readonly types: readonly { name: string; kind: string; type: string; fields: readonly { name: string; type: string }[] }[];
  readonly funcs: readonly { receiver: string; name: string; params: readonly { name: string; type: string }[]; results: readonly string[] }[];
  readonly values: readonly string[];
}

/** The runtime every client has (README "The Go client"), the same whatever the spec. */
const RUNTIME_TYPES = ['APIClient', 'APIKey', 'APIResponse', 'BasicAuth', 'Configuration', 'GenericOpenAPIError'];
const RUNTIME_FUNCS = ['.NewAPIClient', '.NewAPIResponse', '.NewAPIResponseWithError', '.NewConfiguration', 'APIClient.ChangeBasePath', 'APIClient.GetConfig', 'Configuration.AddDefaultHeader', 'GenericOpenAPIError.Body', 'GenericOpenAPIError.Error', 'GenericOpenAPIError.Model', 'contextKey.String'];
const RUNTIME_VALUES = ['ContextAPIKey', 'ContextAccessToken', 'ContextBasicAuth', 'ContextOAuth2'];

/**
 * What the docs print for an optional parameter, as the Opts field's type (see code-types.ts):
 * sdkgen's docs never print 4.2.1's `optional.Map[...]`, `optional.Array` or `optional.Any`, which
 * antihax/optional lacks (params.ts declaredOptionals), so any such row is a mismatch here.
 */
function optionalType(docType: string): string {
  if (docType.startsWith('optional.Interface of ')) return 'optional.Interface';
  return docType;
}

/** Whether `from` contains `to` by value through the documented fields (a cycle Go needs a pointer in). */
function reaches(docs: DocSurface, from: string, to: string, seen = new Set<string>()): boolean {
  if (from === to) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  return (docs.models.get(from) ?? []).some((f) => !f.type.startsWith('*') && reaches(docs, f.type, to, seen));
}

export function compareSurfaces(docs: DocSurface, code: CodeSurface): string[] {
  const problems: string[] = [];
  const types = new Map(code.types.map((t) => [t.name, t]));
  const funcs = new Map(code.funcs.map((f) => [`${f.receiver}.${f.name}`, f]));
  const documentedTypes = new Set([...RUNTIME_TYPES, ...docs.models.keys(), ...[...docs.typesNamed].map((t) => t.replace(/^(?:\*|\[\]|map\[string\])+/, ''))]);
  const documentedFuncs = new Set(RUNTIME_FUNCS);

  const client = types.get('APIClient');
  const clientFields = new Set(client?.fields.filter((f) => /^[A-Z]/.test(f.name)).map((f) => `${f.name} ${f.type}`));
  for (const [className, methods] of docs.classes) {
    const service = `${className}Service`;
    documentedTypes.add(service);
    if (!clientFields.delete(`${className} *${service}`)) problems.push(`APIClient has no field ${className} *${service}`);
    for (const m of methods) {
      const key = `${service}.${m.name}`;
      documentedFuncs.add(key);
      const fn = funcs.get(key);
      if (!fn) {
        problems.push(`no method ${key}`);
        continue;
      }
      const wanted = [
        'ctx context.Context',
        ...m.required.map((p) => `${p.name} ${p.type}`),
        ...(m.optional.length > 0 ? [`localVarOptionals *${m.optsName ?? 'missing'}`] : []),
      ];
      const got = fn.params.map((p) => `${p.name} ${p.type}`);
      if (got.join(', ') !== wanted.join(', ')) problems.push(`${key}(${got.join(', ')}), docs: (${wanted.join(', ')})`);
      const results = [...(m.returns === undefined ? [] : [m.returns]), '*http.Response', 'error'];
      if (fn.results.join(', ') !== results.join(', ')) problems.push(`${key} returns (${fn.results.join(', ')}), docs: (${results.join(', ')})`);
      if (m.optional.length > 0) {
        const opts = m.optsName ?? 'missing';
        documentedTypes.add(opts);
        const fields = types.get(opts)?.fields.map((f) => `${f.name} ${f.type}`).join(', ');
        const want = m.optional.map((p) => `${p.name.charAt(0).toUpperCase()}${p.name.slice(1)} ${optionalType(p.type)}`).join(', ');
        if (fields !== want) problems.push(`${opts} {${fields ?? 'missing'}}, docs: {${want}}`);
      }
    }
  }
  for (const extra of clientFields) problems.push(`APIClient has an undocumented field ${extra}`);

  for (const [model, fields] of docs.models) {
    const decl = types.get(model);
    if (!decl) {
      problems.push(`no type ${model}`);
      continue;
    }
    const want = fields.map((f) => `${f.name} ${f.type}`);
    const got = decl.fields.map((f, i) => {
      const doc = fields[i];
      // A struct that contains itself by value is invalid Go: the code holds a pointer there.
      const pointerForCycle = doc !== undefined && f.type === `*${doc.type}` && reaches(docs, doc.type, model);
      return `${f.name} ${pointerForCycle ? doc.type : f.type}`;
    });
    if (got.join(', ') !== want.join(', ')) problems.push(`${model} {${got.join(', ')}}, docs: {${want.join(', ')}}`);
  }

  for (const t of code.types) if (!documentedTypes.has(t.name)) problems.push(`undocumented type ${t.name}`);
  for (const f of code.funcs) if (!documentedFuncs.has(`${f.receiver}.${f.name}`)) problems.push(`undocumented func ${f.receiver}.${f.name}`);
  for (const v of code.values) if (!RUNTIME_VALUES.includes(v)) problems.push(`undocumented value ${v}`);
  return problems;
}

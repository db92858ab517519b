/**
 * The `rust` docs target: markdown docs in the style of openapi-generator 6.0's Rust client
 * (reqwest library): README.md, docs/<Class>.md per API class and docs/<Model>.md per model.
 */
import type { Api, Operation } from '../../model/types.js';
import { apiClasses, apiClassName, ordinal } from '../docs/apis.js';
import { render } from '../docs/templates.js';
import type { EmittedFile, Target } from '../target.js';
import { apiDocView } from './api-view.js';
import { modelDocView } from './model-view.js';
import { uniqueNames } from '../kit/unique-names.js';
import { operationName } from './naming.js';
import { readmeView } from './readme-view.js';
import { RustSchemas } from './schemas.js';

/**
 * Function names, unique within each API class (each class is one Rust module); a clash is
 * settled in spec order, the later operation taking `_2`.
 */
export function operationNames(api: Api): (op: Operation) => string {
  const byClass = new Map<string, Operation[]>();
  for (const op of api.operations) {
    const className = apiClassName(op.tags[0]);
    byClass.set(className, [...(byClass.get(className) ?? []), op]);
  }
  const names = new Map<Operation, string>();
  for (const ops of byClass.values()) {
    const unique = uniqueNames(ops.map((op) => operationName(op.id)), { separator: '_' });
    ops.forEach((op, i) => names.set(op, unique[i] ?? operationName(op.id)));
  }
  return (op) => names.get(op) ?? operationName(op.id);
}

export const target: Target = {
  name: 'rust',
  emit(api, options) {
    const opName = operationNames(api);
    const classes = apiClasses(api, opName);
    const schemas = new RustSchemas(api, classes.map((c) => c.className));
    const docs: EmittedFile[] = [
      ...classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('rust', 'api.md', apiDocView(api, c, opName, schemas)) })),
      ...schemas.models.map((m) => ({ path: `docs/${m.name}.md`, contents: render('rust', 'model.md', modelDocView(m, schemas)) })),
    ].sort((a, b) => ordinal(a.path, b.path));
    const readme = render('rust', 'readme.md', readmeView(api, classes, opName, schemas, options));
    return [{ path: 'README.md', contents: readme }, ...docs];
  },
};

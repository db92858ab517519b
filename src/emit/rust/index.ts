/**
 * The `rust` target: a crate in the shape of openapi-generator 6.0's Rust client (reqwest
 * library), with its docs in that generator's style: README.md, docs/<Class>.md per API class and
 * docs/<Model>.md per model, hoisted inline models included. Docs and code are both printed from one plan (plan.ts).
 */
import { ordinal } from '../docs/apis.js';
import { render } from '../docs/templates.js';
import { gatherInlineModels, OPENAPI_GENERATOR_6 } from '../kit/inline-models-gather.js';
import { withStrayRefsUnfollowed } from '../kit/stray-refs.js';
import type { Api } from '../../model/types.js';
import type { EmittedFile, Target } from '../target.js';
import { apiDocView } from './api-view.js';
import { crateFiles } from './code/crate.js';
import { withItemsBesideAsArrays } from './items-beside.js';
import { modelDocView } from './model-view.js';
import { rustPlan } from './plan.js';
import { readmeView } from './readme-view.js';

export { operationNames } from './plan.js';

/**
 * `$ref`s into `#/paths/...` read as 6.0 reads them (kit/stray-refs.ts), except in request bodies:
 * 6.0 drops a form body's fields so reached and sends a string body as an object, where the
 * followed schema gives the client the form's fields and the string (left as the spec means them).
 */
function strayRefsRead(spec: Api): Api {
  const read = withStrayRefsUnfollowed(spec);
  if (read === spec) return spec;
  return { ...read, operations: read.operations.map((op, i) => ({ ...op, requestBody: spec.operations[i]?.requestBody })) };
}

export const target: Target = {
  name: 'rust',
  emit(spec, options) {
    // 6.0 hoists inline objects into models before naming anything; so do we (kit), after
    // reading `items` beside another type as its parser does.
    const api = gatherInlineModels(withItemsBesideAsArrays(strayRefsRead(spec)), OPENAPI_GENERATOR_6);
    const hoisted = new Set(api.schemas.slice(spec.schemas.length).map((s) => s.name));
    const plan = rustPlan(api, options.packageName, hoisted);
    const docs: EmittedFile[] = [
      ...plan.classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('rust', 'api.md', apiDocView(api, c)) })),
      ...plan.documented.map((m) => ({ path: `docs/${m.name}.md`, contents: render('rust', 'model.md', modelDocView(m)) })),
    ].sort((a, b) => ordinal(a.path, b.path));
    const readme = render('rust', 'readme.md', readmeView(api, plan, options));
    return [{ path: 'README.md', contents: readme }, ...docs, ...crateFiles(api, plan, options)];
  },
};

/**
 * The `go` docs target: markdown as openapi-generator 4.2.1's Go client docs (`-g go`) write it
 * (docs-format.md §2). README.md, docs/<Class>.md per API class, docs/<Model>.md per model. The
 * inline model resolver (kit) runs first, so hoisted inline objects are models like any other.
 */
import type { Api } from '../../model/types.js';
import { render } from '../docs/templates.js';
import { resolveInlineModels } from '../kit/inline-models.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { apiDocView } from './api-view.js';
import { goCodeFiles } from './code/index.js';
import { modelDocView } from './model-view.js';
import { goPlan } from './plan.js';
import { readmeView } from './readme-view.js';

function emit(spec: Api, options: TargetOptions): EmittedFile[] {
  const api = resolveInlineModels(spec);
  const plan = goPlan(api);
  const { names } = plan;
  const readme = readmeView(api, names.classes, names, {
    packageName: options.packageName,
    packageVersion: options.packageVersion ?? api.version,
    modulePath: options.modulePath,
  });
  const packageVersion = options.packageVersion ?? api.version;
  const code = goCodeFiles(plan, api, { packageName: options.packageName, packageVersion, modulePath: options.modulePath ?? options.packageName });
  return [
    ...code,
    { path: 'README.md', contents: render('go', 'readme.md', readme) },
    ...plan.classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('go', 'api.md', apiDocView(c, api)) })),
    ...plan.models.map((m) => ({ path: `docs/${m.name}.md`, contents: render('go', 'model.md', modelDocView(m, names)) })),
  ];
}

export const target: Target = { name: 'go', emit };

/**
 * The `go` docs target: markdown in the style of openapi-generator 4.2.1's Go client docs
 * (docs-format.md §2). README.md, docs/<Class>.md per API class, docs/<Model>.md per named schema.
 */
import type { Api } from '../../model/types.js';
import { apiClasses } from '../docs/apis.js';
import { FlattenedProperties } from '../docs/flattened.js';
import { render } from '../docs/templates.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { goNames } from './api-names.js';
import { apiDocView } from './api-view.js';
import { modelDocView } from './model-view.js';
import { readmeView } from './readme-view.js';

function emit(api: Api, options: TargetOptions): EmittedFile[] {
  const names = goNames(api);
  const classes = apiClasses(api, (op) => names.operation(op));
  const readme = readmeView(api, classes, names, {
    packageName: options.packageName,
    packageVersion: options.packageVersion ?? api.version,
  });
  const schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  const flattened = new FlattenedProperties(schemas.keys(), (name) => schemas.get(name));
  return [
    { path: 'README.md', contents: render('go', 'readme.md', readme) },
    ...classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('go', 'api.md', apiDocView(c, api, names)) })),
    ...names.models.map((m) => ({ path: `docs/${m.name}.md`, contents: render('go', 'model.md', modelDocView(m, flattened, names)) })),
  ];
}

export const target: Target = { name: 'go', emit };

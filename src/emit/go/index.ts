/**
 * The `go` docs target: markdown as openapi-generator 4.2.1's Go client docs (`-g go`) write it
 * (docs-format.md §2). README.md, docs/<Class>.md per API class, docs/<Model>.md per model. The
 * inline model resolver (kit) runs first, so hoisted inline objects are models like any other.
 */
import type { Api } from '../../model/types.js';
import { FlattenedProperties } from '../docs/flattened.js';
import { render } from '../docs/templates.js';
import { resolveInlineModels } from '../kit/inline-models.js';
import type { EmittedFile, Target, TargetOptions } from '../target.js';
import { goNames } from './api-names.js';
import { apiDocView } from './api-view.js';
import { modelDocView } from './model-view.js';
import { readmeView } from './readme-view.js';

function emit(spec: Api, options: TargetOptions): EmittedFile[] {
  const api = resolveInlineModels(spec);
  const names = goNames(api);
  const classes = names.classes;
  const readme = readmeView(api, classes, names, {
    packageName: options.packageName,
    packageVersion: options.packageVersion ?? api.version,
    modulePath: options.modulePath,
  });
  const schemas = new Map(api.schemas.map((s) => [s.name, s.schema]));
  // 4.2.1 merges allOf members into a LinkedHashMap: a later member's definition of a name wins;
  // a oneOf or anyOf lists its members' properties the same way.
  const flattened = new FlattenedProperties(schemas.keys(), (name) => schemas.get(name), true, ['allOf', 'oneOf', 'anyOf']);
  return [
    { path: 'README.md', contents: render('go', 'readme.md', readme) },
    ...classes.map((c) => ({ path: `docs/${c.className}.md`, contents: render('go', 'api.md', apiDocView(c, api, names)) })),
    ...names.models.map((m) => ({ path: `docs/${m.name}.md`, contents: render('go', 'model.md', modelDocView(m, flattened, names)) })),
  ];
}

export const target: Target = { name: 'go', emit };

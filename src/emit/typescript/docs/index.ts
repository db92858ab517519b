/**
 * The package's docs: README.md and docs/<Class>.md, docs/<Model>.md in the layout of the
 * reference doc styles (method table; per operation signature, example, parameters, return type,
 * authorization, headers, back links). Names come from the same plan the code is emitted from,
 * and types from the same printer, so the docs show exactly what the code declares.
 */
import type { Api } from '../../../model/types.js';
import { ordinal } from '../../docs/apis.js';
import { render } from '../../docs/templates.js';
import type { EmittedFile, TargetOptions } from '../../target.js';
import type { NamePlan } from '../plan.js';
import type { TypePrinter } from '../types.js';
import { docFileNames } from './anchors.js';
import { apiDocView } from './api-view.js';
import type { DocsContext } from './context.js';
import { ExampleValues } from './example-values.js';
import { modelDocView } from './model-view.js';
import { readmeFeatures } from './readme-features.js';
import { readmeIds, readmeView } from './readme-view.js';

/** `printer`: the code's own, so each type is printed once for both. */
export function typeScriptDocs(api: Api, plan: NamePlan, options: TargetOptions, printer: TypePrinter): EmittedFile[] {
  const classNames = plan.classes.map((c) => c.className);
  const modelNames = api.schemas.map((s) => plan.models.get(s.name) ?? s.name);
  const files = docFileNames(classNames, modelNames);
  const context: DocsContext = {
    api,
    packageName: options.packageName,
    printer,
    examples: new ExampleValues(api),
    modelFiles: new Map(modelNames.map((name) => [name, files.get(name) ?? name])),
    classFiles: new Map(classNames.map((name) => [name, files.get(name) ?? name])),
    enumValues: plan.enumValues,
    readme: readmeIds(api, options.packageName),
  };
  const pages: EmittedFile[] = [
    ...plan.classes.map((c) => ({ path: `docs/${context.classFiles.get(c.className) ?? c.className}.md`, contents: render('typescript', 'api.md', apiDocView(context, c)) })),
    ...api.schemas.map((named, i) => {
      const name = modelNames[i] ?? named.name;
      return { path: `docs/${context.modelFiles.get(name) ?? name}.md`, contents: render('typescript', 'model.md', modelDocView(context, named, name)) };
    }),
  ];
  const view = { ...readmeView(context, plan.classes, options), features: readmeFeatures(api, plan, options.packageName) };
  const readme = { path: 'README.md', contents: render('typescript', 'readme.md', view) };
  return [readme, ...pages.sort((a, b) => ordinal(a.path, b.path))];
}
